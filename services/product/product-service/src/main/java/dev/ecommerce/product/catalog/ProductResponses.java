package dev.ecommerce.product.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.ecommerce.product.api.ProductRequest;
import dev.ecommerce.product.api.ProductResponse;
import dev.ecommerce.product.api.VariantRequest;
import dev.ecommerce.product.api.VariantResponse;
import dev.ecommerce.product.availability.StockLevels;

import org.springframework.stereotype.Component;

/**
 * Maps products to what the API answers, with the stock flags of their SKUs.
 */
@Component
class ProductResponses {

	private final StockLevels stockLevels;

	ProductResponses(StockLevels stockLevels) {
		this.stockLevels = stockLevels;
	}

	ProductResponse of(Product product) {
		return of(product, this.stockLevels.inStock(product.skus()));
	}

	List<ProductResponse> of(Collection<Product> products) {
		Set<String> inStock = this.stockLevels
			.inStock(products.stream().flatMap((product) -> product.skus().stream()).toList());
		return products.stream().map((product) -> of(product, inStock)).toList();
	}

	static ProductResponse of(Product product, Set<String> inStockSkus) {
		List<VariantResponse> variants = product.variants()
			.stream()
			.map((variant) -> new VariantResponse(variant.sku(), variant.attributes(), variant.price(),
					variant.weightGrams(), inStockSkus.contains(variant.sku())))
			.toList();
		return new ProductResponse(product.id(), product.sellerId(), product.name(), product.description(),
				product.brand(), product.categoryId(), product.attributes(), product.status(), product.images(),
				variants, variants.stream().anyMatch(VariantResponse::inStock), product.version(), product.createdAt(),
				product.updatedAt());
	}

	/** The product as a request that would create it: what a merge patch applies to. */
	static ProductRequest asRequest(Product product) {
		List<VariantRequest> variants = product.variants()
			.stream()
			.map((variant) -> new VariantRequest(variant.sku(), variant.attributes(), variant.price(),
					variant.weightGrams()))
			.toList();
		return new ProductRequest(product.name(), product.description(), product.brand(), product.categoryId(),
				product.attributes(), product.status(), product.images(), variants, product.sellerId());
	}

}
