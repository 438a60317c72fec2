package dev.ecommerce.inventory.reservation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.ecommerce.inventory.api.Allocation;
import dev.ecommerce.inventory.api.MovementKind;
import dev.ecommerce.inventory.api.ReservationCommitted;
import dev.ecommerce.inventory.api.ReservationExpired;
import dev.ecommerce.inventory.api.ReservationLine;
import dev.ecommerce.inventory.api.ReservationReleased;
import dev.ecommerce.inventory.api.ReservationRequest;
import dev.ecommerce.inventory.api.ReservationResponse;
import dev.ecommerce.inventory.api.ReservationStatus;
import dev.ecommerce.inventory.api.StockReserved;
import dev.ecommerce.inventory.stock.StockEvents;
import dev.ecommerce.inventory.stock.StockRows;
import dev.ecommerce.platform.events.outbox.Outbox;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds stock for orders and lets it leave or return, each in one transaction with its
 * events. Never oversells: the items of the SKUs are locked in SKU order before their
 * levels, every update is conditional, and the database's constraints stand behind both.
 * Locks are always taken in one order — the reservation, then items by SKU, then levels —
 * so no two transactions wait for each other in a circle.
 */
@Service
public class Checkout {

	private final Reservations reservations;

	private final StockRows stock;

	private final StockEvents stockEvents;

