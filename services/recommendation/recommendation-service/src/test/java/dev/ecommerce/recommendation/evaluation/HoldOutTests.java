package dev.ecommerce.recommendation.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ecommerce.recommendation.model.Interaction;
import dev.ecommerce.recommendation.model.Signal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The metrics on a split whose answers are worked out by hand.
 */
class HoldOutTests {

	private static final Instant CUT = Instant.parse("2011-09-01T00:00:00Z");

	private static final Instant END = Instant.parse("2011-10-01T00:00:00Z");

	/**
	 * Before the cut: u1 bought A, u2 bought A and B, u3 bought C. After: u1 bought B and
	 * C (both new to u1), u2 bought A again (not new: u2 is not tested), u4 (no history)
	 * bought A.
	 */
	private static HoldOut split() {
		Instant before = CUT.minusSeconds(3600);
		Instant after = CUT.plusSeconds(3600);
		List<Interaction> history = List.of(bought("u1", "A", before), bought("u2", "A", before),
				bought("u2", "B", before), bought("u3", "C", before), bought("u1", "B", after),
				bought("u1", "C", after), bought("u2", "A", after), bought("u4", "A", after));
		return HoldOut.split(history, CUT, END, Duration.ofDays(90));
	}

	@Test
	void onlyShoppersWithHistoryAndANewPurchaseAreTested() {
		HoldOut holdOut = split();

		assertThat(holdOut.relevant()).containsOnlyKeys("u1");
		assertThat(holdOut.relevant().get("u1"))
			.isEqualTo(Set.of(holdOut.train().indexOf("B"), holdOut.train().indexOf("C")));
	}

	@Test
	void hitRateNdcgAndCoverageOfARankingThatPutsOneRightItemSecond() {
		HoldOut holdOut = split();
		int b = holdOut.train().indexOf("B");
		Scorer onlyB = (Map<Integer, Double> history, double[] scores) -> scores[b] = 1;

		HoldOut.Metrics atOne = holdOut.measure(onlyB, 1);
		HoldOut.Metrics atTwo = holdOut.measure((history, scores) -> {
			scores[holdOut.train().indexOf("C")] = 0.5;
			scores[b] = 0;
		}, 2);

		assertThat(atOne.hitRate()).isEqualTo(1.0);
		assertThat(atOne.ndcg()).isEqualTo(1.0);
		assertThat(atOne.coverage()).isCloseTo(1.0 / 3, within(1e-9));
		// C first (relevant), B second (relevant): DCG = 1 + 1/log2(3) = IDCG
		assertThat(atTwo.ndcg()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void aRankingWithTheRightItemSecondOfTwoScoresByTheLogarithmicDiscount() {
		Instant before = CUT.minusSeconds(3600);
		List<Interaction> history = List.of(bought("u1", "A", before), bought("u2", "B", before),
				bought("u2", "C", before), bought("u1", "C", CUT.plusSeconds(60)));
		HoldOut holdOut = HoldOut.split(history, CUT, END, Duration.ofDays(90));
		int b = holdOut.train().indexOf("B");

		HoldOut.Metrics metrics = holdOut.measure((h, scores) -> scores[b] = 1, 2);

		assertThat(metrics.hitRate()).isEqualTo(1.0);
		assertThat(metrics.ndcg()).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-9));
	}

	private static Interaction bought(String user, String item, Instant at) {
		return new Interaction(user, item, null, Signal.PURCHASE, at);
	}

}
