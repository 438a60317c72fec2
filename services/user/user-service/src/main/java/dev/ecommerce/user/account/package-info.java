/**
 * Accounts: registration, the checks of a password, profiles and their management by
 * admins. Changes are published as events through the outbox.
 */
@NullMarked
package dev.ecommerce.user.account;

import org.jspecify.annotations.NullMarked;
