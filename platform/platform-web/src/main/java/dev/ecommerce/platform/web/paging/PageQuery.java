package dev.ecommerce.platform.web.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.Problems.FieldError;

/**
 * The page a client asks for: {@code ?page=0&size=20&sort=name,asc}. A controller takes
 * it as a parameter; a size above {@value #MAX_SIZE} or a negative page is refused with
 * 400 before the controller runs, and so is a sort key the endpoint does not offer (see
 * {@link #toPageable(Map)}).
 *
 * @param page the page number, from 0
 * @param size the page size, 1 to {@value #MAX_SIZE}
 * @param sort the sort keys as the client gave them: {@code name,asc}
 */
public record PageQuery(int page, int size, List<String> sort) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public PageQuery {
		List<FieldError> errors = new ArrayList<>();
		if (page < 0) {
			errors.add(new FieldError("page", "must be 0 or more"));
		}
		if (size < 1 || size > MAX_SIZE) {
			errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		sort = List.copyOf(sort);
	}

	public static PageQuery first(int size) {
		return new PageQuery(0, size, List.of());
	}

	/**
	 * A Spring Data page request for this query.
	 * @param sortable the sort keys the endpoint offers, each mapped to the property it
	 * sorts by (e.g. {@code "newest" -> "createdAt"}); the first is the default order
	 * @return the page request
	 */
	public Pageable toPageable(Map<String, String> sortable) {
		return PageRequest.of(this.page, this.size, toSort(sortable));
	}

	/**
	 * The sort of this query.
	 * @param sortable the sort keys the endpoint offers, mapped to properties
	 * @return the sort
	 */
	public Sort toSort(Map<String, String> sortable) {
		List<Sort.Order> orders = new ArrayList<>();
		for (String key : this.sort) {
			String[] parts = key.split(",");
			String property = sortable.get(parts[0].trim());
			if (property == null || parts.length > 2) {
				throw new InvalidRequestException("sort",
						"must be one of " + sortable.keySet() + ", optionally followed by ',asc' or ',desc'");
			}
			String direction = (parts.length == 2) ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
			switch (direction) {
				case "asc" -> orders.add(Sort.Order.asc(property));
				case "desc" -> orders.add(Sort.Order.desc(property));
				default -> throw new InvalidRequestException("sort", "direction must be 'asc' or 'desc'");
			}
		}
		return Sort.by(orders);
	}

}
