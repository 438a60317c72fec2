@NullMarked
package dev.ecommerce.platform.web.problem;

import org.jspecify.annotations.NullMarked;
