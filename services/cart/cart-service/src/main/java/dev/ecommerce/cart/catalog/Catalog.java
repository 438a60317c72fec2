package dev.ecommerce.cart.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.ecommerce.cart.CartProperties;
import dev.ecommerce.inventory.api.AvailabilityResponse;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.client.ServiceClients;
import dev.ecommerce.product.api.ProductClient;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.SkuResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Name, price and availability of SKUs, never from the client: from the cached copy kept
 * fresh by the product and inventory events, or, for a SKU not seen yet or not refreshed
 * for {@code ecommerce.cart.catalog-max-age}, from the product and inventory services.
 * Called outside any transaction: a slow service holds no database connection.
 */
@Component
public class Catalog {

	private static final Logger log = LoggerFactory.getLogger(Catalog.class);

	private final CatalogRows rows;

	private final ProductClient products;

	private final InventoryClient inventory;

	private final CartProperties properties;

	private final Clock clock;

	Catalog(CatalogRows rows, ServiceClients clients, CartProperties properties, Clock clock) {
		this.rows = rows;
		this.products = clients.create(ProductClient.class, "product");
		this.inventory = clients.create(InventoryClient.class, "inventory");
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A SKU as the catalog knows it.
	 * @param sku the SKU
	 * @return it, or empty when the product service does not know it
	 * @throws dev.ecommerce.platform.web.client.ServiceUnavailableException when it is
	 * not cached and a service that knows it does not answer
	 */
	public Optional<CatalogSku> sku(String sku) {
		Optional<CatalogSku> cached = this.rows.find(sku);
		if (cached.isPresent() && fresh(cached.get())) {
			return cached;
		}
		try {
			return refresh(sku);
		}
		catch (RestClientException | dev.ecommerce.platform.web.client.ServiceUnavailableException ex) {
			if (cached.isPresent()) {
				log.warn("Could not refresh SKU {}, using the cached copy: {}", sku, ex.getMessage());
				return cached;
			}
			throw ex;
		}
	}

	/**
	 * Several SKUs, those unknown left out.
	 * @param skus the SKUs
	 * @return the known ones by SKU
	 */
	public Map<String, CatalogSku> skus(Collection<String> skus) {
		Map<String, CatalogSku> found = new LinkedHashMap<>();
		this.rows.findAll(skus).forEach((sku) -> found.put(sku.sku(), sku));
		for (String sku : skus) {
			CatalogSku known = found.get(sku);
			if (known == null || !fresh(known)) {
				sku(sku).ifPresentOrElse((fetched) -> found.put(sku, fetched), () -> found.remove(sku));
			}
		}
		return found;
	}

	private boolean fresh(CatalogSku sku) {
		Instant oldest = this.clock.instant().minus(this.properties.catalogMaxAge());
		return sku.available() != null && sku.priceRefreshedAt().isAfter(oldest) && sku.stockRefreshedAt() != null
				&& sku.stockRefreshedAt().isAfter(oldest);
	}

	private Optional<CatalogSku> refresh(String sku) {
		SkuResponse found;
		try {
			found = this.products.sku(sku);
		}
		catch (HttpClientErrorException.NotFound ex) {
			// gone from the catalog (or never in it): no cart may buy it any more
			this.rows.markUnsold(sku);
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		dev.ecommerce.product.api.Money price = found.variant().price();
		this.rows.saveProduct(sku, found.product().id(), found.product().sellerId(), found.product().name(),
				Money.of(price.amount(), price.currency()), found.product().status() == ProductStatus.ACTIVE,
				found.product().version(), now);
		AvailabilityResponse stock = this.inventory.availability(sku);
		this.rows.saveStock(sku, stock.available(), now);
		return this.rows.find(sku);
	}

}
