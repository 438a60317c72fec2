/**
 * Black-box tests of the running shop: devstack starts it once per run, the tests talk to
 * the gateway only.
 */
@NullMarked
package dev.ecommerce.e2e;

import org.jspecify.annotations.NullMarked;
