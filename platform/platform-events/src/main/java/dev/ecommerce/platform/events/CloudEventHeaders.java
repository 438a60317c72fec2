package dev.ecommerce.platform.events;

/**
 * The Kafka headers of a CloudEvent in binary content mode (CloudEvents 1.0 Kafka
 * protocol binding): the attributes travel as {@code ce_}-prefixed headers with UTF-8
 * values, the body is the event's data.
 */
public final class CloudEventHeaders {

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String ID = "ce_id";

	public static final String TYPE = "ce_type";

	public static final String SOURCE = "ce_source";

	public static final String TIME = "ce_time";

	public static final String SUBJECT = "ce_subject";

	/** Binary mode carries the data's media type in Kafka's own content-type header. */
	public static final String CONTENT_TYPE = "content-type";

	public static final String SPEC_VERSION_1_0 = "1.0";

	public static final String JSON = "application/json";

	private CloudEventHeaders() {
	}

}
