package dev.ecommerce.product.category;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A node of the category tree.
 */
@Entity
@Table(name = "category")
class Category {

	@Id
	private UUID id;

	private @Nullable UUID parentId;

	private String name;

	private String slug;

	@Version
	private @Nullable Long version;

	private Instant createdAt;

	private Instant updatedAt;

	protected Category() {
		// for JPA
		this.id = UUID.randomUUID();
		this.name = "";
		this.slug = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Category(String name, String slug, @Nullable UUID parentId, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.slug = slug;
		this.parentId = parentId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Renames the category or moves it under another parent.
	 * @return whether the name or the parent changed, which the search index of its
	 * products needs to know
	 */
	boolean change(String name, String slug, @Nullable UUID parentId, Instant now) {
		boolean searchRelevant = !this.name.equals(name) || !Objects.equals(this.parentId, parentId);
		this.name = name;
		this.slug = slug;
		this.parentId = parentId;
		this.updatedAt = now;
		return searchRelevant;
	}

	UUID id() {
		return this.id;
	}

	@Nullable UUID parentId() {
		return this.parentId;
	}

	String name() {
		return this.name;
	}

	String slug() {
		return this.slug;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
