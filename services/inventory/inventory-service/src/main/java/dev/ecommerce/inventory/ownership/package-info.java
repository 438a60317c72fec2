/**
 * Which seller owns each SKU, kept from the product service's events: sellers manage the
 * stock of their own SKUs only.
 */
@NullMarked
package dev.ecommerce.inventory.ownership;

import org.jspecify.annotations.NullMarked;
