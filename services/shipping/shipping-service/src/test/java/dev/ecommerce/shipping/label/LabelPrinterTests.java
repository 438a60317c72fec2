package dev.ecommerce.shipping.label;

import java.time.LocalDate;

import dev.ecommerce.shipping.api.ShippingAddress;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelPrinterTests {

	private final LabelPrinter printer = new LabelPrinter();

	@Test
	void namesOutsideTheStandardFontsCharactersStillPrintALabel() throws Exception {
		ShippingAddress from = new ShippingAddress("Ecommerce Dispatch", "Unit 4", null, "Birmingham", "B6 7EU", "GB",
				null);
		ShippingAddress to = new ShippingAddress("Zoë Łukasiewicz 東京", "Straße 1", "Étage 2", "Kraków", "30-001", "PL",
				"+48 12 000 00 00");

		byte[] pdf = this.printer.print(new LabelContent(from, to, "UKPOST", "Tracked Express", 1234, 2, null,
				"TE100000140GB", LocalDate.of(2026, 11, 27), false));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Zoë", "Straße 1", "Étage 2", "30-001  PL", "Tel: +48 12 000 00 00",
					"Weight: 1.234 kg", "Parcels: 2", "Order: -", "TE100000140GB", "2026-11-27");
		}
	}

}
