package dev.ecommerce.user.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Asks for a password reset link ({@code POST /auth/password-reset}).
 *
 * @param email the account's email
 */
public record PasswordResetRequest(@NotBlank @Size(max = 254) String email) {

}
