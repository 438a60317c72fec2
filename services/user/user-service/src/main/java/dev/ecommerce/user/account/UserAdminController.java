package dev.ecommerce.user.account;

import java.util.UUID;

import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.user.api.RolesRequest;
import dev.ecommerce.user.api.UserResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/users")
class UserAdminController {

	private final UserAdministration administration;

	UserAdminController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	PageResponse<UserResponse> list(PageQuery page, @RequestParam(required = false) @Nullable String email) {
		return this.administration.list(page, email);
	}

	/**
	 * Admins and services read any account; a user reads only its own, and another's is
	 * not found, so that its existence is not revealed.
	 */
	@GetMapping("/{id}")
	UserResponse get(@PathVariable UUID id, Authentication caller) {
		boolean privileged = caller.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority())
					|| "ROLE_SERVICE".equals(authority.getAuthority()));
		if (!privileged && !id.toString().equals(caller.getName())) {
			throw new NotFoundException("No such user");
		}
		return this.administration.get(id);
	}

	@PutMapping("/{id}/roles")
	@PreAuthorize("hasRole('ADMIN')")
	UserResponse changeRoles(@PathVariable UUID id, @Valid @RequestBody RolesRequest request) {
		return this.administration.changeRoles(id, request.roles());
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize("hasRole('ADMIN')")
	UserResponse disable(@PathVariable UUID id) {
		return this.administration.disable(id);
	}

}
