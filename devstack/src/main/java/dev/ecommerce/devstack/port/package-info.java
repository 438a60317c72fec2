/**
 * Checks that the fixed ports the stack needs are free before anything starts.
 */
@NullMarked
package dev.ecommerce.devstack.port;

import org.jspecify.annotations.NullMarked;
