package dev.ecommerce.shipping.label;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.shipping.ShippingIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The label is read back as a carrier's depot would: its text, its size, and its barcode
 * scanned from the page rendered at a label printer's 300 dpi.
 */
class LabelIntegrationTests extends ShippingIntegrationTest {

	@Test
	void theLabelIsAFourBySixInchPdfWithBothAddressesAndAScannableTrackingNumber() throws Exception {
		UUID shopper = UUID.randomUUID();
		JsonNode shipment = shipped(shopper);
		String id = shipment.path("id").asString();
		String trackingNumber = shipment.path("trackingNumber").asString();

		Reply label = get("/shippings/" + id + "/label", TestTokens.as(shopper, "CUSTOMER"));

		assertThat(label.status()).isEqualTo(200);
		assertThat(label.header("Content-Type")).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(label.bytes())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = pdf.getPage(0).getMediaBox();
			assertThat(size.getWidth()).isEqualTo(288f);
			assertThat(size.getHeight()).isEqualTo(432f);

			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("UKPOST", "Tracked Standard", "Weight: 0.800 kg")
				.contains("Order: " + shipment.path("orderNumber").asString())
				.contains("FROM", "Ecommerce Dispatch", "Unit 4, Riverside Park", "Birmingham", "B6 7EU")
				.contains("TO", "Ada Lovelace", "12 St James's Square", "London", "SW1Y 4JH  GB")
				.contains(trackingNumber);

			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 300, ImageType.GRAY);
			Result scanned = new Code128Reader().decode(
					new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
			assertThat(scanned.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
			assertThat(scanned.getText()).isEqualTo(trackingNumber);
		}
	}

	@Test
	void onlyTheShopperAndStaffGetTheLabel() {
		UUID shopper = UUID.randomUUID();
		String id = shipped(shopper).path("id").asString();

		assertThat(get("/shippings/" + id + "/label", TestTokens.customer()).status()).isEqualTo(404);
		assertThat(get("/shippings/" + id + "/label", null).status()).isEqualTo(401);
		assertThat(get("/shippings/" + id + "/label", TestTokens.admin()).status()).isEqualTo(200);
	}

}
