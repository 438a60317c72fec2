package dev.ecommerce.product.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.product.api.ProductResponse;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.VariantResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads products as the API shows them in one SQL statement each: the product, its
 * variants and their stock flags. The hot read path ({@code GET /products/{id}}, SKU
 * lookups from carts and orders) does not need the aggregate, only its picture.
 */
@Component
class ProductRows {

	private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> IMAGES = new TypeReference<>() {
	};

	private static final TypeReference<List<VariantResponse>> VARIANTS = new TypeReference<>() {
	};

	private static final String SELECT = """
			SELECT p.id, p.seller_id, p.name, p.description, p.brand, p.category_id, p.attributes, p.status, p.images,
			       p.version, p.created_at, p.updated_at,
			       (SELECT jsonb_agg(jsonb_build_object('sku', v.sku, 'attributes', v.attributes,
			                'price', jsonb_build_object('amount', v.price_amount, 'currency', v.price_currency),
			                'weightGrams', v.weight_grams, 'inStock', coalesce(s.available > 0, false)) ORDER BY v.position)
			        FROM product_variant v LEFT JOIN stock_level s ON s.sku = v.sku
			        WHERE v.product_id = p.id) AS variants
			FROM product p
			""";

	private final JdbcClient jdbc;

	private final JsonMapper jsonMapper;

	ProductRows(JdbcClient jdbc, JsonMapper jsonMapper) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
	}

	Optional<ProductResponse> byId(UUID id) {
		return this.jdbc.sql(SELECT + "WHERE p.id = ?").param(id).query(this::product).optional();
	}

	List<ProductResponse> bySkus(Collection<String> skus) {
		return this.jdbc.sql(SELECT + "WHERE p.id IN (SELECT product_id FROM product_variant WHERE sku = ANY (?))")
			.param(skus.toArray(String[]::new))
			.query(this::product)
			.list();
	}

	private ProductResponse product(ResultSet row, int number) throws SQLException {
		List<VariantResponse> variants = this.jsonMapper.readValue(row.getString("variants"), VARIANTS);
		return new ProductResponse(row.getObject("id", UUID.class), row.getObject("seller_id", UUID.class),
				row.getString("name"), row.getString("description"), row.getString("brand"),
				row.getObject("category_id", UUID.class),
				this.jsonMapper.readValue(row.getString("attributes"), ATTRIBUTES),
				ProductStatus.valueOf(row.getString("status")),
				this.jsonMapper.readValue(row.getString("images"), IMAGES), variants,
				variants.stream().anyMatch(VariantResponse::inStock), row.getLong("version"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
