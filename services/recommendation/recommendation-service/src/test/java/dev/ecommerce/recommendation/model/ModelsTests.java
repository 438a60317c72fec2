package dev.ecommerce.recommendation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The models on small hand-made histories whose answers are worked out by hand.
 */
class ModelsTests {

	private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");

	private static final Duration HALF_LIFE = Duration.ofDays(30);

	/** u1 and u2 bought A and B, u3 bought A and C, u4 bought D alone. */
	private static List<Interaction> abacd() {
		List<Interaction> history = new ArrayList<>();
		history.add(bought("u1", "A", NOW));
		history.add(bought("u1", "B", NOW));
		history.add(bought("u2", "A", NOW));
		history.add(bought("u2", "B", NOW));
		history.add(bought("u3", "A", NOW));
		history.add(bought("u3", "C", NOW));
		history.add(bought("u4", "D", NOW));
		return history;
	}

	@Test
	void cosineRanksTheItemBoughtByMoreOfTheSameShoppersFirst() {
		TrainingSet set = TrainingSet.of(abacd(), NOW, HALF_LIFE);
		ItemToItem similar = Cooccurrence.byShopper(set, 10);

		int a = set.indexOf("A");
		assertThat(names(set, similar.targets()[a])).containsExactly("B", "C");
		assertThat(similar.weights()[a][0]).isCloseTo((float) (2 / (Math.sqrt(3) * Math.sqrt(2))), within(1e-6f));
		assertThat(similar.weights()[a][1]).isCloseTo((float) (1 / Math.sqrt(3)), within(1e-6f));
		assertThat(names(set, similar.targets()[set.indexOf("C")])).containsExactly("A");
		assertThat(similar.knows(set.indexOf("D"))).as("D was never bought with anything").isFalse();
	}

	@Test
	void recentCooccurrenceCountsMoreThanOld() {
		Instant old = NOW.minus(Duration.ofDays(120));
		List<Interaction> history = List.of(bought("u1", "A", NOW), bought("u1", "B", NOW), bought("u2", "A", old),
				bought("u2", "C", old), bought("u3", "A", old), bought("u3", "C", old));
		TrainingSet set = TrainingSet.of(history, NOW, HALF_LIFE);

		ItemToItem similar = Cooccurrence.byShopper(set, 10);

		assertThat(names(set, similar.targets()[set.indexOf("A")])).as("C was bought with A twice, but long ago")
			.containsExactly("B", "C");
	}

	@Test
	void basketCosineCountsOnlyItemsOfTheSameOrder() {
		List<Interaction> history = List.of(inOrder("u1", "A", "o1"), inOrder("u1", "B", "o1"),
				inOrder("u1", "C", "o2"), inOrder("u2", "A", "o3"), inOrder("u2", "C", "o3"), inOrder("u2", "B", "o4"),
				inOrder("u3", "A", "o5"), inOrder("u3", "C", "o5"));
		TrainingSet set = TrainingSet.of(history, NOW, HALF_LIFE);

		ItemToItem together = Cooccurrence.byBasket(set, 10);

		assertThat(names(set, together.targets()[set.indexOf("A")])).containsExactly("C", "B");
		assertThat(names(set, together.targets()[set.indexOf("B")])).containsExactly("A");
	}

	/**
	 * XᵀX + I = [[4,2,1],[2,3,0],[1,0,2]] for A, B, C; its inverse is
	 * [[6,-4,-3],[-4,7,2],[-3,2,8]] / 13, so B(A→B) = 4/7, B(A→C) = 3/8, B(B→A) = 4/6,
	 * B(C→A) = 3/6, and the negative B(B→C), B(C→B) are not kept.
	 */
	@Test
	void easeMatchesTheClosedFormWorkedOutByHand() {
		List<Interaction> history = abacd().subList(0, 6);
		TrainingSet set = TrainingSet.of(history, NOW, HALF_LIFE);

		ItemToItem ease = Ease.train(set, 10, 1.0, 10);

		int a = set.indexOf("A");
		int b = set.indexOf("B");
		int c = set.indexOf("C");
		assertThat(names(set, ease.targets()[a])).containsExactly("B", "C");
		assertThat(ease.weights()[a][0]).isCloseTo(4f / 7, within(1e-6f));
		assertThat(ease.weights()[a][1]).isCloseTo(3f / 8, within(1e-6f));
		assertThat(names(set, ease.targets()[b])).containsExactly("A");
		assertThat(ease.weights()[b][0]).isCloseTo(4f / 6, within(1e-6f));
		assertThat(names(set, ease.targets()[c])).containsExactly("A");
		assertThat(ease.weights()[c][0]).isCloseTo(3f / 6, within(1e-6f));
	}

