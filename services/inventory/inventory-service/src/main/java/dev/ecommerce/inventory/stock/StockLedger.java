package dev.ecommerce.inventory.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.inventory.Actor;
import dev.ecommerce.inventory.api.MovementKind;
import dev.ecommerce.inventory.api.StockAdjustmentRequest;
import dev.ecommerce.inventory.api.StockLevelRequest;
import dev.ecommerce.inventory.api.StockLevelResponse;
import dev.ecommerce.inventory.api.StockMovementResponse;
import dev.ecommerce.inventory.ownership.SkuOwners;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets and adjusts the stock of SKUs in stores. Each change is recorded as a movement in
 * the ledger and announced with {@code StockLevelChanged}, in one transaction.
 */
@Service
public class StockLedger {

	private final StockRows rows;

	private final SkuOwners owners;

	private final StockEvents events;

	private final LowStockAlerts alerts;

	private final Clock clock;

	StockLedger(StockRows rows, SkuOwners owners, StockEvents events, LowStockAlerts alerts, Clock clock) {
		this.rows = rows;
		this.owners = owners;
		this.events = events;
		this.alerts = alerts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResponse<StockLevelResponse> levels(Actor actor, UUID storeId, PageQuery query) {
		query.toSort(Map.of("sku", "sku"));
		if (!this.rows.storeExists(storeId)) {
			throw noStore(storeId);
		}
		UUID seller = actor.admin() ? null : actor.id();
		return PageResponse.of(this.rows.levels(storeId, seller, query.size(), (long) query.page() * query.size()),
				query, this.rows.countLevels(storeId, seller));
	}

	/**
	 * One level; a seller sees only the SKUs it owns.
	 */
	@Transactional(readOnly = true)
	public StockLevelResponse level(Actor actor, UUID storeId, String sku) {
		if (!this.owners.mayManage(actor, sku)) {
			throw new NotFoundException("No SKU " + sku + " of yours.");
		}
		if (!this.rows.storeExists(storeId)) {
			throw noStore(storeId);
		}
		return this.rows.level(storeId, sku)
			.orElseThrow(() -> new NotFoundException("Store " + storeId + " has no stock level for " + sku + "."));
	}

	/**
	 * The ledger of one level, newest first; a seller sees only the SKUs it owns.
	 */
	@Transactional(readOnly = true)
	public PageResponse<StockMovementResponse> movements(Actor actor, UUID storeId, String sku, PageQuery query) {
		if (!this.owners.mayManage(actor, sku)) {
			throw new NotFoundException("No SKU " + sku + " of yours.");
		}
		if (!this.rows.storeExists(storeId)) {
			throw noStore(storeId);
		}
		return PageResponse.of(this.rows.movements(storeId, sku, query.size(), (long) query.page() * query.size()),
				query, this.rows.countMovements(storeId, sku));
	}

	/**
	 * Sets the units on hand, as a count does; the difference is a {@code CORRECTION}.
	 */
	@Transactional
	public StockLevelResponse set(Actor actor, UUID storeId, String sku, StockLevelRequest request) {
		StockLevelResponse current = lock(actor, storeId, sku);
		int onHand = request.onHand();
		int threshold = (request.lowStockThreshold() != null) ? request.lowStockThreshold()
				: (current != null) ? current.lowStockThreshold() : 0;
		return write(actor, storeId, sku, current, onHand, threshold, MovementKind.CORRECTION, request.note());
	}

	/**
	 * Adds or takes units: received, sold, returned, written off or corrected.
	 */
	@Transactional
	public StockLevelResponse adjust(Actor actor, UUID storeId, String sku, StockAdjustmentRequest request) {
		int delta = request.delta();
		checkDirection(request.reason(), delta);
		StockLevelResponse current = lock(actor, storeId, sku);
		long onHand = ((current != null) ? current.onHand() : 0) + (long) delta;
		if (onHand > StockLevelRequest.MAX_UNITS) {
			throw new InvalidRequestException("delta",
					"would make more than " + StockLevelRequest.MAX_UNITS + " units on hand");
		}
		int threshold = (current != null) ? current.lowStockThreshold() : 0;
		return write(actor, storeId, sku, current, (int) Math.max(onHand, -1), threshold, request.reason(),
				request.note());
	}

	private @Nullable StockLevelResponse lock(Actor actor, UUID storeId, String sku) {
		if (!this.owners.mayManage(actor, sku)) {
			throw new NotFoundException("No SKU " + sku + " of yours.");
		}
		if (!this.rows.lockStore(storeId)) {
			throw noStore(storeId);
		}
		this.rows.lockItems(List.of(sku), true);
		return this.rows.level(storeId, sku).orElse(null);
	}

	private StockLevelResponse write(Actor actor, UUID storeId, String sku, @Nullable StockLevelResponse current,
			int onHand, int threshold, MovementKind kind, @Nullable String note) {
		int reserved = (current != null) ? current.reserved() : 0;
		if (onHand < reserved) {
			throw new ConflictException(ProblemTypes.of("insufficient-stock"), "Insufficient stock",
					"Store " + storeId + " has " + ((current != null) ? current.onHand() : 0) + " units of " + sku
							+ " on hand, " + reserved
							+ " of them reserved; on hand cannot go below the reserved units.");
		}
		Instant now = now();
		if (current == null) {
			this.rows.insertLevel(storeId, sku, onHand, threshold, now);
		}
		else {
			this.rows.updateLevel(storeId, sku, onHand, threshold, now);
		}
		int delta = onHand - ((current != null) ? current.onHand() : 0);
		if (delta != 0) {
			this.rows.recordMovement(storeId, sku, kind, delta, onHand, actor.id().toString(), note, null, now);
			this.events.changed(storeId, sku);
		}
		else if (current == null || current.lowStockThreshold() != threshold) {
			// no change of stock, but one of what counts as low
			this.alerts.check(storeId, sku, onHand - reserved, threshold, now);
		}
		return this.rows.level(storeId, sku).orElseThrow();
	}

	private static void checkDirection(MovementKind kind, int delta) {
		if (delta == 0) {
			throw new InvalidRequestException("delta", "must not be 0");
		}
		boolean adds = kind == MovementKind.RECEIPT || kind == MovementKind.RETURN;
		boolean takes = kind == MovementKind.SALE || kind == MovementKind.WRITE_OFF;
		if ((adds && delta < 0) || (takes && delta > 0)) {
			throw new InvalidRequestException("delta",
					"must be " + (adds ? "positive" : "negative") + " for a " + kind);
		}
	}

	private static NotFoundException noStore(UUID storeId) {
		return new NotFoundException("No store " + storeId + ".");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
