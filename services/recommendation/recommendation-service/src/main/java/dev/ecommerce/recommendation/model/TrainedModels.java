package dev.ecommerce.recommendation.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The models of one training, over one numbering of items: recent popularity, EASE for
 * "for you", shopper cosine for "similar", basket cosine for "bought together".
 * Immutable; stored as bytes.
 *
 * @param items the items, by number
 * @param popularity per item, recent popularity
 * @param personal EASE
 * @param similar item-to-item cosine over shoppers
 * @param together item-to-item cosine over purchase baskets
 */
public record TrainedModels(List<String> items, double[] popularity, ItemToItem personal, ItemToItem similar,
		ItemToItem together) {

	private static final int FORMAT = 1;

	/**
	 * Trains every model.
	 * @param interactions what shoppers did
	 * @param settings how
	 */
	public static TrainedModels train(List<Interaction> interactions, Settings settings) {
		TrainingSet.Builder builder = new TrainingSet.Builder();
		interactions.forEach(builder::add);
		return train(builder, settings);
	}

	/**
	 * Trains every model on what a builder collected; ages are measured from the latest
	 * interaction.
	 */
	public static TrainedModels train(TrainingSet.Builder collected, Settings settings) {
		TrainingSet history = collected.build(collected.latest(), settings.historyHalfLife());
		TrainingSet recent = history.withHalfLife(settings.popularityHalfLife());
		return new TrainedModels(history.items(), recent.popularity(),
				Ease.train(history, settings.easeItems(), settings.easeLambda(), settings.easeKeep()),
				Cooccurrence.byShopper(history, settings.neighbours()),
				Cooccurrence.byBasket(history, settings.neighbours()));
	}

	/** Models that know no item. */
	public static TrainedModels empty() {
		return new TrainedModels(List.of(), new double[0], ItemToItem.empty(0), ItemToItem.empty(0),
				ItemToItem.empty(0));
	}

	public byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes, 1 << 16))) {
			out.writeInt(FORMAT);
			out.writeInt(this.items.size());
			for (int i = 0; i < this.items.size(); i++) {
				out.writeUTF(this.items.get(i));
				out.writeDouble(this.popularity[i]);
			}
			write(out, this.personal);
			write(out, this.similar);
			write(out, this.together);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static TrainedModels fromBytes(byte[] bytes) {
		try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16))) {
			int format = in.readInt();
			if (format != FORMAT) {
				throw new IllegalArgumentException("Unknown model format " + format);
			}
			int count = in.readInt();
			String[] items = new String[count];
			double[] popularity = new double[count];
			for (int i = 0; i < count; i++) {
				items[i] = in.readUTF();
				popularity[i] = in.readDouble();
			}
			return new TrainedModels(List.of(items), popularity, read(in, count), read(in, count), read(in, count));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(DataOutputStream out, ItemToItem model) throws IOException {
		for (int i = 0; i < model.itemCount(); i++) {
			out.writeInt(model.targets()[i].length);
			for (int k = 0; k < model.targets()[i].length; k++) {
				out.writeInt(model.targets()[i][k]);
				out.writeFloat(model.weights()[i][k]);
			}
		}
	}

	private static ItemToItem read(DataInputStream in, int count) throws IOException {
		ItemToItem model = ItemToItem.empty(count);
		for (int i = 0; i < count; i++) {
			int length = in.readInt();
			model.targets()[i] = new int[length];
			model.weights()[i] = new float[length];
			for (int k = 0; k < length; k++) {
				model.targets()[i][k] = in.readInt();
				model.weights()[i][k] = in.readFloat();
			}
		}
		return model;
	}

	/**
	 * How to train.
	 *
	 * @param historyHalfLife the age at which a shopper's interaction counts half, for
	 * the collaborative models
	 * @param popularityHalfLife the same for popularity: "now" is shorter
	 * @param easeItems how many of the most popular items EASE learns
	 * @param easeLambda EASE's regularisation
	 * @param easeKeep how many weights each item keeps in EASE
	 * @param neighbours how many neighbours each item keeps in the cosine models
	 */
	public record Settings(Duration historyHalfLife, Duration popularityHalfLife, int easeItems, double easeLambda,
			int easeKeep, int neighbours) {

	}

}
