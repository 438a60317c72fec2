package dev.ecommerce.inventory.ownership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.inventory.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which seller owns each SKU, as the product service's events last said.
 */
@Component
public class SkuOwners {

	private final JdbcClient jdbc;

	SkuOwners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether someone may manage the stock of a SKU: an admin any, a seller its own.
	 * @param actor who asks
	 * @param sku the SKU
	 * @return whether it may
	 */
	public boolean mayManage(Actor actor, String sku) {
		return actor.admin() || owner(sku).filter(actor.id()::equals).isPresent();
	}

	public Optional<UUID> owner(String sku) {
		return this.jdbc.sql("SELECT seller_id FROM sku_owner WHERE sku = ?").param(sku).query(UUID.class).optional();
	}

	/**
	 * Records the owner of a product's SKUs, unless a later version of the product was
	 * recorded already.
	 * @param productId the product
	 * @param sellerId its seller
	 * @param version the product's version
	 * @param skus its SKUs
	 */
	@Transactional
	public void record(UUID productId, UUID sellerId, long version, List<String> skus) {
		for (String sku : skus) {
			this.jdbc.sql("""
					INSERT INTO sku_owner (sku, seller_id, product_id, product_version) VALUES (?, ?, ?, ?)
					ON CONFLICT (sku) DO UPDATE SET seller_id = excluded.seller_id, product_id = excluded.product_id,
					product_version = excluded.product_version
					WHERE sku_owner.product_id <> excluded.product_id
					OR sku_owner.product_version < excluded.product_version""")
				.params(sku, sellerId, productId, version)
				.update();
		}
	}

}
