package dev.ecommerce.notification.dispatch;

import java.util.List;

/**
 * What a notification is about. Each kind names its words in the message bundle, its mail
 * templates (SMS and the inbox use {@code short/brief.txt} with the kind's {@code .short}
 * words), its category, whether it is transactional (mailed whatever the preferences
 * say), where else it goes, and which values of its model fill the subject's
 * placeholders.
 */
public enum Kind {

	WELCOME("welcome", "welcome", Category.ACCOUNT, false, Reach.IN_APP, "name"),
	PASSWORD_RESET("password-reset", "password-reset", Category.ACCOUNT, true, Reach.EMAIL_ONLY),
	ORDER_PLACED("order-placed", "order", Category.ORDER_UPDATES, true, Reach.IN_APP, "number"),
	ORDER_CONFIRMED("order-confirmed", "order", Category.ORDER_UPDATES, true, Reach.ALL, "number"),
	ORDER_REJECTED("order-rejected", "update", Category.ORDER_UPDATES, true, Reach.ALL, "number"),
	ORDER_PAYMENT_FAILED("order-payment-failed", "update", Category.ORDER_UPDATES, true, Reach.ALL, "number"),
	ORDER_CANCELLED("order-cancelled", "update", Category.ORDER_UPDATES, true, Reach.ALL, "number"),
	ORDER_REFUNDED("order-refunded", "update", Category.ORDER_UPDATES, true, Reach.IN_APP, "number"),
	RETURN_REQUESTED("return-requested", "update", Category.ORDER_UPDATES, true, Reach.IN_APP, "number"),
	RETURN_RECEIVED("return-received", "update", Category.ORDER_UPDATES, true, Reach.IN_APP, "number"),
	SHIPMENT_CREATED("shipment-created", "shipment-created", Category.SHIPPING, false, Reach.ALL, "number"),
	SHIPMENT_OUT_FOR_DELIVERY("shipment-out-for-delivery", "update", Category.SHIPPING, false, Reach.ALL, "number"),
	SHIPMENT_DELIVERED("shipment-delivered", "update", Category.SHIPPING, false, Reach.ALL, "number"),
	SHIPMENT_EXCEPTION("shipment-exception", "update", Category.SHIPPING, false, Reach.ALL, "number"),
	LOW_STOCK("low-stock", "low-stock", Category.ACCOUNT, false, Reach.SELLER, "sku"),
	SELLER_NEW_ORDER("seller-new-order", "seller-new-order", Category.ORDER_UPDATES, false, Reach.SELLER, "number"),
	CAMPAIGN("campaign", "campaign", Category.MARKETING, false, Reach.EMAIL_ONLY, "subject");

	private final String key;

	private final String mailTemplate;

	private final Category category;

	private final boolean transactional;

	private final Reach channels;

	private final List<String> subjectArguments;

	Kind(String key, String mailTemplate, Category category, boolean transactional, Reach channels,
			String... subjectArguments) {
		this.key = key;
		this.mailTemplate = mailTemplate;
		this.category = category;
		this.transactional = transactional;
		this.channels = channels;
		this.subjectArguments = List.of(subjectArguments);
	}

	/**
	 * The prefix of its words in the message bundle: {@code <key>.subject},
	 * {@code <key>.short}.
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Its mail templates, {@code mail/<name>.html} and {@code .txt}; several kinds share
	 * one.
	 */
	String mailTemplate() {
		return this.mailTemplate;
	}

	public Category category() {
		return this.category;
	}

	/** Mailed whatever the email channel and the categories say. */
	public boolean transactional() {
		return this.transactional;
	}

	List<String> subjectArguments() {
		return this.subjectArguments;
	}

	boolean inApp() {
		return this.channels != Reach.EMAIL_ONLY;
	}

	boolean sms() {
		return this.channels == Reach.ALL;
	}

	boolean webhook() {
		return this.channels == Reach.SELLER;
	}

	/** Beside mail: the password reset's token stays out of the inbox and SMS. */
	private enum Reach {

		EMAIL_ONLY, IN_APP, ALL, SELLER

	}

}
