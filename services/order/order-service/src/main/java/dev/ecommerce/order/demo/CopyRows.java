package dev.ecommerce.order.demo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Rows in the text format of PostgreSQL's {@code COPY}: tab-separated, {@code \N} for
 * null, backslashes, tabs and line breaks escaped.
 */
final class CopyRows {

	private final StringBuilder text = new StringBuilder(1 << 16);

	void add(@Nullable Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.text.append('\t');
			}
			this.text.append(field(values[i]));
		}
		this.text.append('\n');
	}

	String text() {
		return this.text.toString();
	}

	private static String field(@Nullable Object value) {
		if (value == null) {
			return "\\N";
		}
		if (value instanceof Instant instant) {
			return DateTimeFormatter.ISO_INSTANT.format(instant);
		}
		return value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

}
