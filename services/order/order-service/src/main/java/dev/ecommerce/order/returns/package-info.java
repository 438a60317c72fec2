/**
 * Returns: the customer asks for lines of a delivered order back, an admin receives them,
 * refunds and restocks.
 */
@NullMarked
package dev.ecommerce.order.returns;

import org.jspecify.annotations.NullMarked;
