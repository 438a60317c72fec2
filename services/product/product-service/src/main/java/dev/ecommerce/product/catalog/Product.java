package dev.ecommerce.product.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.product.api.ProductRequest;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.VariantRequest;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A product with its variants. It keeps its own rules: at least one variant, each SKU
 * once, and an archived product changes only by being restored.
 */
@Entity
@Table(name = "product")
class Product {

	@Id
	private UUID id;

	private UUID sellerId;

	private String name;

	private @Nullable String description;

	private @Nullable String brand;

	private @Nullable UUID categoryId;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> attributes;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> images;

	@Enumerated(EnumType.STRING)
	private ProductStatus status;

	@Version
	private @Nullable Long version;

	private Instant createdAt;

	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "product_variant", joinColumns = @JoinColumn(name = "product_id"))
	@OrderBy("position")
	private List<Variant> variants = new ArrayList<>();

	protected Product() {
		// for JPA
		this.id = UUID.randomUUID();
		this.sellerId = this.id;
		this.name = "";
		this.attributes = Map.of();
		this.images = List.of();
		this.status = ProductStatus.DRAFT;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	private Product(UUID sellerId, Instant now) {
		this();
		this.id = UUID.randomUUID();
		this.sellerId = sellerId;
		this.createdAt = now;
	}

	/**
	 * A new product of a seller.
	 * @param sellerId the seller
	 * @param details what the seller says about it, validated
	 * @param now the time
	 * @return the product
	 */
	static Product create(UUID sellerId, ProductRequest details, Instant now) {
		Product product = new Product(sellerId, now);
		product.describe(details, now);
		return product;
	}

	/**
	 * Replaces what is said about the product.
	 * @param details the new description, validated
	 * @param now the time
	 * @throws ProductArchivedException if the product is archived and stays archived
	 */
	void revise(ProductRequest details, Instant now) {
		ProductStatus next = (details.status() != null) ? details.status() : this.status;
		if (this.status == ProductStatus.ARCHIVED && next == ProductStatus.ARCHIVED) {
			throw new ProductArchivedException(this.id);
		}
		describe(details, now);
	}

	/**
	 * Stops selling the product; its SKUs stay its own.
	 * @param now the time
	 * @return whether it was not archived before
	 */
	boolean archive(Instant now) {
		if (this.status == ProductStatus.ARCHIVED) {
			return false;
		}
		this.status = ProductStatus.ARCHIVED;
		this.updatedAt = now;
		return true;
	}

	/** Hands the product to another seller. */
	void transferTo(UUID sellerId) {
		this.sellerId = sellerId;
	}

	private void describe(ProductRequest details, Instant now) {
		if (details.variants().isEmpty()) {
			throw new IllegalArgumentException("A product has at least one variant");
		}
		List<Variant> variants = new ArrayList<>();
		Map<String, Integer> positions = new HashMap<>();
		for (VariantRequest variant : details.variants()) {
			Integer earlier = positions.putIfAbsent(variant.sku(), variants.size());
			if (earlier != null) {
				throw DuplicateSkuException.repeated(variant.sku(), variants.size(), earlier);
			}
			variants.add(new Variant(variants.size(), variant.sku(), variant.attributes(), variant.price(),
					variant.weightGrams()));
		}
		this.name = details.name().strip();
		this.description = details.description();
		this.brand = blankToNull(details.brand());
		this.categoryId = details.categoryId();
		this.attributes = new LinkedHashMap<>(details.attributes());
		this.images = new ArrayList<>(details.images());
		this.status = (details.status() != null) ? details.status() : ProductStatus.DRAFT;
		// a bag: Hibernate deletes the old rows before inserting the new ones, so SKUs
		// can move between positions
		this.variants.clear();
		this.variants.addAll(variants);
		this.updatedAt = now;
	}

	boolean isEditableBy(Caller caller) {
		return caller.isAdmin() || (caller.isSeller() && caller.is(this.sellerId));
	}

	UUID id() {
		return this.id;
	}

	UUID sellerId() {
		return this.sellerId;
	}

	String name() {
		return this.name;
	}

	@Nullable String description() {
		return this.description;
	}

	@Nullable String brand() {
		return this.brand;
	}

	@Nullable UUID categoryId() {
		return this.categoryId;
	}

	Map<String, String> attributes() {
		return this.attributes;
	}

	List<String> images() {
		return this.images;
	}

	ProductStatus status() {
		return this.status;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	List<Variant> variants() {
		return List.copyOf(this.variants);
	}

	List<String> skus() {
		return this.variants.stream().map(Variant::sku).toList();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
