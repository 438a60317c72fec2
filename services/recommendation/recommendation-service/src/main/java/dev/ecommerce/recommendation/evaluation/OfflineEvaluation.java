package dev.ecommerce.recommendation.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.ecommerce.recommendation.history.OnlineRetailHistory;
import dev.ecommerce.recommendation.model.Cooccurrence;
import dev.ecommerce.recommendation.model.Ease;
import dev.ecommerce.recommendation.model.Interaction;
import dev.ecommerce.recommendation.model.TrainedModels;
import dev.ecommerce.recommendation.model.TrainingSet;

/**
 * The offline evaluation, a command: {@code OfflineEvaluation <online-retail csv.gz>}.
 * The last month of the data is the test; the month before it chooses EASE's
 * regularisation (validation), so that the test month decides nothing but the table.
 * Prints a Markdown table of HR@10, NDCG@10 and catalog coverage per model, with training
 * times.
 */
public final class OfflineEvaluation {

	static final int K = 10;

	/** Recent popularity: a month's half-life. */
	static final Duration POPULARITY_HALF_LIFE = Duration.ofDays(30);

	/** Shoppers' histories for the collaborative models: a quarter's half-life. */
	static final Duration HISTORY_HALF_LIFE = Duration.ofDays(90);

	/** A half-life so long that nothing decays. */
	static final Duration ALL_TIME = Duration.ofDays(365L * 1000);

	static final int NEIGHBOURS = 100;

	static final int EASE_ITEMS = 3000;

	static final int EASE_KEEP = 200;

	static final double[] LAMBDAS = { 100, 250, 500, 1000, 2000 };

	private OfflineEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 2) {
			System.err.println("Usage: OfflineEvaluation <online-retail-....csv.gz> [EASE items of the service]");
			System.exit(2);
		}
		int serviceEaseItems = (args.length > 1) ? Integer.parseInt(args[1]) : 2000;
		List<Interaction> purchases;
		try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
			OnlineRetailHistory.Read read = OnlineRetailHistory.read(in);
			purchases = read.purchases();
			System.out.printf(Locale.ROOT, "%d clean purchases, %d rows left out%n", purchases.size(), read.leftOut());
		}
		Instant last = purchases.stream().map(Interaction::at).max(Comparator.naturalOrder()).orElseThrow();
		LocalDate lastMonth = LocalDate.ofInstant(last, ZoneOffset.UTC).withDayOfMonth(1);
		Instant testCut = lastMonth.atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant validationCut = lastMonth.minusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC);

		double lambda = chooseLambda(purchases, validationCut, testCut);
		HoldOut test = HoldOut.split(purchases, testCut, last.plusSeconds(1), HISTORY_HALF_LIFE);
		HoldOut allTimeTest = HoldOut.split(purchases, testCut, last.plusSeconds(1), ALL_TIME);
		HoldOut recentTest = HoldOut.split(purchases, testCut, last.plusSeconds(1), POPULARITY_HALF_LIFE);
		System.out.printf(Locale.ROOT, "Train before %s, test %s to %s: %d items, %d shoppers, %d tested%n%n", testCut,
				testCut, last, test.train().itemCount(), test.train().userCount(), test.relevant().size());

		List<Row> rows = new ArrayList<>();
		rows.add(measure("popularity (all time)", allTimeTest, OfflineEvaluation::popularity));
		rows.add(measure("popularity (recent, 30-day half-life)", recentTest, OfflineEvaluation::popularity));
		rows.add(measure("item-to-item cosine (90-day half-life, " + NEIGHBOURS + " neighbours)", test,
				(set) -> Cooccurrence.byShopper(set, NEIGHBOURS)::score));
		for (int items : new int[] { 1000, 2000, EASE_ITEMS }) {
			rows.add(measure(String.format(Locale.ROOT, "EASE (top %d items, λ=%.0f, %d weights per item)", items,
					lambda, EASE_KEEP), test, (set) -> Ease.train(set, items, lambda, EASE_KEEP)::score));
		}
		rows.add(measure(String.format(Locale.ROOT, "EASE (top %d items, λ=%.0f, all weights)", EASE_ITEMS, lambda),
				test, (set) -> Ease.train(set, EASE_ITEMS, lambda, EASE_ITEMS)::score));

		System.out.println("| model | HR@10 | NDCG@10 | coverage | training |");
		System.out.println("|---|---:|---:|---:|---:|");
		for (Row row : rows) {
			System.out.println(row.markdown());
		}
		double popular = Math.max(rows.get(0).metrics().ndcg(), rows.get(1).metrics().ndcg());
		Row best = rows.stream().max(Comparator.comparingDouble((Row row) -> row.metrics().ndcg())).orElseThrow();
		System.out.printf(Locale.ROOT, "%nBest: %s, NDCG@10 %.2f× the better popularity's%n", best.model(),
				best.metrics().ndcg() / popular);

		TrainedModels.Settings service = new TrainedModels.Settings(HISTORY_HALF_LIFE, POPULARITY_HALF_LIFE,
				serviceEaseItems, lambda, EASE_KEEP, 50);
		long started = System.nanoTime();
		TrainedModels models = TrainedModels.train(purchases, service);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf(Locale.ROOT,
				"%nThe service's training (popularity, shopper and basket cosine, EASE on %d items) on the whole file:"
						+ " %d items in %.1f s, %d KB stored%n",
				serviceEaseItems, models.items().size(), millis / 1000.0, models.toBytes().length / 1024);
	}

	private static double chooseLambda(List<Interaction> purchases, Instant validationCut, Instant testCut) {
		HoldOut validation = HoldOut.split(purchases, validationCut, testCut, HISTORY_HALF_LIFE);
		double best = LAMBDAS[0];
		double bestNdcg = -1;
		for (double lambda : LAMBDAS) {
			HoldOut.Metrics metrics = validation
				.measure(Ease.train(validation.train(), EASE_ITEMS, lambda, EASE_KEEP)::score, K);
			System.out.printf(Locale.ROOT, "validation (test %s month) EASE λ=%.0f: NDCG@10 %.4f%n", validationCut,
					lambda, metrics.ndcg());
			if (metrics.ndcg() > bestNdcg) {
				bestNdcg = metrics.ndcg();
				best = lambda;
			}
		}
		return best;
	}

	private static List<Interaction> before(List<Interaction> purchases, Instant cut) {
		return purchases.stream().filter((purchase) -> purchase.at().isBefore(cut)).toList();
	}

	private static Scorer popularity(TrainingSet set) {
		double[] popularity = set.popularity();
		return (history, scores) -> System.arraycopy(popularity, 0, scores, 0, popularity.length);
	}

	private static Row measure(String model, HoldOut holdOut, Function<TrainingSet, Scorer> training) {
		long started = System.nanoTime();
		Scorer scorer = training.apply(holdOut.train());
		long trainingMillis = (System.nanoTime() - started) / 1_000_000;
		return new Row(model, holdOut.measure(scorer, K), trainingMillis);
	}

	record Row(String model, HoldOut.Metrics metrics, long trainingMillis) {

		String markdown() {
			return String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.1f %% | %.1f s |", this.model,
					this.metrics.hitRate(), this.metrics.ndcg(), this.metrics.coverage() * 100,
					this.trainingMillis / 1000.0);
		}

	}

}
