/**
 * Architecture rules shared by every service.
 */
@NullMarked
package dev.ecommerce.platform.test.architecture;

import org.jspecify.annotations.NullMarked;
