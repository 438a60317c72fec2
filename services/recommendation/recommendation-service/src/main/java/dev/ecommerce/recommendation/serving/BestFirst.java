package dev.ecommerce.recommendation.serving;

import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Scored products handed out best first without sorting them all: a heap built in linear
 * time, polled only as far as an answer needs (a few more than {@code limit} when some
 * are left out).
 */
final class BestFirst implements Iterable<Scored> {

	private final PriorityQueue<Scored> heap;

	BestFirst(Collection<Scored> scored) {
		this.heap = new PriorityQueue<>(Math.max(1, scored.size()), Scored.BEST_FIRST);
		this.heap.addAll(scored);
	}

	@Override
	public Iterator<Scored> iterator() {
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return !BestFirst.this.heap.isEmpty();
			}

			@Override
			public Scored next() {
				Scored next = BestFirst.this.heap.poll();
				if (next == null) {
					throw new NoSuchElementException();
				}
				return next;
			}
		};
	}

}
