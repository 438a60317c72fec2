package dev.ecommerce.recommendation.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import dev.ecommerce.recommendation.model.Interaction;
import dev.ecommerce.recommendation.model.Signal;
import org.jspecify.annotations.Nullable;

/**
 * Reads the online-retail transactions
 * ({@code InvoiceNo, StockCode, Description, Quantity,
 * InvoiceDate, UnitPrice, CustomerID, Country}, gzip-compressed CSV) into purchases,
 * cleaned as the product service's demo catalog is: cancellations, rows with a quantity
 * or price of zero or less, rows without a customer and stock codes that are not products
 * (postage, fees, manual entries) are left out; codes are upper-cased into SKUs. Each
 * customer becomes the user {@code retail-<CustomerID>}, each invoice a basket.
 */
public final class OnlineRetailHistory {

	/** Stock codes that are products: five digits and up to three letters. */
	private static final Pattern PRODUCT_CODE = Pattern.compile("\\d{5}[A-Z]{0,3}");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private OnlineRetailHistory() {
	}

	/**
	 * Reads the purchases of a gzip-compressed file.
	 * @param gzipped the file's bytes
	 * @return what was read, and how many rows were left out
	 */
	public static Read read(InputStream gzipped) throws IOException {
		List<Interaction> purchases = new ArrayList<>();
		Counts counts = read(gzipped, purchases::add);
		return new Read(purchases, counts.leftOut());
	}

	/**
	 * Reads the purchases of a gzip-compressed file one at a time.
	 * @param gzipped the file's bytes
	 * @param into takes each clean purchase, in the file's order
	 * @return how many rows were read and left out
	 */
	public static Counts read(InputStream gzipped, Consumer<Interaction> into) throws IOException {
		int rows = 0;
		int purchases = 0;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8))) {
			String header = lines.readLine();
			if (header == null || !header.startsWith("InvoiceNo,StockCode")) {
				throw new IOException("Not the online-retail data: the header is " + header);
			}
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				rows++;
				Interaction purchase = purchase(line);
				if (purchase != null) {
					into.accept(purchase);
					purchases++;
				}
			}
		}
		return new Counts(purchases, rows - purchases);
	}

	/** The purchase of a row, or {@code null} if the row is not a clean purchase. */
	static @Nullable Interaction purchase(String line) {
		List<String> fields = fields(line);
		if (fields.size() != 8) {
			return null;
		}
		String invoice = fields.get(0).strip();
		String sku = fields.get(1).strip().toUpperCase(Locale.ROOT);
		String customer = fields.get(6).strip();
		if (invoice.isEmpty() || invoice.startsWith("C") || customer.isEmpty()
				|| !PRODUCT_CODE.matcher(sku).matches()) {
			return null;
		}
		try {
			if (Double.parseDouble(fields.get(3)) <= 0 || Double.parseDouble(fields.get(5)) <= 0) {
				return null;
			}
			Instant at = LocalDateTime.parse(fields.get(4).strip(), DATE).toInstant(ZoneOffset.UTC);
			String user = "retail-" + (long) Double.parseDouble(customer);
			return new Interaction(user, sku, "invoice-" + invoice, Signal.PURCHASE, at);
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			return null;
		}
	}

	/** The fields of a CSV line (RFC 4180 quoting). */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>(8);
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	/**
	 * What a reading found.
	 *
	 * @param purchases the clean purchases
	 * @param leftOut the rows that were not clean purchases
	 */
	public record Counts(int purchases, int leftOut) {

	}

	/**
	 * The clean purchases of the file.
	 *
	 * @param purchases one per clean row, in the file's order
	 * @param leftOut the rows that were not clean purchases
	 */
	public record Read(List<Interaction> purchases, int leftOut) {

	}

}