	private final Outbox outbox;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Checkout(Reservations reservations, StockRows stock, StockEvents stockEvents, Outbox outbox, Clock clock,
			TransactionTemplate transactions) {
		this.reservations = reservations;
		this.stock = stock;
		this.stockEvents = stockEvents;
		this.outbox = outbox;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** A reservation, and whether this request made it. */
	record Reserved(ReservationResponse reservation, boolean created) {

	}

	/**
	 * Holds stock for every line of an order, or for none. The same order again answers
	 * the reservation made the first time.
	 * <p>
	 * Everything that needs no lock comes first: the order is claimed, the stock read,
	 * the stores chosen, {@code StockReserved} written. Only then are the allocations
	 * recorded, the SKUs' items locked and the units held, in one round trip (ADR 15),
	 * followed only by each level's {@code StockLevelChanged} and the commit, so a SKU
	 * that every order wants stays locked for as short as possible. If the stock changed
	 * since it was read and an update finds too few units, that attempt is rolled back
	 * and the reservation is made once more with the items locked before the stock is
	 * read, as every other change of stock does.
	 */
	public Reserved reserve(ReservationRequest request) {
		checkDistinct(request.lines());
		Reserved reserved = this.transactions.execute((transaction) -> {
			Reserved attempt = reserve(request, false);
			if (attempt == null) {
				transaction.setRollbackOnly();
			}
			return attempt;
		});
		if (reserved == null) {
			reserved = this.transactions.execute((transaction) -> reserve(request, true));
		}
		return Objects.requireNonNull(reserved);
	}

	/**
	 * One attempt of {@link #reserve(ReservationRequest)}, in a transaction of its own.
	 * @param lockFirst whether to lock the items before the stock is read
	 * @return the reservation, or {@code null} if the stock changed since it was read
	 * (the caller rolls back)
	 */
	private @Nullable Reserved reserve(ReservationRequest request, boolean lockFirst) {
		Instant now = now();
		int ttl = (request.ttlSeconds() != null) ? request.ttlSeconds() : ReservationRequest.DEFAULT_TTL_SECONDS;
		Instant expiresAt = now.plus(Duration.ofSeconds(ttl));
		UUID id = UUID.randomUUID();
		if (!this.reservations.claim(id, request.orderId(), expiresAt, now)) {
			Reservation existing = this.reservations.findByOrderId(request.orderId()).orElseThrow();
			if (!existing.holds(request.lines())) {
				throw new ConflictException(ProblemTypes.of("reservation-differs"), "Reservation differs",
						"Order " + request.orderId() + " has a reservation for other lines already.");
			}
			return new Reserved(existing.toResponse(), false);
		}
		List<String> skus = request.lines().stream().map(ReservationLine::sku).toList();
		if (lockFirst) {
			this.stock.lockItems(skus, false);
		}
		StockAllocation.Result result = StockAllocation.allocate(request.lines(), this.reservations.available(skus));
		if (!result.covered()) {
			throw new OutOfStockException(result.shortLines());
		}
		List<Allocation> allocations = result.allocations().stream().sorted(Reservation.ORDER).toList();
		this.outbox.publish(StockReserved.TYPE, request.orderId().toString(),
				new StockReserved(id, request.orderId(), allocations, expiresAt, now));
		List<Reservations.Held> held = this.reservations.hold(id, allocations, now);
		if (held.size() != allocations.size()) {
			if (lockFirst) {
				throw new IllegalStateException("Stock of " + skus + " changed under its lock");
			}
			return null;
		}
		// each level's StockLevelChanged, with the SKU's total after it as if the levels
		// were held one after the other
		Map<String, Reservations.Held> levels = new HashMap<>();
		held.forEach((level) -> levels.put(level.sku() + " " + level.storeId(), level));
		Map<String, Long> taken = new HashMap<>();
		for (Allocation allocation : allocations) {
			Reservations.Held level = levels.get(allocation.sku() + " " + allocation.storeId());
			long total = level.totalBefore() - taken.merge(level.sku(), (long) allocation.quantity(), Long::sum);
			this.stockEvents.held(level.storeId(), level.sku(), level.onHand(), level.reserved(),
					(int) Math.min(total, Integer.MAX_VALUE), level.lowStockThreshold());
		}
		return new Reserved(
				new ReservationResponse(id, request.orderId(), ReservationStatus.HELD, expiresAt, allocations), true);
	}

	@Transactional(readOnly = true)
	public ReservationResponse get(UUID id) {
		return this.reservations.find(id).orElseThrow(() -> notFound(id)).toResponse();
	}

	/**
	 * The held stock leaves with the order. A repeat answers the committed reservation; a
	 * reservation whose time is up is expired instead (its stock returns) and refused.
	 * @param actor the service that commits, for the ledger
	 * @param id the reservation
	 * @return the committed reservation
	 */
	@Transactional(noRollbackFor = ReservationStateException.class)
	public ReservationResponse commit(String actor, UUID id) {
		Reservation reservation = this.reservations.lock(id).orElseThrow(() -> notFound(id));
		Instant now = now();
		if (reservation.status() == ReservationStatus.HELD && !reservation.expiresAt().isAfter(now)) {
			end(reservation, ReservationStatus.EXPIRED, now);
			throw new ReservationStateException(id, ReservationStatus.EXPIRED, "committed");
		}
		switch (reservation.status()) {
			case COMMITTED -> {
				return reservation.toResponse();
			}
			case RELEASED, EXPIRED -> throw new ReservationStateException(id, reservation.status(), "committed");
			case HELD -> {
				this.stock.lockItems(reservation.skus(), false);
				for (Allocation allocation : reservation.allocations()) {
					int onHand = this.reservations.ship(allocation, now);
					this.stock.recordMovement(allocation.storeId(), allocation.sku(), MovementKind.SALE,
							-allocation.quantity(), onHand, actor, "order " + reservation.orderId(), id, now);
					this.stockEvents.changed(allocation.storeId(), allocation.sku());
				}
				this.reservations.setStatus(id, ReservationStatus.COMMITTED, now);
				this.outbox.publish(ReservationCommitted.TYPE, reservation.orderId().toString(),
						new ReservationCommitted(id, reservation.orderId(), reservation.allocations(), now));
			}
		}
		return this.reservations.find(id).orElseThrow().toResponse();
	}

	/**
	 * The held stock returns. A repeat, or a release of an expired reservation, answers
	 * it as it is; a committed reservation cannot be released.
	 */
	@Transactional
	public ReservationResponse release(UUID id) {
		Reservation reservation = this.reservations.lock(id).orElseThrow(() -> notFound(id));
		switch (reservation.status()) {
			case COMMITTED -> throw new ReservationStateException(id, reservation.status(), "released");
			case RELEASED, EXPIRED -> {
				return reservation.toResponse();
			}
			case HELD -> end(reservation, ReservationStatus.RELEASED, now());
		}
		return this.reservations.find(id).orElseThrow().toResponse();
	}

	/**
	 * Expires the held reservation whose time has been up longest, unless another
	 * instance is expiring it at this moment; its stock returns.
	 * @return whether there was one to expire
	 */
	@Transactional
	public boolean expireNext() {
		Instant now = now();
		return this.reservations.lockNextDue(now).map((reservation) -> {
			end(reservation, ReservationStatus.EXPIRED, now);
			return true;
		}).orElse(false);
	}

	/** Returns a held reservation's stock and ends it as released or expired. */
	private void end(Reservation reservation, ReservationStatus status, Instant now) {
		this.stock.lockItems(reservation.skus(), false);
		for (Allocation allocation : reservation.allocations()) {
			this.reservations.unhold(allocation, now);
			this.stockEvents.changed(allocation.storeId(), allocation.sku());
		}
		this.reservations.setStatus(reservation.id(), status, now);
		String key = reservation.orderId().toString();
		if (status == ReservationStatus.EXPIRED) {
			this.outbox.publish(ReservationExpired.TYPE, key,
					new ReservationExpired(reservation.id(), reservation.orderId(), reservation.allocations(), now));
		}
		else {
			this.outbox.publish(ReservationReleased.TYPE, key,
					new ReservationReleased(reservation.id(), reservation.orderId(), reservation.allocations(), now));
		}
	}

	private static void checkDistinct(List<ReservationLine> lines) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!seen.add(lines.get(i).sku())) {
				throw new InvalidRequestException("lines[" + i + "].sku", "repeats a SKU of an earlier line");
			}
		}
	}

	private static NotFoundException notFound(UUID id) {
		return new NotFoundException("No reservation " + id + ".");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
