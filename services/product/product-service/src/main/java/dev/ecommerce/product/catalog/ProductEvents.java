package dev.ecommerce.product.catalog;

import java.util.List;

import dev.ecommerce.platform.events.outbox.Outbox;
import dev.ecommerce.product.api.ProductArchived;
import dev.ecommerce.product.api.ProductCreated;
import dev.ecommerce.product.api.ProductUpdated;
import dev.ecommerce.product.api.VariantPrice;

import org.springframework.stereotype.Component;

/**
 * Publishes the catalog's events through the outbox, in the transaction of the change and
 * keyed by the product id, so that one product's events stay in order.
 */
@Component
class ProductEvents {

	private final Outbox outbox;

	ProductEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	void created(Product product) {
		this.outbox.publish(ProductCreated.TYPE, product.id().toString(),
				new ProductCreated(product.id(), product.sellerId(), product.name(), product.brand(),
						product.categoryId(), product.status(), prices(product), product.version(),
						product.updatedAt()));
	}

	void updated(Product product) {
		this.outbox.publish(ProductUpdated.TYPE, product.id().toString(),
				new ProductUpdated(product.id(), product.sellerId(), product.name(), product.brand(),
						product.categoryId(), product.status(), prices(product), product.version(),
						product.updatedAt()));
	}

	void archived(Product product) {
		this.outbox.publish(ProductArchived.TYPE, product.id().toString(), new ProductArchived(product.id(),
				product.sellerId(), product.skus(), product.version(), product.updatedAt()));
	}

	private static List<VariantPrice> prices(Product product) {
		return product.variants().stream().map((variant) -> new VariantPrice(variant.sku(), variant.price())).toList();
	}

}
