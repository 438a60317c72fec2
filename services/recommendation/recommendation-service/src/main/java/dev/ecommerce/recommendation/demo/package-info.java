/**
 * The {@code demo} profile: the online-retail history loaded at start-up, so that
 * recommendations are there from the start.
 */
@NullMarked
package dev.ecommerce.recommendation.demo;

import org.jspecify.annotations.NullMarked;
