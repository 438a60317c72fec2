package dev.ecommerce.recommendation.model;

import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.CommonOps_DSCC;

/**
 * Item-to-item collaborative filtering: the cosine of two items' columns in a weighted
 * rows-by-items matrix (rows are shoppers for "similar", baskets for "bought together"),
 * computed as the sparse product {@code XᵀX} and normalised by its diagonal. Each item
 * keeps its nearest neighbours.
 */
public final class Cooccurrence {

	/**
	 * Items whose similarities are computed at once: bounds the memory of {@code XᵀX}.
	 */
	private static final int BLOCK = 256;

	private Cooccurrence() {
	}

	/** Cosine neighbours of items shoppers interacted with together. */
	public static ItemToItem byShopper(TrainingSet set, int neighbours) {
		return cosine(set.userItemMatrix(set.allColumns(), false), neighbours);
	}

	/** Cosine neighbours of items bought in the same order. */
	public static ItemToItem byBasket(TrainingSet set, int neighbours) {
		return cosine(set.basketItemMatrix(), neighbours);
	}

	static ItemToItem cosine(DMatrixSparseCSC rowsByItems, int neighbours) {
		int items = rowsByItems.numCols;
		double[] norms = new double[items];
		for (int column = 0; column < items; column++) {
			double sum = 0;
			for (int k = rowsByItems.col_idx[column]; k < rowsByItems.col_idx[column + 1]; k++) {
				sum += rowsByItems.nz_values[k] * rowsByItems.nz_values[k];
			}
			norms[column] = Math.sqrt(sum);
		}
		DMatrixSparseCSC transposed = CommonOps_DSCC.transpose(rowsByItems, null, null);
		int[][] targets = new int[items][];
		float[][] weights = new float[items][];
		TopWeights top = new TopWeights(neighbours);
		for (int from = 0; from < items; from += BLOCK) {
			int to = Math.min(items, from + BLOCK);
			DMatrixSparseCSC block = new DMatrixSparseCSC(rowsByItems.numRows, to - from, 0);
			CommonOps_DSCC.extract(rowsByItems, 0, rowsByItems.numRows, from, to, block, 0, 0);
			DMatrixSparseCSC gram = CommonOps_DSCC.mult(transposed, block, null);
			for (int local = 0; local < to - from; local++) {
				int column = from + local;
				top.clear();
				for (int k = gram.col_idx[local]; k < gram.col_idx[local + 1]; k++) {
					int row = gram.nz_rows[k];
					if (row != column && norms[row] > 0 && norms[column] > 0) {
						top.offer(row, gram.nz_values[k] / (norms[row] * norms[column]));
					}
				}
				top.drainInto(column, targets, weights);
			}
		}
		return new ItemToItem(targets, weights);
	}

}
