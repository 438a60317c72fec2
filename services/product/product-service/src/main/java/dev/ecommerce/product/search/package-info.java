/**
 * Search on PostgreSQL: full text with typo correction, completions, filters, sorting and
 * facets (docs/adr/0005-product-search.md). Reads the product table only; what it reads
 * is kept up to date through {@link dev.ecommerce.product.search.SearchIndex}.
 */
@NullMarked
package dev.ecommerce.product.search;

import org.jspecify.annotations.NullMarked;
