/**
 * Shipping labels: 4×6 inch PDFs with both addresses, the carrier and service, the
 * weight, the order number and the tracking number as a Code 128 barcode.
 */
@NullMarked
package dev.ecommerce.shipping.label;

import org.jspecify.annotations.NullMarked;
