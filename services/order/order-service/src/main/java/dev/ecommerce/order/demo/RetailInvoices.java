package dev.ecommerce.order.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.Resource;

/**
 * Reads the demo shoppers' invoices from the extract that {@code src/etc} makes: its rows
 * are clean already (no cancellations, only SKUs of the demo catalog, prices in pence).
 */
final class RetailInvoices {

	private RetailInvoices() {
	}

	/**
	 * @return the invoices of known shoppers, in the order of the extract
	 */
	static List<RetailInvoice> read(DemoProperties demo) throws IOException {
		Map<String, RetailShopper> shoppers = RetailShopper.read(demo.shoppers());
		Map<String, List<RetailInvoice.Line>> lines = new HashMap<>();
		try (InputStream gz = new GZIPInputStream(demo.lines().getInputStream())) {
			rows(gz, (f) -> lines.computeIfAbsent(f[0], (invoice) -> new ArrayList<>())
				.add(new RetailInvoice.Line(f[1], f[2], Integer.parseInt(f[3]), Long.parseLong(f[4]))));
		}
		List<RetailInvoice> invoices = new ArrayList<>();
		try (InputStream in = demo.orders().getInputStream()) {
			rows(in, (f) -> {
				RetailShopper shopper = shoppers.get(f[1]);
				List<RetailInvoice.Line> bought = lines.getOrDefault(f[0], List.of());
				if (shopper != null && !bought.isEmpty()) {
					invoices.add(new RetailInvoice(f[0], shopper, Instant.parse(f[2]), Long.parseLong(f[3]), bought));
				}
			});
		}
		return invoices;
	}

	/** Each row after the header, split at its tabs. */
	private static void rows(InputStream in, Consumer<String[]> row) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		reader.readLine();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (!line.isEmpty()) {
				row.accept(line.split("\t", -1));
			}
		}
	}

}
