/**
 * Runs the whole shop on one machine: the {@link dev.ecommerce.devstack.Stack} API and
 * the {@code devstack} program.
 */
@NullMarked
package dev.ecommerce.devstack;

import org.jspecify.annotations.NullMarked;
