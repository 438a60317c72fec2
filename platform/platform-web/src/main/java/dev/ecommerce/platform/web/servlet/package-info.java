/**
 * Servlet helpers for the platform's filters and the services' own.
 */
@NullMarked
package dev.ecommerce.platform.web.servlet;

import org.jspecify.annotations.NullMarked;
