package dev.ecommerce.product.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.ecommerce.platform.web.patch.MergePatch;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.Problems.FieldError;
import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.product.CatalogProperties;
import dev.ecommerce.product.api.ProductRequest;
import dev.ecommerce.product.api.ProductResponse;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.category.CategoryTree;
import dev.ecommerce.product.search.SearchIndex;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes sellers and admins make to the catalog. Each runs in one transaction with
 * the search index update and the event it publishes.
 */
@Service
public class ProductCatalog {

	private final Products products;

	private final CategoryTree categories;

	private final SearchIndex searchIndex;

	private final ProductEvents events;

	private final ProductResponses responses;

	private final Validator validator;

	private final JsonMapper jsonMapper;

	private final CatalogProperties properties;

	private final Clock clock;

	ProductCatalog(Products products, CategoryTree categories, SearchIndex searchIndex, ProductEvents events,
			ProductResponses responses, Validator validator, JsonMapper jsonMapper, CatalogProperties properties,
			Clock clock) {
		this.products = products;
		this.categories = categories;
		this.searchIndex = searchIndex;
		this.events = events;
		this.responses = responses;
		this.validator = validator;
		this.jsonMapper = jsonMapper;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Creates a product for the caller, or for the seller an admin names.
	 * @param caller a seller or an admin
	 * @param request the product, validated
	 * @return the product
	 */
	@Transactional
	public ProductResponse create(Caller caller, ProductRequest request) {
		return this.responses.of(insert(caller, List.of(request)).get(0));
	}

	/**
	 * Creates many products for one caller in one transaction, as an import does: each is
	 * checked as {@link #create} checks it, but the SKUs are checked, the rows written
	 * and the search index refreshed once for all of them. One refused product refuses
	 * them all.
	 * @param caller a seller or an admin
	 * @param requests the products
	 * @return their ids, in the order of the requests
	 */
	@Transactional
	public List<UUID> createAll(Caller caller, List<ProductRequest> requests) {
		return insert(caller, requests).stream().map(Product::id).toList();
	}

	/** What {@link #create} and {@link #createAll} do, for one product or many. */
	private List<Product> insert(Caller caller, List<ProductRequest> requests) {
		List<Product> created = new ArrayList<>(requests.size());
		Set<String> skus = new HashSet<>();
		for (ProductRequest request : requests) {
			validate(request);
			checkRules(request);
			Product product = Product.create(sellerFor(caller, request.sellerId(), null), request, now());
			for (String sku : product.skus()) {
				if (!skus.add(sku)) {
					throw DuplicateSkuException.takenByAnotherProduct(sku);
				}
			}
			created.add(product);
		}
		List<String> taken = this.products.skusTaken(skus);
		if (!taken.isEmpty()) {
			throw DuplicateSkuException.takenByAnotherProduct(taken.get(0));
		}
		this.products.saveAll(created);
		flush();
		this.searchIndex.refreshProducts(created.stream().map(Product::id).toList());
		created.forEach(this.events::created);
		return created;
	}

	@Transactional
	public ProductResponse replace(Caller caller, UUID id, ProductRequest request, @Nullable String ifMatch) {
		Product product = editable(caller, id);
		ETags.checkIfMatch(ifMatch, product.version());
		validate(request);
		return revise(caller, product, request);
	}

	@Transactional
	public ProductResponse patch(Caller caller, UUID id, JsonNode patch, @Nullable String ifMatch) {
		Product product = editable(caller, id);
		ETags.checkIfMatch(ifMatch, product.version());
		ProductRequest request = MergePatch.apply(ProductResponses.asRequest(product), patch, ProductRequest.class,
				this.jsonMapper);
		validate(request);
		return revise(caller, product, request);
	}

	/**
	 * Archives a product: it is no longer sold. Archiving an archived product changes
	 * nothing.
	 */
	@Transactional
	public void archive(Caller caller, UUID id, @Nullable String ifMatch) {
		Product product = editable(caller, id);
		ETags.checkIfMatch(ifMatch, product.version());
		if (product.archive(now())) {
			save(product);
			this.events.archived(product);
		}
	}

	private ProductResponse revise(Caller caller, Product product, ProductRequest request) {
		checkRules(request);
		boolean wasArchived = product.status() == ProductStatus.ARCHIVED;
		product.transferTo(sellerFor(caller, request.sellerId(), product.sellerId()));
		product.revise(request, now());
		checkSkusFree(product);
		save(product);
		if (product.status() == ProductStatus.ARCHIVED && !wasArchived) {
			this.events.archived(product);
		}
		else {
			this.events.updated(product);
		}
		return this.responses.of(product);
	}

	private Product editable(Caller caller, UUID id) {
		return this.products.findById(id)
			.filter((product) -> product.isEditableBy(caller))
			.orElseThrow(() -> new NotFoundException("No product " + id + "."));
	}

	private void save(Product product) {
		this.products.save(product);
		flush();
		this.searchIndex.refreshProducts(List.of(product.id()));
	}

	private void flush() {
		try {
			this.products.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// two requests claimed the same SKU at once; the unique constraint decided
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("product_variant_sku_key")) {
				throw DuplicateSkuException.takenMeanwhile();
			}
			throw ex;
		}
	}

	private void checkSkusFree(Product product) {
		List<String> taken = this.products.skusOfOtherProducts(product.skus(), product.id());
		if (!taken.isEmpty()) {
			throw DuplicateSkuException.takenByAnotherProduct(taken.get(0));
		}
	}

	/** The rules a request must keep beyond its annotations. */
	private void checkRules(ProductRequest request) {
		List<FieldError> errors = new ArrayList<>();
		if (request.categoryId() != null && !this.categories.exists(request.categoryId())) {
			errors.add(new FieldError("categoryId", "is not a known category"));
		}
		for (int i = 0; i < request.variants().size(); i++) {
			String currency = request.variants().get(i).price().currency();
			if (!this.properties.currency().equals(currency)) {
				errors.add(new FieldError("variants[" + i + "].price.currency",
						"must be " + this.properties.currency() + ", the catalog's currency"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private void validate(ProductRequest request) {
		MergePatch.validate(request, this.validator);
	}

	private static UUID sellerFor(Caller caller, @Nullable UUID requested, @Nullable UUID current) {
		if (caller.isAdmin()) {
			UUID seller = (requested != null) ? requested : current;
			return (seller != null) ? seller : Objects.requireNonNull(caller.id());
		}
		UUID self = Objects.requireNonNull(caller.id());
		if (requested != null && !requested.equals(self)) {
			throw new InvalidRequestException("sellerId", "only an admin may name another seller");
		}
		return self;
	}

	private Instant now() {
		// PostgreSQL keeps microseconds; so that an answer equals what is read back later
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
