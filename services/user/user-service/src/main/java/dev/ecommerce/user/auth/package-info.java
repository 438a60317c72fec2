/**
 * Signing in: login with email and password, refresh, logout, and the client-credentials
 * grant of the other services.
 */
@NullMarked
package dev.ecommerce.user.auth;

import org.jspecify.annotations.NullMarked;
