package dev.ecommerce.bench.load;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepTests {

	@Test
	void aStepKeepsUpOnlyWhenAchievedErrorsAndEveryEndpointsP99AreWithinBounds() {
		assertThat(step(1000, 0, 200).keptUp(0.95, 0.5, 1000)).isTrue();
		assertThat(step(940, 0, 200).keptUp(0.95, 0.5, 1000)).as("achieved 94 %").isFalse();
		assertThat(step(1000, 6, 200).keptUp(0.95, 0.5, 1000)).as("6 timeouts in 1015 calls").isFalse();
		assertThat(step(1000, 0, 1500).keptUp(0.95, 0.5, 1000)).as("a p99 of 1.5 s").isFalse();
	}

	@Test
	void errorsAreAShareOfTheEndpointsCallsNotOfThePages() {
		Step step = step(1000, 0, 200);
		step.window().stats(Call.CHECKOUT).failed(new IllegalStateException("a page, counted by its calls"));
		step.window().stats(Call.ORDER).answered(409, "{}");
		step.window().dropped.increment();

		// 999 product pages and 10 searches answered, the order refused, the dropped page
		assertThat(step.errorPercent()).isEqualTo(100.0 * 2 / 1011);
	}

	/**
	 * 10 s at 100 pages/s: so many completed, product pages answered in 10 ms but one in
	 * slowMillis.
	 */
	private static Step step(int completed, int errors, long slowMillis) {
		Window window = new Window();
		window.completed.add(completed);
		for (int i = 0; i < 999; i++) {
			window.stats(Call.PRODUCT).succeeded(10_000_000);
		}
		for (int i = 0; i < 10; i++) {
			window.stats(Call.SEARCH).succeeded(slowMillis * 1_000_000);
		}
		for (int i = 0; i < errors; i++) {
			window.stats(Call.PRODUCT).timedOut();
		}
		return new Step(100, 10, window, Map.of(), Map.of());
	}

}
