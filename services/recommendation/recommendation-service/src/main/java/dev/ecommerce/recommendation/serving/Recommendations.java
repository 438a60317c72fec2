package dev.ecommerce.recommendation.serving;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.recommendation.api.ModelInfo;
import dev.ecommerce.recommendation.api.RecommendationsResponse;
import dev.ecommerce.recommendation.api.RecommendedItem;
import dev.ecommerce.recommendation.catalog.Catalog;
import dev.ecommerce.recommendation.catalog.CatalogProduct;
import dev.ecommerce.recommendation.model.Interaction;
import dev.ecommerce.recommendation.model.ItemToItem;
import dev.ecommerce.recommendation.model.Signal;
import dev.ecommerce.recommendation.signal.Interactions;
import dev.ecommerce.recommendation.training.ModelVersion;
import dev.ecommerce.recommendation.training.ModelRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Answers from the served version of the models, leaving out archived, draft, unknown and
 * out-of-stock products, and for a shopper what they bought.
 */
@Component
class Recommendations {

	static final String PERSONALISED = "PERSONALISED";

	static final String POPULAR = "POPULAR";

	static final String SIMILAR = "SIMILAR";

	static final String SIMILAR_NAME_AND_CATEGORY = "SIMILAR_NAME_AND_CATEGORY";

	static final String BOUGHT_TOGETHER = "BOUGHT_TOGETHER";

	/** A shopper's interactions count half after this, as in training. */
	private static final Duration HISTORY_HALF_LIFE = Duration.ofDays(90);

	private final ModelRegistry registry;

	private final Catalog catalog;

	private final Interactions interactions;

	Recommendations(ModelRegistry registry, Catalog catalog, Interactions interactions) {
		this.registry = registry;
		this.catalog = catalog;
		this.interactions = interactions;
	}

	/**
	 * For a shopper: EASE on their history, topped up by popularity; popularity alone for
	 * a new shopper.
	 */
	RecommendationsResponse forShopper(String shopper, int limit) {
		ModelVersion version = this.registry.serving();
		List<Interaction> interactions = this.interactions.of(shopper);
		Map<Integer, Double> history = history(version, interactions);
		Set<UUID> bought = new HashSet<>();
		for (Interaction interaction : interactions) {
			if (interaction.signal() == Signal.PURCHASE) {
				bought.add(UUID.fromString(interaction.item()));
			}
		}
		Predicate<UUID> allowed = (product) -> !bought.contains(product) && recommendable(product);
		List<RecommendedItem> items = new ArrayList<>();
		if (!history.isEmpty()) {
			double[] scores = new double[version.models().items().size()];
			version.models().personal().score(history, scores);
			List<Scored> candidates = new ArrayList<>();
			for (int item = 0; item < scores.length; item++) {
				if (scores[item] > 0 && !history.containsKey(item)) {
					candidates.add(new Scored(version.product(item), scores[item]));
				}
			}
			take(new BestFirst(candidates), allowed, limit, PERSONALISED, items);
		}
		String model = items.isEmpty() ? "popularity" : "ease";
		if (items.size() < limit) {
			Set<UUID> chosen = new HashSet<>();
			items.forEach((item) -> chosen.add(item.productId()));
			take(popularity(version, null), allowed.and((product) -> !chosen.contains(product)), limit - items.size(),
					POPULAR, items);
		}
		return new RecommendationsResponse(items, info(model, version));
	}

	/**
	 * Products like one: shoppers' co-occurrence, or for a product without history its
	 * name and category.
	 */
	RecommendationsResponse similar(UUID productId, int limit) {
		CatalogProduct product = known(productId);
		ModelVersion version = this.registry.serving();
		List<RecommendedItem> items = new ArrayList<>();
		take(neighbours(version, version.models().similar(), productId), this::recommendable, limit, SIMILAR, items);
		if (!items.isEmpty()) {
			return new RecommendationsResponse(items, info("item-cosine", version));
		}
		take(ContentSimilarity.like(product, this.catalog.products()), this::recommendable, limit,
				SIMILAR_NAME_AND_CATEGORY, items);
		return new RecommendationsResponse(items, info("content", version));
	}

	/** Products bought in the same orders as one. */
	RecommendationsResponse boughtTogether(UUID productId, int limit) {
		known(productId);
		ModelVersion version = this.registry.serving();
		List<RecommendedItem> items = new ArrayList<>();
		take(neighbours(version, version.models().together(), productId), this::recommendable, limit, BOUGHT_TOGETHER,
				items);
		return new RecommendationsResponse(items, info("basket-cosine", version));
	}

	/** The best sellers now, of a category if one is given. */
	RecommendationsResponse popular(@Nullable UUID category, int limit) {
		ModelVersion version = this.registry.serving();
		List<RecommendedItem> items = new ArrayList<>();
		take(popularity(version, category), this::recommendable, limit, POPULAR, items);
		return new RecommendationsResponse(items, info("popularity", version));
	}

	private CatalogProduct known(UUID productId) {
		return this.catalog.product(productId)
			.orElseThrow(() -> new NotFoundException("There is no product " + productId));
	}

	private boolean recommendable(UUID product) {
		return this.catalog.product(product).map(CatalogProduct::recommendable).orElse(false);
	}

	private static Map<Integer, Double> history(ModelVersion version, List<Interaction> interactions) {
		Instant latest = interactions.stream()
			.map(Interaction::at)
			.max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
		double lambda = Math.log(2) / HISTORY_HALF_LIFE.toSeconds();
		Map<Integer, Double> history = new HashMap<>();
		for (Interaction interaction : interactions) {
			int item = version.numberOf(UUID.fromString(interaction.item()));
			if (item >= 0) {
				double age = Duration.between(interaction.at(), latest).toSeconds();
				history.merge(item, interaction.signal().weight() * Math.exp(-lambda * age), Math::max);
			}
		}
		return history;
	}

	private static List<Scored> neighbours(ModelVersion version, ItemToItem model, UUID productId) {
		int item = version.numberOf(productId);
		List<Scored> neighbours = new ArrayList<>();
		if (model.knows(item)) {
			for (int k = 0; k < model.targets()[item].length; k++) {
				neighbours.add(new Scored(version.product(model.targets()[item][k]), model.weights()[item][k]));
			}
		}
		return neighbours;
	}

	private List<Scored> popularity(ModelVersion version, @Nullable UUID category) {
		double[] popularity = version.models().popularity();
		List<Scored> ranked = new ArrayList<>();
		for (int item : version.bestSellers()) {
			UUID product = version.product(item);
			if (category == null || this.catalog.product(product)
				.map((known) -> Objects.equals(known.categoryId(), category))
				.orElse(false)) {
				ranked.add(new Scored(product, popularity[item]));
			}
		}
		return ranked;
	}

	private static void take(Iterable<Scored> ranked, Predicate<UUID> allowed, int limit, String reason,
			List<RecommendedItem> into) {
		int wanted = into.size() + Math.max(0, limit);
		for (Scored scored : ranked) {
			if (into.size() >= wanted) {
				return;
			}
			if (allowed.test(scored.productId())) {
				into.add(new RecommendedItem(scored.productId(), scored.score(), reason));
			}
		}
	}

	private static ModelInfo info(String name, ModelVersion version) {
		return new ModelInfo(name, version.version(), (version.version() == 0) ? null : version.trainedAt());
	}

}
