package dev.ecommerce.cart.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A guest cart to join into the signed-in user's cart.
 *
 * @param guestCartId the guest cart
 * @param cartToken its token
 */
public record MergeRequest(@NotNull UUID guestCartId, @NotBlank @Size(max = 100) String cartToken) {

}
