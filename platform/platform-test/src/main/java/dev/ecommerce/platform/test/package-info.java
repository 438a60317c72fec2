/**
 * Test support shared by every service: the test run's database, broker and tokens.
 */
@NullMarked
package dev.ecommerce.platform.test;

import org.jspecify.annotations.NullMarked;
