package dev.ecommerce.cart.coupon;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.cart.CartProperties;
import dev.ecommerce.cart.api.CouponRequest;
import dev.ecommerce.cart.api.CouponResponse;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.versioning.ETags;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coupons admins manage, whether one may be used now, and how often confirmed orders
 * used each.
 */
@Service
public class CouponDirectory {

	private static final Map<String, String> SORTABLE = Map.of("code", "code", "createdAt", "created_at", "validUntil",
			"valid_until");

	private static final UUID NO_ORDER = new UUID(0, 0);

	private final Coupons coupons;

	private final CartProperties properties;

	private final Clock clock;

	CouponDirectory(Coupons coupons, CartProperties properties, Clock clock) {
		this.coupons = coupons;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public CouponResponse create(CouponRequest request) {
		Coupon coupon = Coupon.create(request, this.properties.currency(), now());
		if (!this.coupons.insert(coupon)) {
			throw new ConflictException(ProblemTypes.of("duplicate-coupon"), "Duplicate coupon",
					"A coupon with the code " + coupon.code() + " exists already.");
		}
		return coupon.toResponse(this.coupons.timesUsed(coupon.code()));
	}

	@Transactional(readOnly = true)
	public CouponResponse get(String code) {
		Coupon coupon = find(code);
		return coupon.toResponse(this.coupons.timesUsed(coupon.code()));
	}

	@Transactional(readOnly = true)
	public PageResponse<CouponResponse> list(PageQuery query) {
		Sort sort = query.toSort(SORTABLE);
		String orderBy = sort.isSorted()
				? String.join(", ",
						sort.stream().map((order) -> order.getProperty() + " " + order.getDirection().name()).toList())
				: "code ASC";
		return PageResponse.of(this.coupons.page(orderBy, query.size(), (long) query.page() * query.size())
			.stream()
			.map((coupon) -> coupon.toResponse(this.coupons.timesUsed(coupon.code())))
			.toList(), query, this.coupons.count());
	}

	@Transactional
	public CouponResponse replace(String code, CouponRequest request, @Nullable String ifMatch) {
		Coupon current = this.coupons.lock(Coupon.normalize(code)).orElseThrow(() -> notFound(code));
		ETags.checkIfMatch(ifMatch, current.version());
		Coupon revised = current.revise(request, this.properties.currency(), now());
		this.coupons.update(revised);
		return revised.toResponse(this.coupons.timesUsed(revised.code()));
	}

	@Transactional
	public void delete(String code, @Nullable String ifMatch) {
		Coupon coupon = this.coupons.lock(Coupon.normalize(code)).orElseThrow(() -> notFound(code));
		ETags.checkIfMatch(ifMatch, coupon.version());
		this.coupons.delete(coupon.code());
	}

	/**
	 * Whether a coupon may be used now on a basket in a currency.
	 * @param code the code as the shopper typed it
	 * @param currency the basket's currency
	 * @return the check
	 */
	@Transactional(readOnly = true)
	public CouponCheck check(String code, String currency) {
		String normalized = Coupon.normalize(code);
		Instant now = this.clock.instant();
		return this.coupons.find(normalized).map((coupon) -> {
			String refusal = coupon.refusal(now, this.coupons.timesUsed(coupon.code()),
					this.coupons.activeHolds(coupon.code(), now, NO_ORDER), currency);
			return new CouponCheck(coupon.code(), coupon.type(), (refusal == null) ? coupon.terms() : null, refusal);
		}).orElseGet(() -> new CouponCheck(normalized, null, null, "no coupon has this code"));
	}

	/**
	 * Holds a coupon for an order in checkout when it may be used: confirmed uses and
	 * other orders' unexpired holds together stay within the usage limit, decided under
	 * the coupon's row lock, so that concurrent checkouts cannot overrun it. An order
	 * that holds it already keeps its hold.
	 * @param code the code as the shopper typed it
	 * @param currency the basket's currency
	 * @param orderId the order
	 * @return the check; with terms when the coupon is held for the order
	 */
	@Transactional
	public CouponCheck hold(String code, String currency, UUID orderId) {
		String normalized = Coupon.normalize(code);
		Instant now = this.clock.instant();
		return this.coupons.lock(normalized).map((coupon) -> {
			String refusal = this.coupons.used(orderId) ? null
					: coupon.refusal(now, this.coupons.timesUsed(coupon.code()),
							this.coupons.activeHolds(coupon.code(), now, orderId), currency);
			if (refusal == null) {
				this.coupons.hold(orderId, coupon.code(), now.plus(this.properties.couponHold()));
			}
			return new CouponCheck(coupon.code(), coupon.type(), (refusal == null) ? coupon.terms() : null, refusal);
		}).orElseGet(() -> new CouponCheck(normalized, null, null, "no coupon has this code"));
	}

	/**
	 * Gives up an order's hold: the order failed, or the coupon did not apply to it.
	 * @param orderId the order
	 */
	@Transactional
	public void release(UUID orderId) {
		this.coupons.release(orderId);
	}

	/**
	 * Counts a confirmed order's use of a coupon, once per order, even for a coupon
	 * deleted since.
	 * @param orderId the order
	 * @param code the coupon's code
	 * @param at when the order was confirmed
	 */
	@Transactional
	public void recordUse(UUID orderId, String code, Instant at) {
		this.coupons.recordUse(orderId, Coupon.normalize(code), at);
	}

	private Coupon find(String code) {
		return this.coupons.find(Coupon.normalize(code)).orElseThrow(() -> notFound(code));
	}

	private static NotFoundException notFound(String code) {
		return new NotFoundException("No coupon " + code + ".");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
