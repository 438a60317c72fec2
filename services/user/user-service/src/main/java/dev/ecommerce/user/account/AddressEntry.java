package dev.ecommerce.user.account;

import dev.ecommerce.user.api.Address;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * An address of the book, as kept in {@code user_address}.
 */
@Embeddable
class AddressEntry {

	private @Nullable String label;

	private String line1;

	private @Nullable String line2;

	private String city;

	private String postalCode;

	private String country;

	private boolean isDefault;

	protected AddressEntry() {
		// for JPA
		this.line1 = "";
		this.city = "";
		this.postalCode = "";
		this.country = "";
	}

	AddressEntry(Address address, boolean isDefault) {
		this.label = address.label();
		this.line1 = address.line1().strip();
		this.line2 = address.line2();
		this.city = address.city().strip();
		this.postalCode = address.postalCode().strip();
		this.country = address.country();
		this.isDefault = isDefault;
	}

	Address toAddress() {
		return new Address(this.label, this.line1, this.line2, this.city, this.postalCode, this.country,
				this.isDefault);
	}

}
