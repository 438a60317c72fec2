package dev.ecommerce.recommendation.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.ejml.sparse.csc.CommonOps_DSCC;

/**
 * EASE (Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019): the
 * item-item matrix {@code B} minimising {@code ‖X − XB‖² + λ‖B‖²} with a zero diagonal,
 * in closed form {@code P = (XᵀX + λI)⁻¹}, {@code B = −P / diag(P)}. Trained on the most
 * popular items only, so that the dense inverse stays affordable; each item keeps its
 * largest weights.
 */
public final class Ease {

	private Ease() {
	}

	/**
	 * Trains EASE.
	 * @param set the interactions
	 * @param maxItems how many of the most popular items take part
	 * @param lambda the L2 regularisation
	 * @param keep how many weights each item keeps
	 * @return the model over all of the set's items (the others lead nowhere)
	 */
	public static ItemToItem train(TrainingSet set, int maxItems, double lambda, int keep) {
		double[] popularity = set.popularity();
		int[] chosen = IntStream.range(0, set.itemCount())
			.boxed()
			.sorted(Comparator.comparingDouble((Integer i) -> -popularity[i]).thenComparing(i -> i))
			.limit(maxItems)
			.mapToInt(Integer::intValue)
			.toArray();
		int[] columns = new int[set.itemCount()];
		Arrays.fill(columns, -1);
		for (int c = 0; c < chosen.length; c++) {
			columns[chosen[c]] = c;
		}
		int n = chosen.length;
		ItemToItem model = ItemToItem.empty(set.itemCount());
		if (n == 0) {
			return model;
		}
		DMatrixRMaj p = inverseOfRegularisedGram(set.userItemMatrix(columns, true), lambda);
		TopWeights top = new TopWeights(Math.min(keep, n));
		for (int i = 0; i < n; i++) {
			top.clear();
			for (int j = 0; j < n; j++) {
				if (i != j) {
					top.offer(chosen[j], -p.unsafe_get(i, j) / p.unsafe_get(j, j));
				}
			}
			top.drainInto(chosen[i], model.targets(), model.weights());
		}
		return model;
	}

	/**
	 * {@code (XᵀX + λI)⁻¹}. The Gram matrix is accumulated straight into a dense matrix
	 * from the rows of {@code X} (binary, so each row adds one to each pair of its
	 * items), which needs no sparse intermediate as large as itself; the inverse comes
	 * from EJML's Cholesky solver.
	 */
	private static DMatrixRMaj inverseOfRegularisedGram(DMatrixSparseCSC x, double lambda) {
		int n = x.numCols;
		DMatrixSparseCSC rows = CommonOps_DSCC.transpose(x, null, null);
		DMatrixRMaj gram = new DMatrixRMaj(n, n);
		double[] data = gram.data;
		for (int user = 0; user < rows.numCols; user++) {
			int from = rows.col_idx[user];
			int to = rows.col_idx[user + 1];
			for (int a = from; a < to; a++) {
				int offset = rows.nz_rows[a] * n;
				for (int b = from; b < to; b++) {
					data[offset + rows.nz_rows[b]] += 1;
				}
			}
		}
		for (int i = 0; i < n; i++) {
			gram.add(i, i, lambda);
		}
		LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(n);
		if (!solver.setA(gram)) {
			throw new IllegalStateException("XᵀX + λI is not positive definite: λ must be positive");
		}
		DMatrixRMaj inverse = new DMatrixRMaj(n, n);
		solver.invert(inverse);
		return inverse;
	}

}
