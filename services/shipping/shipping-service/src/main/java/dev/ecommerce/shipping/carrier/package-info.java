/**
 * The carriers behind one interface: a
 * {@link dev.ecommerce.shipping.carrier.CarrierNetwork} quotes, sells labels and tracks
 * parcels, whether it is the built-in rate tables or a multi-carrier API
 * ({@code easypost}).
 */
@NullMarked
package dev.ecommerce.shipping.carrier;

import org.jspecify.annotations.NullMarked;
