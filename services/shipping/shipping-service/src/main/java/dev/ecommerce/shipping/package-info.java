/**
 * The shipping service: rate tables and quotes ({@code rates}), the carriers behind one
 * interface ({@code carrier}), shipments with their tracking ({@code shipment}) and their
 * labels ({@code label}).
 */
@NullMarked
package dev.ecommerce.shipping;

import org.jspecify.annotations.NullMarked;
