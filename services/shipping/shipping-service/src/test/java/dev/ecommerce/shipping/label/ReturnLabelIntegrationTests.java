package dev.ecommerce.shipping.label;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.shipping.ShippingIntegrationTest;
import dev.ecommerce.shipping.carrier.S10TrackingNumber;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnLabelIntegrationTests extends ShippingIntegrationTest {

	@Test
	void anAcceptedReturnOfADeliveredShipmentGetsOneReturnLabelBackToTheShop() throws Exception {
		UUID shopper = UUID.randomUUID();
		JsonNode shipment = shipped(shopper);
		String id = shipment.path("id").asString();
		UUID returnId = UUID.randomUUID();
		Map<String, Object> request = Map.of("returnId", returnId.toString());

		Reply early = post("/shippings/" + id + "/returns", TestTokens.service(), request);
		assertThat(early.status()).isEqualTo(409);
		deliver(id);

		assertThat(post("/shippings/" + id + "/returns", TestTokens.customer(), request).status()).isEqualTo(403);
		Reply made = post("/shippings/" + id + "/returns", TestTokens.service(), request);
		assertThat(made.status()).as(made.toString()).isEqualTo(201);
		String trackingNumber = made.json().path("trackingNumber").asString();
		assertThat(S10TrackingNumber.isValid(trackingNumber)).isTrue();
		assertThat(trackingNumber).isNotEqualTo(shipment.path("trackingNumber").asString());
		assertThat(made.json().path("weightGrams").asLong()).isEqualTo(800);
		Reply again = post("/shippings/" + id + "/returns", TestTokens.service(), request);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asString()).isEqualTo(made.json().path("id").asString());
		String other = shipped(shopper).path("id").asString();
		deliver(other);
		assertThat(post("/shippings/" + other + "/returns", TestTokens.service(), request).status()).isEqualTo(409);

		Reply label = get(made.json().path("labelUrl").asString(), TestTokens.as(shopper, "CUSTOMER"));
		assertThat(label.status()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(label.bytes())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("RETURN");
			assertThat(text.indexOf("Ada Lovelace")).isLessThan(text.indexOf("Ecommerce Dispatch"));
			var page = new PDFRenderer(pdf).renderImageWithDPI(0, 300, ImageType.GRAY);
			assertThat(new Code128Reader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText()).isEqualTo(trackingNumber);
		}
		assertThat(get(made.json().path("labelUrl").asString(), TestTokens.customer()).status()).isEqualTo(404);
		assertThat(get("/shippings/" + id + "/returns/" + UUID.randomUUID() + "/label", TestTokens.admin()).status())
			.isEqualTo(404);
	}

	private void deliver(String id) {
		for (String status : List.of("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED")) {
			Reply moved = post("/shippings/" + id + "/events", TestTokens.admin(), Map.of("status", status));
			assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		}
	}

}
