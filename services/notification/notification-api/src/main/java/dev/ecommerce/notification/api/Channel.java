package dev.ecommerce.notification.api;

/** How a notification reaches its recipient. */
public enum Channel {

	EMAIL, SMS, IN_APP, WEBHOOK

}
