package dev.ecommerce.notification.dispatch;

import dev.ecommerce.notification.api.Preferences;

/** The categories a user can turn off, named as in the preferences. */
public enum Category {

	ORDER_UPDATES("orderUpdates"), SHIPPING("shipping"), MARKETING("marketing"), ACCOUNT("account");

	private final String key;

	Category(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	boolean acceptedIn(Preferences.Categories categories) {
		return switch (this) {
			case ORDER_UPDATES -> categories.orderUpdates();
			case SHIPPING -> categories.shipping();
			case MARKETING -> categories.marketing();
			case ACCOUNT -> categories.account();
		};
	}

}
