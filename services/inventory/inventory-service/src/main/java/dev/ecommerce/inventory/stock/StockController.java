package dev.ecommerce.inventory.stock;

import java.util.UUID;

import dev.ecommerce.inventory.Actor;
import dev.ecommerce.inventory.api.StockAdjustmentRequest;
import dev.ecommerce.inventory.api.StockLevelRequest;
import dev.ecommerce.inventory.api.StockLevelResponse;
import dev.ecommerce.inventory.api.StockMovementResponse;
import dev.ecommerce.inventory.api.Texts;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/stores/{storeId}/stock")
@PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
@Validated
class StockController {

	private final StockLedger ledger;

	StockController(StockLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping
	PageResponse<StockLevelResponse> list(@PathVariable UUID storeId, PageQuery page,
			@AuthenticationPrincipal Jwt jwt) {
		return this.ledger.levels(Actor.of(jwt), storeId, page);
	}

	@GetMapping("/{sku}")
	StockLevelResponse get(@PathVariable UUID storeId,
			@PathVariable @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku,
			@AuthenticationPrincipal Jwt jwt) {
		return this.ledger.level(Actor.of(jwt), storeId, sku);
	}

	@PutMapping("/{sku}")
	StockLevelResponse set(@PathVariable UUID storeId,
			@PathVariable @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku,
			@Valid @RequestBody StockLevelRequest request, @AuthenticationPrincipal Jwt jwt) {
		return this.ledger.set(Actor.of(jwt), storeId, sku, request);
	}

	@GetMapping("/{sku}/movements")
	PageResponse<StockMovementResponse> movements(@PathVariable UUID storeId,
			@PathVariable @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku,
			PageQuery page, @AuthenticationPrincipal Jwt jwt) {
		return this.ledger.movements(Actor.of(jwt), storeId, sku, page);
	}

	@PostMapping("/{sku}/adjustments")
	@PreAuthorize("hasAnyRole('SELLER', 'ADMIN', 'SERVICE')")
	StockLevelResponse adjust(@PathVariable UUID storeId,
			@PathVariable @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku,
			@Valid @RequestBody StockAdjustmentRequest request, @AuthenticationPrincipal Jwt jwt) {
		return this.ledger.adjust(Actor.of(jwt), storeId, sku, request);
	}

}
