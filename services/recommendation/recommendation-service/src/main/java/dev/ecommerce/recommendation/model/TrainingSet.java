package dev.ecommerce.recommendation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;

/**
 * Interactions indexed for training: items and users numbered; for each user and item the
 * strongest signal and the latest time, so that a weight is that signal's weight decayed
 * by the age of the latest interaction (with a half-life); and the purchase baskets.
 */
public final class TrainingSet {

	private final String[] items;

	private final Map<String, Integer> itemIndex;

	private final Map<String, Map<Integer, Touch>> users;

	private final List<int[]> baskets;

	private final long now;

	private final double lambda;

	private TrainingSet(Builder builder, Instant now, Duration halfLife) {
		this.items = builder.itemIndex.keySet().toArray(String[]::new);
		this.itemIndex = builder.itemIndex;
		this.users = builder.users;
		this.baskets = new ArrayList<>();
		for (Map<Integer, Boolean> basket : builder.baskets.values()) {
			if (basket.size() > 1) {
				this.baskets.add(basket.keySet().stream().mapToInt(Integer::intValue).sorted().toArray());
			}
		}
		this.now = now.getEpochSecond();
		this.lambda = Math.log(2) / Math.max(1, halfLife.toSeconds());
	}

	/**
	 * Indexes interactions.
	 * @param interactions what shoppers did
	 * @param now the time against which ages are measured
	 * @param halfLife the age at which a signal counts half
	 */
	public static TrainingSet of(Iterable<Interaction> interactions, Instant now, Duration halfLife) {
		Builder builder = new Builder();
		interactions.forEach(builder::add);
		return builder.build(now, halfLife);
	}

	/** The same interactions with another half-life. */
	public TrainingSet withHalfLife(Duration halfLife) {
		Builder builder = new Builder();
		builder.itemIndex.putAll(this.itemIndex);
		builder.users.putAll(this.users);
		TrainingSet set = new TrainingSet(builder, Instant.ofEpochSecond(this.now), halfLife);
		set.baskets.addAll(this.baskets);
		return set;
	}

	public int itemCount() {
		return this.items.length;
	}

	public int userCount() {
		return this.users.size();
	}

	public String item(int index) {
		return this.items[index];
	}

	/** The index of an item, or -1 if it has no interaction. */
	public int indexOf(String item) {
		return this.itemIndex.getOrDefault(item, -1);
	}

	public List<String> items() {
		return Arrays.asList(this.items);
	}

	/** A user's items and their weights; empty for an unknown user. */
	public Map<Integer, Double> history(String user) {
		Map<Integer, Touch> touches = this.users.getOrDefault(user, Map.of());
		Map<Integer, Double> history = new HashMap<>(touches.size() * 2);
		touches.forEach((item, touch) -> history.put(item, weight(touch)));
		return history;
	}

	/** Per item, the sum of its users' weights: recent popularity. */
	public double[] popularity() {
		double[] popularity = new double[this.items.length];
		for (Map<Integer, Touch> touches : this.users.values()) {
			touches.forEach((item, touch) -> popularity[item] += weight(touch));
		}
		return popularity;
	}

	private double weight(Touch touch) {
		return touch.signal * Math.exp(-this.lambda * Math.max(0, this.now - touch.latest));
	}

	/**
	 * Users by items, weighted (or 1), restricted to some items renumbered by
	 * {@code columns}.
	 */
	DMatrixSparseCSC userItemMatrix(int[] columns, boolean binary) {
		int kept = (int) Arrays.stream(columns).filter((c) -> c >= 0).count();
		DMatrixSparseTriplet triplet = new DMatrixSparseTriplet(Math.max(1, this.users.size()), kept, 1024);
		int row = 0;
		for (Map<Integer, Touch> touches : this.users.values()) {
			for (Map.Entry<Integer, Touch> entry : touches.entrySet()) {
				int column = columns[entry.getKey()];
				if (column >= 0) {
					triplet.addItem(row, column, binary ? 1.0 : weight(entry.getValue()));
				}
			}
			row++;
		}
		return DConvertMatrixStruct.convert(triplet, (DMatrixSparseCSC) null);
	}

	/** Purchase baskets of two items or more by items. */
	DMatrixSparseCSC basketItemMatrix() {
		DMatrixSparseTriplet triplet = new DMatrixSparseTriplet(Math.max(1, this.baskets.size()), this.items.length,
				1024);
		for (int row = 0; row < this.baskets.size(); row++) {
			for (int item : this.baskets.get(row)) {
				triplet.addItem(row, item, 1.0);
			}
		}
		return DConvertMatrixStruct.convert(triplet, (DMatrixSparseCSC) null);
	}

	/** Every item kept at its own number. */
	int[] allColumns() {
		int[] columns = new int[this.items.length];
		Arrays.setAll(columns, (i) -> i);
		return columns;
	}

	/** A user's strongest signal for an item and when they last interacted with it. */
	private static final class Touch {

		float signal;

		long latest;

		Touch(float signal, long latest) {
			this.signal = signal;
			this.latest = latest;
		}

	}

	/**
	 * Collects interactions one at a time, keeping one copy of each user, item and basket
	 * name, so that a large history streams in without being held whole.
	 */
	public static final class Builder {

		private final Map<String, Integer> itemIndex = new LinkedHashMap<>();

		private final Map<String, Map<Integer, Touch>> users = new LinkedHashMap<>();

		private final Map<String, Map<Integer, Boolean>> baskets = new LinkedHashMap<>();

		private Instant latest = Instant.EPOCH;

		public void add(Interaction interaction) {
			int item = this.itemIndex.computeIfAbsent(interaction.item(), (key) -> this.itemIndex.size());
			long at = interaction.at().getEpochSecond();
			float signal = (float) interaction.signal().weight();
			Touch touch = this.users.computeIfAbsent(interaction.user(), (key) -> new HashMap<>()).get(item);
			if (touch == null) {
				this.users.get(interaction.user()).put(item, new Touch(signal, at));
			}
			else {
				touch.signal = Math.max(touch.signal, signal);
				touch.latest = Math.max(touch.latest, at);
			}
			if (interaction.basket() != null && interaction.signal() == Signal.PURCHASE) {
				this.baskets.computeIfAbsent(interaction.basket(), (key) -> new HashMap<>()).put(item, Boolean.TRUE);
			}
			if (interaction.at().isAfter(this.latest)) {
				this.latest = interaction.at();
			}
		}

		/** The latest interaction's time. */
		public Instant latest() {
			return this.latest;
		}

		public TrainingSet build(Instant now, Duration halfLife) {
			return new TrainingSet(this, now, halfLife);
		}

	}

}
