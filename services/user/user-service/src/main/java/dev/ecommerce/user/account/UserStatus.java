package dev.ecommerce.user.account;

/** Whether an account can sign in. */
enum UserStatus {

	ACTIVE,

	/** By an admin: cannot log in or refresh. */
	DISABLED,

	/** Closed by its user: personal data erased. */
	DELETED

}
