package dev.ecommerce.cart.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A coupon code to apply to a cart; matched without regard to case.
 *
 * @param code the code
 */
public record CouponCodeRequest(@NotBlank @Size(max = 40) String code) {

}
