/**
 * JSON Merge Patch (RFC 7386) of a request representation, validated as a whole.
 */
@NullMarked
package dev.ecommerce.platform.web.patch;

import org.jspecify.annotations.NullMarked;
