package dev.ecommerce.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What the test application's listeners received.
 */
public class ReceivedEvents {

	private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	void add(ConsumerRecord<String, byte[]> record) {
		this.records.add(record);
	}

	void attempted(ConsumerRecord<String, byte[]> record) {
		this.attempts.computeIfAbsent(record.key(), (key) -> new AtomicInteger()).incrementAndGet();
	}

	/** The records about the subject, in the order they arrived. */
	public List<ConsumerRecord<String, byte[]>> about(String subject) {
		return this.records.stream()
			.filter((record) -> subject.equals(header(record, CloudEventHeaders.SUBJECT)))
			.toList();
	}

	/** How often the failing listener was given records of the key. */
	public int attempts(String key) {
		AtomicInteger count = this.attempts.get(key);
		return (count != null) ? count.get() : 0;
	}

	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
