package dev.ecommerce.product.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.product.api.ProductRequest;
import dev.ecommerce.product.catalog.Caller;
import dev.ecommerce.product.catalog.ProductCatalog;
import dev.ecommerce.product.catalog.ProductLookup;
import dev.ecommerce.product.category.CategoryTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Imports the demo catalog from a CSV of {@code stock_code,name,price_pence}: one active
 * product per row, owned by the demo seller, in a category chosen by its name, with the
 * range its name names as brand and the colour its name names as an attribute. A bad row
 * is skipped, counted and logged; it never stops the import.
 */
@Component
public class DemoCatalog {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private static final int LOGGED_ROWS = 20;

	/** Products imported in one transaction. */
	private static final int CHUNK = 200;

	private final ProductCatalog catalog;

	private final ProductLookup lookup;

	private final CategoryTree categories;

	private final DemoProperties properties;

	DemoCatalog(ProductCatalog catalog, ProductLookup lookup, CategoryTree categories, DemoProperties properties) {
		this.catalog = catalog;
		this.lookup = lookup;
		this.categories = categories;
		this.properties = properties;
	}

	/**
	 * Imports the configured demo catalog, unless the catalog has products already.
	 * @return what was imported, or {@code null} if nothing was because the catalog is
	 * not empty
	 */
	public ImportResult importIfEmpty() {
		if (!this.lookup.isEmpty()) {
			log.info("The catalog has products: the demo catalog is not imported");
			return ImportResult.NOTHING;
		}
		Resource resource = this.properties.catalog();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return importFrom(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the demo catalog " + resource, ex);
		}
	}

	/**
	 * Imports products from CSV.
	 * @param csv {@code stock_code,name,price_pence} with that header
	 * @return how many were imported and skipped, and why
	 */
	public ImportResult importFrom(Reader csv) throws IOException {
		long started = System.nanoTime();
		DemoCategories tree = DemoCategories.in(this.categories);
		BufferedReader lines = new BufferedReader(csv);
		String header = lines.readLine();
		if (header == null || !DemoRows.fields(header.strip()).equals(DemoRows.HEADER)) {
			throw new IllegalArgumentException("The demo catalog must start with the header " + DemoRows.HEADER);
		}
		Set<String> seen = new HashSet<>();
		Map<String, Integer> skipped = new TreeMap<>();
		List<ProductRequest> products = new ArrayList<>();
		int number = 1;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			try {
				products.add(DemoRows.product(line, seen, tree));
			}
			catch (DemoRows.BadRowException ex) {
				skip(skipped, number, ex.getMessage());
			}
		}
		int imported = 0;
		for (int from = 0; from < products.size(); from += CHUNK) {
			imported += importChunk(products.subList(from, Math.min(from + CHUNK, products.size())), skipped);
		}
		ImportResult result = new ImportResult(imported, skipped);
		log.info("Imported {} demo products and skipped {} rows {} in {} ms", imported, result.skippedRows(), skipped,
				(System.nanoTime() - started) / 1_000_000);
		return result;
	}

	/**
	 * Imports a chunk of products in one transaction; if the catalog refuses one, each of
	 * the chunk's products in a transaction of its own, so that only the refused ones are
	 * left out.
	 */
	private int importChunk(List<ProductRequest> products, Map<String, Integer> skipped) {
		Caller seller = Caller.seller(this.properties.sellerId());
		try {
			return this.catalog.createAll(seller, products).size();
		}
		catch (ProblemException ex) {
			int imported = 0;
			for (ProductRequest product : products) {
				try {
					this.catalog.create(seller, product);
					imported++;
				}
				catch (ProblemException refused) {
					skip(skipped, 0, "refused by the catalog: " + refused.getBody().getTitle());
				}
			}
			return imported;
		}
	}

	private static void skip(Map<String, Integer> skipped, int line, String why) {
		skipped.merge(why, 1, Integer::sum);
		if (skipped.values().stream().mapToInt(Integer::intValue).sum() <= LOGGED_ROWS) {
			log.warn("Skipped {} of the demo catalog: {}", (line > 0) ? "line " + line : "a row", why);
		}
	}

	/**
	 * What an import did.
	 *
	 * @param imported the number of products imported
	 * @param skipped the number of rows skipped, by reason
	 */
	public record ImportResult(int imported, Map<String, Integer> skipped) {

		static final ImportResult NOTHING = new ImportResult(0, Map.of());

		public int skippedRows() {
			return this.skipped.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
