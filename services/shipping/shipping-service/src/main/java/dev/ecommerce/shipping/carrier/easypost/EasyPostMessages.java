package dev.ecommerce.shipping.carrier.easypost;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The API's JSON, only what the adapter reads or sends (snake_case, as the API writes
 * it).
 */
final class EasyPostMessages {

	private EasyPostMessages() {
	}

	record ShipmentEnvelope(Shipment shipment) {

	}

	record Shipment(@JsonProperty("to_address") Address toAddress, @JsonProperty("from_address") Address fromAddress,
			Parcel parcel) {

	}

	record Address(@Nullable String name, @Nullable String street1, @Nullable String street2, @Nullable String city,
			String zip, String country, @Nullable String phone) {

	}

	record Parcel(double weight) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CreatedShipment(String id, List<Rate> rates) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Rate(String id, String carrier, String service, String rate, String currency,
			@JsonProperty("delivery_days") @Nullable Integer deliveryDays) {

	}

	record BuyRequest(RateId rate) {

	}

	record RateId(String id) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record BoughtShipment(String id, @JsonProperty("tracking_code") String trackingCode, @Nullable Tracker tracker,
			@JsonProperty("postage_label") @Nullable PostageLabel postageLabel) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PostageLabel(@JsonProperty("label_url") @Nullable String labelUrl) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Trackers(List<Tracker> trackers) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Tracker(@Nullable String id, @JsonProperty("public_url") @Nullable String publicUrl,
			@JsonProperty("tracking_details") @Nullable List<TrackingDetail> trackingDetails) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TrackingDetail(String status, @Nullable String message, String datetime,
			@JsonProperty("tracking_location") @Nullable Location trackingLocation) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Location(@Nullable String city, @Nullable String state, @Nullable String country) {

	}

}
