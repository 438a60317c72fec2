package dev.ecommerce.inventory.store;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.inventory.api.Address;
import dev.ecommerce.inventory.api.StoreRequest;
import dev.ecommerce.inventory.api.StoreResponse;
import dev.ecommerce.inventory.api.StoreType;

/**
 * A warehouse or a retail shop that holds stock.
 */
record Store(UUID id, String code, String name, StoreType type, Address address, boolean active, long version,
		Instant createdAt, Instant updatedAt) {

	static Store create(StoreRequest request, Instant now) {
		return new Store(UUID.randomUUID(), request.code(), request.name().strip(), request.type(), request.address(),
				!Boolean.FALSE.equals(request.active()), 1, now, now);
	}

	Store revise(StoreRequest request, Instant now) {
		boolean active = (request.active() != null) ? request.active() : this.active;
		return new Store(this.id, request.code(), request.name().strip(), request.type(), request.address(), active,
				this.version + 1, this.createdAt, now);
	}

	StoreResponse toResponse() {
		return new StoreResponse(this.id, this.code, this.name, this.type, this.address, this.active, this.version,
				this.createdAt, this.updatedAt);
	}

}
