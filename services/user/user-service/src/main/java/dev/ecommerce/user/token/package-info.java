/**
 * Tokens: RS256 access tokens signed by keys kept in the database and published as a
 * JWKS, and opaque refresh tokens stored hashed, rotated on every use. Knows nothing of
 * accounts beyond their ids and roles.
 */
@NullMarked
package dev.ecommerce.user.token;

import org.jspecify.annotations.NullMarked;
