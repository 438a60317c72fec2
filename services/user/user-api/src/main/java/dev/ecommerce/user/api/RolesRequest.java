package dev.ecommerce.user.api;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The roles an admin gives a user ({@code PUT /users/{id}/roles}); {@code SERVICE} is for
 * service clients only.
 *
 * @param roles the user's roles from now on
 */
public record RolesRequest(@NotEmpty Set<@NotNull Role> roles) {

}
