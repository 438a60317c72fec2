/**
 * Products and their variants: sellers manage their own, admins all, everyone reads the
 * active ones. Changes are published as events through the outbox.
 */
@NullMarked
package dev.ecommerce.product.catalog;

import org.jspecify.annotations.NullMarked;
