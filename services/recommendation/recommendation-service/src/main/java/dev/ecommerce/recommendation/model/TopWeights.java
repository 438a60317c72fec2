package dev.ecommerce.recommendation.model;

import java.util.Arrays;

/**
 * Collects the largest positive weights of one row, in a bounded min-heap, and hands them
 * out strongest first (ties by the lower item number, so that rankings are exact).
 */
final class TopWeights {

	private final int capacity;

	private final int[] items;

	private final double[] weights;

	private int size;

	TopWeights(int capacity) {
		this.capacity = capacity;
		this.items = new int[capacity];
		this.weights = new double[capacity];
	}

	void clear() {
		this.size = 0;
	}

	void offer(int item, double weight) {
		if (weight <= 0 || this.capacity == 0) {
			return;
		}
		if (this.size < this.capacity) {
			this.items[this.size] = item;
			this.weights[this.size] = weight;
			this.size++;
			if (this.size == this.capacity) {
				heapify();
			}
			return;
		}
		if (weaker(item, weight, this.items[0], this.weights[0])) {
			return;
		}
		this.items[0] = item;
		this.weights[0] = weight;
		siftDown(0);
	}

	/** Writes the kept weights, strongest first, into a row of a model. */
	void drainInto(int row, int[][] targets, float[][] weightsOut) {
		Integer[] order = new Integer[this.size];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, (a, b) -> weaker(this.items[a], this.weights[a], this.items[b], this.weights[b]) ? 1 : -1);
		targets[row] = new int[this.size];
		weightsOut[row] = new float[this.size];
		for (int k = 0; k < this.size; k++) {
			targets[row][k] = this.items[order[k]];
			weightsOut[row][k] = (float) this.weights[order[k]];
		}
		this.size = 0;
	}

	private static boolean weaker(int item, double weight, int otherItem, double otherWeight) {
		return weight < otherWeight || (weight == otherWeight && item > otherItem);
	}

	private void heapify() {
		for (int i = this.size / 2 - 1; i >= 0; i--) {
			siftDown(i);
		}
	}

	private void siftDown(int i) {
		while (true) {
			int left = 2 * i + 1;
			int right = left + 1;
			int weakest = i;
			if (left < this.size
					&& weaker(this.items[left], this.weights[left], this.items[weakest], this.weights[weakest])) {
				weakest = left;
			}
			if (right < this.size
					&& weaker(this.items[right], this.weights[right], this.items[weakest], this.weights[weakest])) {
				weakest = right;
			}
			if (weakest == i) {
				return;
			}
			swap(i, weakest);
			i = weakest;
		}
	}

	private void swap(int a, int b) {
		int item = this.items[a];
		double weight = this.weights[a];
		this.items[a] = this.items[b];
		this.weights[a] = this.weights[b];
		this.items[b] = item;
		this.weights[b] = weight;
	}

}
