package dev.ecommerce.shipping.label;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.zxing.oned.Code128Writer;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import dev.ecommerce.shipping.api.ShippingAddress;

import org.springframework.stereotype.Component;

/**
 * Prints labels as PDFs of 4×6 inches (288×432 points), the size of thermal label
 * printers. The barcode's bars are drawn as vector rectangles from ZXing's Code 128
 * encoding, so they stay sharp at any printer resolution.
 */
@Component
public class LabelPrinter {

	/** 4 × 72 points. */
	static final float WIDTH = 288;

	/** 6 × 72 points. */
	static final float HEIGHT = 432;

	private static final float MARGIN = 14;

	private static final float MODULE = 1.2f;

	public byte[] print(LabelContent label) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(new Rectangle(WIDTH, HEIGHT), MARGIN, MARGIN, MARGIN, MARGIN);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle("Label " + label.trackingNumber());
		document.open();
		PdfContentByte canvas = writer.getDirectContent();
		BaseFont regular = font(BaseFont.HELVETICA);
		BaseFont bold = font(BaseFont.HELVETICA_BOLD);

		float y = HEIGHT - MARGIN - 12;
		text(canvas, bold, 13, MARGIN, y, label.carrier() + "  " + label.serviceName());
		y -= 14;
		text(canvas, regular, 8, MARGIN, y, (label.returnLabel() ? "RETURN  " : "") + "Weight: "
				+ kilograms(label.weightGrams()) + "  Parcels: " + label.parcels() + "  Date: " + label.shipDate());
		y -= 6;
		rule(canvas, y);

		y -= 12;
		text(canvas, bold, 7, MARGIN, y, "FROM");
		for (String line : lines(label.from())) {
			y -= 9;
			text(canvas, regular, 8, MARGIN, y, line);
		}
		y -= 6;
		rule(canvas, y);

		y -= 14;
		text(canvas, bold, 8, MARGIN, y, "TO");
		for (String line : lines(label.to())) {
			y -= 15;
			text(canvas, bold, 13, MARGIN, y, line);
		}
		if (label.to().phone() != null) {
			y -= 12;
			text(canvas, regular, 9, MARGIN, y, "Tel: " + label.to().phone());
		}
		y -= 8;
		rule(canvas, y);

		y -= 12;
		text(canvas, regular, 9, MARGIN, y, "Order: " + ((label.orderNumber() != null) ? label.orderNumber() : "-"));

		barcode(canvas, label.trackingNumber(), 72, 72);
		text(canvas, bold, 12, (WIDTH - bold.getWidthPoint(label.trackingNumber(), 12)) / 2, 54,
				label.trackingNumber());
		document.close();
		return out.toByteArray();
	}

	/** The bars of the tracking number, with the quiet zones ZXing adds on both sides. */
	private static void barcode(PdfContentByte canvas, String value, float bottom, float height) {
		boolean[] modules = new Code128Writer().encode(value);
		float x = (WIDTH - modules.length * MODULE) / 2;
		for (int i = 0; i < modules.length; i++) {
			if (modules[i]) {
				canvas.rectangle(x + i * MODULE, bottom, MODULE, height);
			}
		}
		canvas.fill();
	}

	private static List<String> lines(ShippingAddress address) {
		List<String> lines = new ArrayList<>();
		lines.add(address.fullName());
		lines.add(address.line1());
		if (address.line2() != null && !address.line2().isBlank()) {
			lines.add(address.line2());
		}
		lines.add(address.city());
		lines.add(address.postalCode().toUpperCase(Locale.ROOT) + "  " + address.country());
		return lines;
	}

	private static String kilograms(long grams) {
		return String.format(Locale.ROOT, "%.3f kg", grams / 1000.0);
	}

	private static void text(PdfContentByte canvas, BaseFont font, float size, float x, float y, String text) {
		canvas.beginText();
		canvas.setFontAndSize(font, size);
		canvas.setTextMatrix(x, y);
		canvas.showText(text);
		canvas.endText();
	}

	private static void rule(PdfContentByte canvas, float y) {
		canvas.setLineWidth(1);
		canvas.moveTo(MARGIN, y);
		canvas.lineTo(WIDTH - MARGIN, y);
		canvas.stroke();
	}

	private static BaseFont font(String name) {
		try {
			return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("The PDF standard font " + name + " is missing", ex);
		}
	}

}
