package dev.ecommerce.product.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.ecommerce.product.api.Money;
import dev.ecommerce.product.api.ProductRequest;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.TextRules;
import dev.ecommerce.product.api.VariantRequest;

/**
 * Reads the rows of the demo CSV ({@code stock_code,name,price_pence}, RFC 4180: fields
 * in double quotes may hold commas and doubled quotes) into products: the category by its
 * name, the range its name names as brand, the colour its name names as attribute.
 */
final class DemoRows {

	static final List<String> HEADER = List.of("stock_code", "name", "price_pence");

	private static final Pattern SKU = Pattern.compile(TextRules.SKU);

	private static final Pattern LINE = Pattern.compile(TextRules.LINE);

	private static final Map<String, String> RANGES = Map.of("REGENCY", "Regency", "RETROSPOT", "Retrospot", "SPACEBOY",
			"Spaceboy", "DOLLY GIRL", "Dolly Girl", "WOODLAND", "Woodland", "VINTAGE", "Vintage", "POLKADOT",
			"Polkadot", "SKULL", "Skulls", "PAISLEY", "Paisley");

	private static final List<String> COLOURS = List.of("red", "pink", "blue", "green", "white", "black", "ivory",
			"cream", "yellow", "purple", "orange", "gold", "silver", "grey", "brown", "turquoise");

	private DemoRows() {
	}

	/** The product of a row, unless the row is bad. */
	static ProductRequest product(String line, Set<String> seen, DemoCategories tree) {
		List<String> fields;
		try {
			fields = DemoRows.fields(line);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRowException("unreadable");
		}
		if (fields.size() != HEADER.size()) {
			throw new BadRowException("wrong number of fields");
		}
		String sku = fields.get(0).strip();
		String name = fields.get(1).strip();
		if (sku.isEmpty() || sku.length() > 64 || !SKU.matcher(sku).matches()) {
			throw new BadRowException("bad stock code");
		}
		if (name.isEmpty() || name.length() > 200 || !LINE.matcher(name).matches()) {
			throw new BadRowException("bad name");
		}
		long pence;
		try {
			pence = Long.parseLong(fields.get(2).strip());
		}
		catch (NumberFormatException ex) {
			throw new BadRowException("bad price");
		}
		if (pence <= 0) {
			throw new BadRowException("bad price");
		}
		if (!seen.add(sku)) {
			throw new BadRowException("repeated stock code");
		}
		return product(sku, name, pence, tree);
	}

	private static ProductRequest product(String sku, String name, long pence, DemoCategories tree) {
		String upper = name.toUpperCase(Locale.ROOT);
		String brand = RANGES.entrySet()
			.stream()
			.filter((range) -> upper.contains(range.getKey()))
			.map(Map.Entry::getValue)
			.sorted()
			.findFirst()
			.orElse(null);
		Map<String, String> attributes = COLOURS.stream()
			.filter((colour) -> Pattern.compile("\\b" + colour + "\\b", Pattern.CASE_INSENSITIVE).matcher(name).find())
			.findFirst()
			.map((colour) -> Map.of("colour", colour))
			.orElse(Map.of());
		String description = name + ", from the range of a UK gift shop.";
		return new ProductRequest(name, description, brand, tree.of(name), attributes, ProductStatus.ACTIVE, List.of(),
				List.of(new VariantRequest(sku, Map.of(), new Money(pence, "GBP"), null)), null);
	}

	/** A row that cannot be a product, and why. */
	static final class BadRowException extends RuntimeException {

		BadRowException(String why) {
			super(why, null, false, false);
		}

	}

	/**
	 * The fields of a line.
	 * @param line a line without its line break
	 * @return the fields, or {@code null} if a quoted field is not closed
	 */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
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
			else if (c == '"' && field.isEmpty()) {
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
		if (quoted) {
			throw new IllegalArgumentException("a quoted field is not closed");
		}
		fields.add(field.toString());
		return fields;
	}

}
