/**
 * Discount campaigns to the users who accept marketing.
 */
@NullMarked
package dev.ecommerce.notification.campaign;

import org.jspecify.annotations.NullMarked;
