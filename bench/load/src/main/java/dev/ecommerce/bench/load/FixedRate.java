package dev.ecommerce.bench.load;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends pages at a fixed rate whatever the answers (an open model): page k is due at
 * {@code start + k / rate}, and is handed to a thread of its own at that moment, however
 * many earlier pages are still waiting for their answers. A slow stack therefore meets
 * the same arrivals as a fast one, and its queueing shows in the latency (no coordinated
 * omission). Only past {@code maxInFlight} pages in flight are pages dropped, and
 * counted.
 */
final class FixedRate implements AutoCloseable {

	private final Pages pages;

	private final int maxInFlight;

	private final Duration drain;

	private final ExecutorService browsers = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "shopper");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicInteger inFlight = new AtomicInteger();

	private final Random random = new Random(17);

	FixedRate(Pages pages, int maxInFlight, Duration drain) {
		this.pages = pages;
		this.maxInFlight = maxInFlight;
		this.drain = drain;
	}

	/**
	 * Runs one step: a warm-up, then the measured window, at the same rate; then waits
	 * for the pages still in flight.
	 * @param rate pages per second
	 * @param onMeasuring called as the measured window opens
	 * @param onMeasured called as it closes, before the wait for the pages in flight
	 * @return the measured window
	 */
	Window run(double rate, Duration warmup, Duration measured, Runnable onMeasuring, Runnable onMeasured)
			throws InterruptedException {
		Page.Deck deck = new Page.Deck(this.random);
		Window warming = new Window();
		Window window = new Window();
		long period = Math.round(TimeUnit.SECONDS.toNanos(1) / rate);
		long start = System.nanoTime();
		long measureFrom = start + warmup.toNanos();
		long end = measureFrom + measured.toNanos();
		boolean measuring = false;
		for (long k = 0;; k++) {
			long due = start + k * period;
			if (due >= end) {
				break;
			}
			for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
				LockSupport.parkNanos(due - now);
			}
			if (!measuring && due >= measureFrom) {
				measuring = true;
				onMeasuring.run();
			}
			Window arrivals = measuring ? window : warming;
			if (this.inFlight.get() >= this.maxInFlight) {
				arrivals.dropped.increment();
				continue;
			}
			arrivals.sent.increment();
			this.inFlight.incrementAndGet();
			Page page = deck.next();
			this.browsers.execute(() -> {
				try {
					boolean ok = this.pages.open(page, due, arrivals);
					long ended = System.nanoTime();
					if (ended >= measureFrom && ended < end) {
						(ok ? window.completed : window.failed).increment();
					}
				}
				finally {
					this.inFlight.decrementAndGet();
				}
			});
		}
		for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
			LockSupport.parkNanos(end - now);
		}
		onMeasured.run();
		long waitUntil = System.nanoTime() + this.drain.toNanos();
		while (this.inFlight.get() > 0 && System.nanoTime() < waitUntil) {
			Thread.sleep(50);
		}
		return window;
	}

	int inFlight() {
		return this.inFlight.get();
	}

	@Override
	public void close() {
		this.browsers.shutdownNow();
	}

}
