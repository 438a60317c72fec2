package dev.ecommerce.bench.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one stretch of a step measured: each call's answers, and the pages sent, dropped
 * and completed.
 */
final class Window {

	private final Map<Call, CallStats> calls = new EnumMap<>(Call.class);

	/** Pages whose arrival fell in this window and were sent. */
	final LongAdder sent = new LongAdder();

	/**
	 * Pages whose arrival fell in this window but were not sent: the generator's own
	 * limit of pages in flight was reached (the stack is far past its knee).
	 */
	final LongAdder dropped = new LongAdder();

	/** Pages that ended in this window with every answer 2xx, whenever they arrived. */
	final LongAdder completed = new LongAdder();

	/** Pages that ended in this window with a failure, whenever they arrived. */
	final LongAdder failed = new LongAdder();

	Window() {
		for (Call call : Call.values()) {
			this.calls.put(call, new CallStats());
		}
	}

	CallStats stats(Call call) {
		return this.calls.get(call);
	}

}
