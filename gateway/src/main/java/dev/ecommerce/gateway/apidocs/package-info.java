/**
 * One Swagger UI for the whole API: each service's OpenAPI document is served through the
 * gateway at {@code /v3/api-docs/<service>} and listed in the UI at
 * {@code /swagger-ui.html}.
 */
@NullMarked
package dev.ecommerce.gateway.apidocs;

import org.jspecify.annotations.NullMarked;
