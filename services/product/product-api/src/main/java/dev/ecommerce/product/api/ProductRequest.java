package dev.ecommerce.product.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A product as a seller creates it ({@code POST /products}) or replaces it ({@code PUT
 * /products/{id}}).
 *
 * @param name what the shopper sees first
 * @param description running text
 * @param brand the maker's brand
 * @param categoryId the category it is listed in
 * @param attributes free attributes shared by all variants, such as {@code {"material":
 * "cotton"}}
 * @param status {@code DRAFT} (the default), {@code ACTIVE} or {@code ARCHIVED}
 * @param images image URLs, the first is the main one
 * @param variants the sellable units, at least one
 * @param sellerId the seller it belongs to; only an admin may name another seller than
 * the caller
 */
public record ProductRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = TextRules.LINE,
				message = TextRules.NO_CONTROL_CHARACTERS) String name,
		@Nullable @Size(max = 5000) @Pattern(regexp = TextRules.TEXT,
				message = TextRules.NO_CONTROL_CHARACTERS) String description,
		@Nullable @Size(max = 100) @Pattern(
				regexp = TextRules.LINE, message = TextRules.NO_CONTROL_CHARACTERS) String brand,
		@Nullable UUID categoryId,
		@Nullable @Size(max = 50) Map<@Size(min = 1, max = 50) @Pattern(regexp = TextRules.ATTRIBUTE_NAME,
				message = TextRules.ATTRIBUTE_NAME_MESSAGE) String, @NotNull @Size(max = 200) @Pattern(
						regexp = TextRules.LINE, message = TextRules.NO_CONTROL_CHARACTERS) String> attributes,
		@Nullable ProductStatus status,
		@Nullable @Size(max = MAX_IMAGES) List<@NotNull @Size(max = 2000) @Pattern(regexp = TextRules.URL,
				message = TextRules.URL_MESSAGE) String> images,
		@NotEmpty @Size(max = MAX_VARIANTS) List<@NotNull @Valid VariantRequest> variants, @Nullable UUID sellerId) {

	/** The most variants a product may have. */
	public static final int MAX_VARIANTS = 100;

	/** The most images a product may have. */
	public static final int MAX_IMAGES = 20;

	public ProductRequest {
		attributes = (attributes != null) ? attributes : Map.of();
		images = (images != null) ? images : List.of();
		variants = (variants != null) ? variants : List.of();
	}

}
