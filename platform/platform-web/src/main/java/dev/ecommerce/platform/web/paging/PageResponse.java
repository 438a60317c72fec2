package dev.ecommerce.platform.web.paging;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * A page of a list, as every list endpoint answers it: {@code {"items": [...], "page": 0,
 * "size": 20, "totalItems": 57, "totalPages": 3}}.
 *
 * @param <T> the type of the items
 * @param items the items of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems the number of items on all pages
 * @param totalPages the number of pages
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	/**
	 * A page of response records made from a page of entities.
	 * @param page the page of entities
	 * @param mapper maps one entity to its response record
	 * @param <E> the entity type
	 * @param <T> the response type
	 * @return the page response
	 */
	public static <E, T> PageResponse<T> from(Page<E> page, Function<? super E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().<T>map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

	/**
	 * A page of items already in hand.
	 * @param items the items of this page
	 * @param query the page asked for
	 * @param totalItems the number of items on all pages
	 * @param <T> the item type
	 * @return the page response
	 */
	public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalItems) {
		int totalPages = (int) ((totalItems + query.size() - 1) / query.size());
		return new PageResponse<>(items, query.page(), query.size(), totalItems, totalPages);
	}

}
