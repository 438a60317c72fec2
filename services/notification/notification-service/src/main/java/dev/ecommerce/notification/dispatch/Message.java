package dev.ecommerce.notification.dispatch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something to tell one recipient.
 *
 * @param sourceId what it is for: the id of the event, or of the campaign; a recipient
 * gets one notification per source and channel
 * @param kind what it is about
 * @param recipientId the user, seller or admin
 * @param model the values its templates show
 */
public record Message(String sourceId, Kind kind, UUID recipientId, Map<String, Object> model) {

	public Message {
		model = Map.copyOf(model);
	}

	/**
	 * A model from keys and values, leaving out the values that are {@code null} (an
	 * event's optional fields).
	 */
	public static Map<String, Object> model(@Nullable Object... keysAndValues) {
		Map<String, Object> model = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			if (value != null) {
				model.put(String.valueOf(keysAndValues[i]), value);
			}
		}
		return model;
	}

}
