package dev.ecommerce.user.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.user.api.Address;
import dev.ecommerce.user.api.Role;
import dev.ecommerce.user.api.UserResponse;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An account: who it is, how it signs in, what it may do.
 */
@Entity
@Table(name = "users")
class User {

	@Id
	private UUID id;

	private @Nullable String email;

	private @Nullable String passwordHash;

	private String fullName;

	private @Nullable String phone;

	@Enumerated(EnumType.STRING)
	private UserStatus status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_address", joinColumns = @JoinColumn(name = "user_id"))
	@OrderColumn(name = "position")
	private List<AddressEntry> addresses = new ArrayList<>();

	@Version
	private @Nullable Long version;

	private Instant createdAt;

	private Instant updatedAt;

	protected User() {
		// for JPA
		this.id = UUID.randomUUID();
		this.fullName = "";
		this.status = UserStatus.ACTIVE;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	User(UUID id, String email, String passwordHash, String fullName, Set<Role> roles, Instant now) {
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.status = UserStatus.ACTIVE;
		this.roles = EnumSet.copyOf(roles);
		this.createdAt = now;
		this.updatedAt = now;
	}

	boolean canSignIn() {
		return this.status == UserStatus.ACTIVE;
	}

	void changeRoles(Set<Role> roles, Instant now) {
		this.roles.clear();
		this.roles.addAll(roles);
		this.updatedAt = now;
	}

	/**
	 * Disables the account, unless it is not active.
	 * @param now the time of the change
	 * @return whether it changed
	 */
	boolean disable(Instant now) {
		if (this.status != UserStatus.ACTIVE) {
			return false;
		}
		this.status = UserStatus.DISABLED;
		this.updatedAt = now;
		return true;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.updatedAt = now;
	}

	/**
	 * Changes the name, phone and address book. The first address is the default when
	 * none is marked.
	 * @throws InvalidRequestException if more than one address is the default
	 */
	void changeProfile(String fullName, @Nullable String phone, List<Address> addresses, Instant now) {
		long defaults = addresses.stream().filter((address) -> Boolean.TRUE.equals(address.isDefault())).count();
		if (defaults > 1) {
			throw new InvalidRequestException("addresses", "at most one address can be the default");
		}
		this.fullName = fullName;
		this.phone = phone;
		this.addresses.clear();
		for (int i = 0; i < addresses.size(); i++) {
			Address address = addresses.get(i);
			this.addresses
				.add(new AddressEntry(address, Boolean.TRUE.equals(address.isDefault()) || (defaults == 0 && i == 0)));
		}
		this.updatedAt = now;
	}

	/** Closes the account and erases what identifies the person; the id remains. */
	void close(Instant now) {
		this.status = UserStatus.DELETED;
		this.email = null;
		this.passwordHash = null;
		this.fullName = "";
		this.phone = null;
		this.addresses.clear();
		this.roles.clear();
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	@Nullable String email() {
		return this.email;
	}

	@Nullable String passwordHash() {
		return this.passwordHash;
	}

	String fullName() {
		return this.fullName;
	}

	UserStatus status() {
		return this.status;
	}

	List<Role> roles() {
		return this.roles.stream().sorted().toList();
	}

	UserResponse toResponse() {
		return new UserResponse(this.id, (this.email != null) ? this.email : "", this.fullName, this.phone, roles(),
				this.addresses.stream().map(AddressEntry::toAddress).toList(), this.status == UserStatus.ACTIVE,
				(this.version != null) ? this.version : 0, this.createdAt);
	}

}
