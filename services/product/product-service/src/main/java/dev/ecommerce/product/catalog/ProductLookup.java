package dev.ecommerce.product.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.product.api.ProductResponse;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.SkuResponse;
import dev.ecommerce.product.api.SkusResponse;
import dev.ecommerce.product.api.VariantResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the catalog, each showing the caller only what it may see: active products to
 * everyone, drafts and archived products to their seller, admins and other services.
 */
@Service
public class ProductLookup {

	/** The most SKUs one lookup takes. */
	static final int MAX_SKUS = 100;

	private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt", "updatedAt",
			"updatedAt");

	private final Products products;

	private final ProductRows rows;

	private final ProductResponses responses;

	ProductLookup(Products products, ProductRows rows, ProductResponses responses) {
		this.products = products;
		this.rows = rows;
		this.responses = responses;
	}

	/**
	 * Whether the catalog has no product at all, not even a draft or an archived one.
	 * @return whether it is empty
	 */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return this.products.count() == 0;
	}

	public ProductResponse get(Caller caller, UUID id) {
		return this.rows.byId(id)
			.filter((product) -> caller.canSee(product.status(), product.sellerId()))
			.orElseThrow(() -> new NotFoundException("No product " + id + "."));
	}

	public SkuResponse sku(Caller caller, String sku) {
		return this.rows.bySkus(List.of(sku))
			.stream()
			.filter((product) -> caller.canSee(product.status(), product.sellerId()))
			.findFirst()
			.map((product) -> skuOf(product, sku))
			.orElseThrow(() -> new NotFoundException("No SKU " + sku + "."));
	}

	public SkusResponse skus(Caller caller, List<String> skus) {
		if (skus.size() > MAX_SKUS) {
			throw new InvalidRequestException("sku", "must be at most " + MAX_SKUS + " SKUs");
		}
		Set<String> wanted = new LinkedHashSet<>(skus);
		List<ProductResponse> responses = this.rows.bySkus(wanted)
			.stream()
			.filter((product) -> caller.canSee(product.status(), product.sellerId()))
			.toList();
		List<SkuResponse> items = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String sku : wanted) {
			responses.stream()
				.filter((product) -> product.variants().stream().anyMatch((variant) -> variant.sku().equals(sku)))
				.findFirst()
				.ifPresentOrElse((product) -> items.add(skuOf(product, sku)), () -> missing.add(sku));
		}
		return new SkusResponse(items, missing);
	}

	/**
	 * A page of the products the caller may see: active ones and, unless a status is
	 * asked for, the drafts the caller may see; archived ones only when asked for.
	 */
	@Transactional(readOnly = true)
	public PageResponse<ProductResponse> list(Caller caller, @Nullable ProductStatus status, @Nullable UUID sellerId,
			@Nullable UUID categoryId, PageQuery query) {
		Sort sort = query.toSort(SORTABLE);
		Sort order = (sort.isSorted() ? sort : Sort.by("name")).and(Sort.by("id"));
		Specification<Product> where = visibleTo(caller).and(withStatus(status))
			.and(equal("sellerId", sellerId))
			.and(equal("categoryId", categoryId));
		Page<Product> page = this.products.findAll(where, PageRequest.of(query.page(), query.size(), order));
		List<ProductResponse> items = this.responses.of(page.getContent());
		return PageResponse.of(items, query, page.getTotalElements());
	}

	private static SkuResponse skuOf(ProductResponse product, String sku) {
		VariantResponse variant = product.variants()
			.stream()
			.filter((candidate) -> candidate.sku().equals(sku))
			.findFirst()
			.orElseThrow();
		return new SkuResponse(product, variant);
	}

	private static Specification<Product> visibleTo(Caller caller) {
		return (root, query, cb) -> {
			if (caller.seesEverything()) {
				return cb.conjunction();
			}
			if (caller.id() != null) {
				return cb.or(cb.equal(root.get("status"), ProductStatus.ACTIVE),
						cb.equal(root.get("sellerId"), caller.id()));
			}
			return cb.equal(root.get("status"), ProductStatus.ACTIVE);
		};
	}

	private static Specification<Product> withStatus(@Nullable ProductStatus status) {
		return (root, query, cb) -> (status != null) ? cb.equal(root.get("status"), status)
				: cb.notEqual(root.get("status"), ProductStatus.ARCHIVED);
	}

	private static Specification<Product> equal(String attribute, @Nullable Object value) {
		return (root, query, cb) -> (value != null) ? cb.equal(root.get(attribute), value) : cb.conjunction();
	}

}
