/**
 * An adapter to an EasyPost-style multi-carrier REST API: rates, labels and trackers of
 * many carriers through one account.
 */
@NullMarked
package dev.ecommerce.shipping.carrier.easypost;

import org.jspecify.annotations.NullMarked;
