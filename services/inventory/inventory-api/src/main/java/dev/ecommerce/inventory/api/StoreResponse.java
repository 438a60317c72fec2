package dev.ecommerce.inventory.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A store.
 *
 * @param id its id
 * @param code its short unique code
 * @param name its name
 * @param type a warehouse or a retail shop
 * @param address where it is
 * @param active whether its stock counts and can be reserved
 * @param version its version, also its {@code ETag}
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record StoreResponse(UUID id, String code, String name, StoreType type, Address address, boolean active,
		long version, Instant createdAt, Instant updatedAt) {

}
