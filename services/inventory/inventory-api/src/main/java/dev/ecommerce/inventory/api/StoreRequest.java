package dev.ecommerce.inventory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A store as an admin describes it.
 *
 * @param code its short unique code, such as {@code WH-LONDON}
 * @param name its name
 * @param type a warehouse or a retail shop
 * @param address where it is
 * @param active whether its stock counts and can be reserved; {@code true} when not given
 */
public record StoreRequest(
		@NotBlank @Size(max = 32) @Pattern(regexp = Texts.CODE, message = Texts.CODE_MESSAGE) String code,
		@NotBlank @Size(max = 200) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String name,
		@NotNull StoreType type, @NotNull @Valid Address address, @Nullable Boolean active) {

}
