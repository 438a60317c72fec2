package dev.ecommerce.inventory.stock;

import dev.ecommerce.inventory.Actor;
import dev.ecommerce.inventory.api.LowStockAlertResponse;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AlertController {

	private final LowStockAlerts alerts;

	AlertController(LowStockAlerts alerts) {
		this.alerts = alerts;
	}

	/**
	 * Open alerts: a seller's own SKUs, or all for an admin. The roles are checked here,
	 * not with {@code @PreAuthorize}: {@code GET /inventory/{sku}} is public and its
	 * pattern takes this path in too, so a request without a token must still be a 401.
	 */
	@GetMapping("/inventory/alerts")
	@Transactional(readOnly = true)
	PageResponse<LowStockAlertResponse> list(PageQuery page, @AuthenticationPrincipal @Nullable Jwt jwt) {
		if (jwt == null) {
			throw new InsufficientAuthenticationException("A token is required");
		}
		java.util.List<String> roles = jwt.getClaimAsStringList("roles");
		if (roles == null || !(roles.contains("SELLER") || roles.contains("ADMIN"))) {
			throw new AccessDeniedException("Sellers and admins only");
		}
		Actor actor = Actor.of(jwt);
		java.util.UUID seller = actor.admin() ? null : actor.id();
		return PageResponse.of(this.alerts.open(seller, page.size(), (long) page.page() * page.size()), page,
				this.alerts.countOpen(seller));
	}

}
