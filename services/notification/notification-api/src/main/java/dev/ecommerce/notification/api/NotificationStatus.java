package dev.ecommerce.notification.api;

/** Where a notification's delivery stands. */
public enum NotificationStatus {

	/** Not delivered yet; attempts remain. */
	PENDING,
	/** Delivered (for the in-app inbox: stored). */
	SENT,
	/** Every attempt failed. */
	FAILED

}
