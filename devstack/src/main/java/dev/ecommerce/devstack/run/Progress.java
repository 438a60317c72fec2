package dev.ecommerce.devstack.run;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The lines a starting stack prints, one per component, aligned so that a column of ports
 * and start-up times can be read at a glance.
 */
public final class Progress {

	private final Consumer<String> out;

	public Progress(Consumer<String> out) {
		this.out = out;
	}

	public static Progress silent() {
		return new Progress((line) -> {
		});
	}

	public void ready(String name, int port, Duration took, String detail) {
		line(name, port, String.format(Locale.ROOT, "ready in %5.1f s%s", took.toMillis() / 1000.0,
				detail.isEmpty() ? "" : "  " + detail));
	}

	public void skipped(String name, int port, String reason) {
		line(name, port, "skipped: " + reason);
	}

	public void line(String name, int port, String what) {
		this.out.accept(String.format(Locale.ROOT, "  %-15s %5d  %s", name, port, what));
	}

	public void note(String text) {
		this.out.accept(text);
	}

}
