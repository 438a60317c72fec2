package dev.ecommerce.user.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.user.api.RegistrationRequest;
import dev.ecommerce.user.api.Role;
import dev.ecommerce.user.api.UserResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers accounts and checks the passwords of those who sign in.
 */
@Service
public class Accounts {

	private final Users users;

	private final Passwords passwords;

	private final UserEvents events;

	private final Clock clock;

	Accounts(Users users, Passwords passwords, UserEvents events, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers a customer.
	 * @param request the email, password and name
	 * @return the new account
	 * @throws ConflictException if the email is taken
	 */
	@Transactional
	public UserResponse register(RegistrationRequest request) {
		return create(UUID.randomUUID(), request, Set.of(Role.CUSTOMER)).toResponse();
	}

	/**
	 * Opens an account with the given id and roles, unless its id or email is taken: for
	 * accounts that must exist, such as the demo's.
	 * @param id the account's id
	 * @param request the email, password and name
	 * @param roles its roles
	 * @return whether the account was opened
	 */
	@Transactional
	public boolean openIfAbsent(UUID id, RegistrationRequest request, Set<Role> roles) {
		if (this.users.existsById(id) || this.users.existsByEmail(Emails.normalise(request.email()))) {
			return false;
		}
		create(id, request, roles);
		return true;
	}

	/**
	 * Opens customer accounts that share one password, each unless its id or email is
	 * taken: the demo's retail shoppers. The password is checked against all their emails
	 * and names and hashed once, so the accounts share one Argon2id hash, salt included:
	 * fit only for a password that is public anyway, as the demo's is, and a hash instead
	 * of one per account at start-up, where each costs a core tens of milliseconds.
	 * @param accounts the accounts, each with its id, email and name (its password is
	 * ignored)
	 * @param password their password
	 * @return how many were opened
	 */
	@Transactional
	public int openAllIfAbsent(Map<UUID, RegistrationRequest> accounts, String password) {
		Map<UUID, RegistrationRequest> absent = new LinkedHashMap<>();
		accounts.forEach((id, request) -> {
			if (!this.users.existsById(id) && !this.users.existsByEmail(Emails.normalise(request.email()))) {
				absent.put(id, request);
			}
		});
		if (absent.isEmpty()) {
			return 0;
		}
		List<String> inputs = absent.values()
			.stream()
			.flatMap((request) -> Stream.of(Emails.normalise(request.email()), request.fullName().strip()))
			.toList();
		this.passwords.check("password", password, inputs);
		String hash = this.passwords.hash(password);
		absent.forEach((id, request) -> insert(id, request, hash, Set.of(Role.CUSTOMER)));
		return absent.size();
	}

	private User create(UUID id, RegistrationRequest request, Set<Role> roles) {
		String email = Emails.normalise(request.email());
		String fullName = request.fullName().strip();
		this.passwords.check("password", request.password(), List.of(email, fullName));
		return insert(id, request, this.passwords.hash(request.password()), roles);
	}

	private User insert(UUID id, RegistrationRequest request, String passwordHash, Set<Role> roles) {
		String email = Emails.normalise(request.email());
		if (this.users.existsByEmail(email)) {
			throw new ConflictException("An account with this email exists already");
		}
		User user = new User(id, email, passwordHash, request.fullName().strip(), roles, this.clock.instant());
		try {
			this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			// registered at the same moment by another request
			throw new ConflictException("An account with this email exists already");
		}
		this.events.registered(user);
		return user;
	}

	/**
	 * Checks an email and password. Takes as long for an unknown email as for a wrong
	 * password, and answers the same.
	 * @param email the email, as typed
	 * @param password the password
	 * @return the account, if the password is its and it may sign in
	 */
	@Transactional(readOnly = true)
	public Optional<ActiveAccount> authenticate(String email, String password) {
		Optional<User> user = this.users.findByEmail(Emails.normalise(email));
		boolean matches = this.passwords.matches(password, user.map(User::passwordHash).orElse(null));
		return user.filter((found) -> matches && found.canSignIn()).map(ActiveAccount::of);
	}

	/**
	 * An account by its id, if it may still sign in (not disabled nor closed).
	 * @param userId the account
	 * @return the account and its current roles
	 */
	@Transactional(readOnly = true)
	public Optional<ActiveAccount> active(UUID userId) {
		return this.users.findById(userId).filter(User::canSignIn).map(ActiveAccount::of);
	}

}