	@Test
	void easeScoresAShoppersHistoryAndLearnsOnlyTheMostPopularItems() {
		TrainingSet set = TrainingSet.of(abacd(), NOW, HALF_LIFE);
		ItemToItem ease = Ease.train(set, 2, 1.0, 10);

		assertThat(ease.knows(set.indexOf("C"))).as("only A and B, the two most popular, take part").isFalse();
		double[] scores = new double[set.itemCount()];
		ease.score(Map.of(set.indexOf("B"), 1.0), scores);
		assertThat(scores[set.indexOf("A")]).isGreaterThan(0);
		assertThat(scores[set.indexOf("C")]).isZero();
	}

	@Test
	void popularityWeighsRecentShoppersMore() {
		Instant old = NOW.minus(Duration.ofDays(90));
		List<Interaction> history = List.of(bought("u1", "A", old), bought("u2", "A", old), bought("u3", "A", old),
				bought("u4", "B", NOW), bought("u5", "B", NOW), bought("u1", "C", NOW));
		TrainingSet set = TrainingSet.of(history, NOW, HALF_LIFE);

		double[] popularity = set.popularity();

		assertThat(popularity[set.indexOf("B")]).isEqualTo(2.0);
		assertThat(popularity[set.indexOf("C")]).isEqualTo(1.0);
		assertThat(popularity[set.indexOf("A")]).as("three shoppers, three half-lives ago")
			.isCloseTo(3.0 / 8, within(1e-9));
	}

	@Test
	void aPurchaseWeighsMoreThanACartAdditionAndAViewLeast() {
		List<Interaction> history = List.of(new Interaction("u1", "A", null, Signal.VIEW, NOW),
				new Interaction("u1", "B", null, Signal.ADD_TO_CART, NOW), bought("u1", "C", NOW),
				new Interaction("u1", "C", null, Signal.VIEW, NOW));
		TrainingSet set = TrainingSet.of(history, NOW, HALF_LIFE);

		assertThat(set.history("u1")).containsExactlyInAnyOrderEntriesOf(
				Map.of(set.indexOf("A"), 0.25, set.indexOf("B"), 0.5, set.indexOf("C"), 1.0));
	}

	@Test
	void trainedModelsReadBackAsTheyWereStored() {
		TrainedModels models = TrainedModels.train(abacd(),
				new TrainedModels.Settings(Duration.ofDays(90), HALF_LIFE, 10, 1.0, 10, 10));

		TrainedModels read = TrainedModels.fromBytes(models.toBytes());

		assertThat(read.items()).isEqualTo(models.items());
		assertThat(read.popularity()).containsExactly(models.popularity());
		for (int i = 0; i < models.items().size(); i++) {
			assertThat(read.personal().targets()[i]).containsExactly(models.personal().targets()[i]);
			assertThat(read.personal().weights()[i]).containsExactly(models.personal().weights()[i]);
			assertThat(read.similar().targets()[i]).containsExactly(models.similar().targets()[i]);
			assertThat(read.together().targets()[i]).containsExactly(models.together().targets()[i]);
		}
	}

	@Test
	void noInteractionsTrainEmptyModels() {
		TrainedModels models = TrainedModels.train(List.of(),
				new TrainedModels.Settings(Duration.ofDays(90), HALF_LIFE, 10, 1.0, 10, 10));

		assertThat(models.items()).isEmpty();
		assertThat(TrainedModels.fromBytes(models.toBytes()).items()).isEmpty();
	}

	private static Interaction bought(String user, String item, Instant at) {
		return new Interaction(user, item, null, Signal.PURCHASE, at);
	}

	private static Interaction inOrder(String user, String item, String order) {
		return new Interaction(user, item, order, Signal.PURCHASE, NOW);
	}

	private static List<String> names(TrainingSet set, int[] items) {
		List<String> names = new ArrayList<>();
		for (int item : items) {
			names.add(set.item(item));
		}
		return names;
	}

}
