package dev.ecommerce.shipping.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.ecommerce.platform.api.Money;

/**
 * A carrier with its whole rate table, as an admin sets it ({@code PUT
 * /shippings/carriers/{code}}): the table is replaced at once, so a quote never sees half
 * of an edit.
 *
 * @param name the carrier's name
 * @param trackingUrl where a parcel is followed; {@code {trackingNumber}} is replaced
 * @param active whether its services are offered
 * @param services its services
 * @param zones where it delivers
 */
public record CarrierTableRequest(@NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 300) @Pattern(regexp = "https?://.*\\{trackingNumber}.*",
				message = "must be an http(s) URL containing {trackingNumber}") String trackingUrl,
		@Nullable Boolean active, @NotEmpty @Size(max = 20) List<@NotNull @Valid Service> services,
		@NotEmpty @Size(max = 50) List<@NotNull @Valid Zone> zones) {

	/** A code: capitals, digits and underscores. */
	public static final String CODE = "[A-Z][A-Z0-9_]{1,31}";

	/**
	 * A service of the carrier, with its prices per zone and weight.
	 *
	 * @param code its code, unique within the carrier
	 * @param name its name for people
	 * @param trackingPrefix the two letters that begin its UPU S10 tracking numbers
	 * @param rates its prices: one bracket per zone and greatest weight
	 */
	public record Service(@NotNull @Pattern(regexp = CODE, message = "must be capitals, digits and _") String code,
			@NotBlank @Size(max = 100) String name,
			@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be two capital letters") String trackingPrefix,
			@NotEmpty @Size(max = 500) List<@NotNull @Valid Bracket> rates) {

	}

	/**
	 * A price for parcels up to a weight, to one zone.
	 *
	 * @param zone the zone's code
	 * @param maxWeightGrams the heaviest parcel at this price
	 * @param price the price
	 * @param estimatedDays working days to deliver
	 */
	public record Bracket(@NotNull @Pattern(regexp = CODE, message = "must be capitals, digits and _") String zone,
			@Positive @Max(1_000_000) long maxWeightGrams, @NotNull @Valid Money price,
			@PositiveOrZero @Max(60) int estimatedDays) {

	}

	/**
	 * Where the carrier delivers: countries, narrowed by postcode prefixes where it
	 * matters. A destination belongs to the zone of its country with the longest prefix
	 * that its postcode starts with.
	 *
	 * @param code its code, unique within the carrier
	 * @param name its name for people
	 * @param areas its countries and prefixes
	 */
	public record Zone(@NotNull @Pattern(regexp = CODE, message = "must be capitals, digits and _") String code,
			@NotBlank @Size(max = 100) String name, @NotEmpty @Size(max = 500) List<@NotNull @Valid Area> areas) {

	}

	/**
	 * A country, or the part of it whose postcodes start with a prefix.
	 *
	 * @param country the ISO 3166-1 alpha-2 code
	 * @param postcodePrefix the prefix (letters and digits), or none for the whole
	 * country
	 */
	public record Area(
			@NotNull @Pattern(regexp = "[A-Z]{2}",
					message = "must be an ISO 3166-1 alpha-2 code such as GB") String country,
			@Nullable @Pattern(regexp = "[A-Z0-9]{0,10}",
					message = "must be capital letters and digits, without spaces") String postcodePrefix) {

	}

}
