@NullMarked
package dev.ecommerce.platform.web.schema;

import org.jspecify.annotations.NullMarked;
