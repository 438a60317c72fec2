/**
 * What every service of the shop gets by depending on platform-web: problem details,
 * request ids, resource-server security, paging, ETags, idempotency keys, clients of
 * other services, OpenAPI and actuator defaults.
 */
@NullMarked
package dev.ecommerce.platform.web;

import org.jspecify.annotations.NullMarked;
