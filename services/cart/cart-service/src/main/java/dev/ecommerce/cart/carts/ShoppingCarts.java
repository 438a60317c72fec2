package dev.ecommerce.cart.carts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.cart.CartProperties;
import dev.ecommerce.cart.Shopper;
import dev.ecommerce.cart.api.CartItemAdded;
import dev.ecommerce.cart.api.CartItemRemoved;
import dev.ecommerce.cart.api.CartResponse;
import dev.ecommerce.cart.api.DestinationRequest;
import dev.ecommerce.cart.api.MergeRequest;
import dev.ecommerce.cart.basket.PricedBasket;
import dev.ecommerce.cart.catalog.Catalog;
import dev.ecommerce.cart.catalog.CatalogSku;
import dev.ecommerce.cart.coupon.CouponCheck;
import dev.ecommerce.cart.coupon.CouponDirectory;
import dev.ecommerce.platform.events.outbox.Outbox;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What shoppers do with carts. Calls to the catalog happen before the transaction that
 * changes the cart, which locks the cart's row so that changes of one cart are
 * serialized; the answer is priced after it.
 */
@Service
class ShoppingCarts {

	private final Carts carts;

	private final Catalog catalog;

	private final CouponDirectory coupons;

	private final CartViews views;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final CartProperties properties;

	private final Clock clock;

	ShoppingCarts(Carts carts, Catalog catalog, CouponDirectory coupons, CartViews views, Outbox outbox,
			TransactionTemplate transactions, CartProperties properties, Clock clock) {
		this.carts = carts;
		this.catalog = catalog;
		this.coupons = coupons;
		this.views = views;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A new guest cart, or the signed-in user's cart (made if it has none).
	 * @return the cart, and whether it was made now
	 */
	Created create(Shopper shopper) {
		if (shopper.userId() == null) {
			String token = CartTokens.newToken();
			Cart cart = Cart.forGuest(CartTokens.hash(token), this.properties.currency(), now());
			inTransaction(() -> this.carts.insert(cart));
			return new Created(this.views.of(cart).withToken(token), true);
		}
		UUID userId = shopper.userId();
		Cart fresh = Cart.forUser(userId, this.properties.currency(), now());
		boolean made = Boolean.TRUE.equals(this.transactions.execute((status) -> this.carts.insert(fresh)));
		Cart cart = made ? fresh : this.carts.ofUser(userId).orElseThrow();
		return new Created(this.views.of(cart), made);
	}

	CartResponse mine(Shopper shopper) {
		UUID userId = shopper.requireUser();
		return this.views.of(this.carts.ofUser(userId)
			.orElseThrow(() -> new NotFoundException("You have no cart yet; POST /carts makes one.")));
	}

	CartResponse get(UUID id, Shopper shopper, @Nullable String token) {
		return this.views.of(readable(id, shopper, token));
	}

	CartResponse addItem(UUID id, Shopper shopper, @Nullable String token, String sku, int quantity) {
		readable(id, shopper, token);
		CatalogSku item = sellable(sku);
		Cart cart = change(id, shopper, token, (current, now) -> {
			CartItem before = current.items().stream().filter((i) -> i.sku().equals(sku)).findFirst().orElse(null);
			int wanted = quantity + ((before != null) ? before.quantity() : 0);
			checkStock(item, wanted);
			current.add(sku, item.productId(), quantity, item.price(), now);
			this.outbox.publish(CartItemAdded.TYPE, current.id().toString(), new CartItemAdded(current.id(),
					current.userId(), current.guest() ? current.id() : null, sku, item.productId(), quantity, now));
		});
		return this.views.of(cart);
	}

	CartResponse changeQuantity(UUID id, Shopper shopper, @Nullable String token, String sku, int quantity) {
		Cart before = readable(id, shopper, token);
		if (before.items().stream().noneMatch((i) -> i.sku().equals(sku))) {
			throw new NotFoundException("The cart has no item " + sku + ".");
		}
		CatalogSku item = sellable(sku);
		Cart cart = change(id, shopper, token, (current, now) -> {
			CartItem old = current.items().stream().filter((i) -> i.sku().equals(sku)).findFirst().orElse(null);
			if (old != null && quantity > old.quantity()) {
				checkStock(item, quantity);
			}
			CartItem changed = current.changeQuantity(sku, quantity, item.price(), now);
			int delta = changed.quantity() - ((old != null) ? old.quantity() : 0);
			if (delta > 0) {
				this.outbox.publish(CartItemAdded.TYPE, current.id().toString(), new CartItemAdded(current.id(),
						current.userId(), current.guest() ? current.id() : null, sku, changed.productId(), delta, now));
			}
			else if (delta < 0) {
				this.outbox.publish(CartItemRemoved.TYPE, current.id().toString(),
						new CartItemRemoved(current.id(), current.userId(), current.guest() ? current.id() : null, sku,
								changed.productId(), -delta, now));
			}
		});
		return this.views.of(cart);
	}

	CartResponse removeItem(UUID id, Shopper shopper, @Nullable String token, String sku) {
		Cart cart = change(id, shopper, token, (current, now) -> {
			CartItem removed = current.remove(sku, now);
			this.outbox.publish(CartItemRemoved.TYPE, current.id().toString(),
					new CartItemRemoved(current.id(), current.userId(), current.guest() ? current.id() : null, sku,
							removed.productId(), removed.quantity(), now));
		});
		return this.views.of(cart);
	}

	void delete(UUID id, Shopper shopper, @Nullable String token) {
		inTransaction(() -> {
			Cart cart = this.carts.lock(id).orElseThrow(() -> notFound(id));
			checkOwner(cart, shopper, token, false);
			this.carts.delete(id);
		});
	}

	CartResponse applyCoupon(UUID id, Shopper shopper, @Nullable String token, String code) {
		Cart before = readable(id, shopper, token);
		CouponCheck check = this.coupons.check(code, before.currency());
		if (!check.exists()) {
			throw new InvalidRequestException("code", "no coupon has this code");
		}
		if (check.refusal() != null) {
			throw notApplicable(check.code(), check.refusal());
		}
		PricedBasket priced = this.views.price(before, check.code());
		if (priced.coupon() != null && !priced.coupon().applied()) {
			throw notApplicable(check.code(), String.valueOf(priced.coupon().reason()));
		}
		return this.views.of(change(id, shopper, token, (current, now) -> current.applyCoupon(check.code(), now)));
	}

	CartResponse removeCoupon(UUID id, Shopper shopper, @Nullable String token) {
		return this.views.of(change(id, shopper, token, (current, now) -> current.removeCoupon(now)));
	}

	CartResponse shipTo(UUID id, Shopper shopper, @Nullable String token, DestinationRequest destination) {
		return this.views.of(change(id, shopper, token,
				(current, now) -> current.shipTo(destination.country(), destination.postalCode(), now)));
	}

	CartResponse forgetDestination(UUID id, Shopper shopper, @Nullable String token) {
		return this.views.of(change(id, shopper, token, (current, now) -> current.forgetDestination(now)));
	}

	/**
	 * Joins a guest cart into the signed-in user's cart and removes the guest cart.
	 */
	CartResponse merge(UUID id, Shopper shopper, MergeRequest request) {
		UUID userId = shopper.requireUser();
		Cart mine = readable(id, shopper, null);
		if (!userId.equals(mine.userId())) {
			throw notFound(id);
		}
		Cart guest = this.carts.find(request.guestCartId())
			.filter((cart) -> cart.guest() && CartTokens.opens(request.cartToken(), cart.tokenHash()))
			.orElseThrow(() -> notFound(request.guestCartId()));
		Map<String, Integer> available = new HashMap<>();
		this.catalog.skus(guest.items().stream().map(CartItem::sku).toList())
			.values()
			.stream()
			.filter((sku) -> sku.sellable() && sku.price().currency().equals(mine.currency()))
			.forEach((sku) -> available.put(sku.sku(), sku.availableUnits()));
		Cart merged = change(id, shopper, null, (current, now) -> {
			Cart locked = this.carts.lock(request.guestCartId())
				.filter((cart) -> cart.guest() && CartTokens.opens(request.cartToken(), cart.tokenHash()))
				.orElseThrow(() -> notFound(request.guestCartId()));
			current.merge(locked, available, now);
			this.carts.delete(locked.id());
		});
		return this.views.of(merged);
	}

	private CatalogSku sellable(String sku) {
		CatalogSku item = this.catalog.sku(sku)
			.filter(CatalogSku::sellable)
			.orElseThrow(() -> new NotFoundException("No product on sale has the SKU " + sku + "."));
		if (!item.price().currency().equals(this.properties.currency())) {
			throw new ConflictException(ProblemTypes.of("currency-mismatch"), "Other currency",
					"The SKU " + sku + " is not sold in " + this.properties.currency() + ".");
		}
		return item;
	}

	private static void checkStock(CatalogSku item, int wanted) {
		if (wanted > item.availableUnits()) {
			throw new ConflictException(ProblemTypes.of("insufficient-stock"), "Not enough stock",
					"Only " + item.availableUnits() + " of " + item.sku() + " are available; the cart would hold "
							+ wanted + ".");
		}
	}

	private Cart readable(UUID id, Shopper shopper, @Nullable String token) {
		Cart cart = this.carts.find(id).orElseThrow(() -> notFound(id));
		checkOwner(cart, shopper, token, true);
		return cart;
	}

	/** Changes a cart in one transaction, with its row locked; answers it as stored. */
	private Cart change(UUID id, Shopper shopper, @Nullable String token, Change change) {
		inTransaction(() -> {
			Cart cart = this.carts.lock(id).orElseThrow(() -> notFound(id));
			checkOwner(cart, shopper, token, false);
			change.apply(cart, now());
			this.carts.update(cart);
		});
		return this.carts.find(id).orElseThrow(() -> notFound(id));
	}

	/**
	 * A user's cart is its user's; a guest's cart opens with its token. Another service
	 * may read any cart. Anyone else learns nothing: 404.
	 */
	private static void checkOwner(Cart cart, Shopper shopper, @Nullable String token, boolean read) {
		boolean allowed = (cart.userId() != null) ? cart.userId().equals(shopper.userId())
				: CartTokens.opens(token, cart.tokenHash());
		if (!allowed && !(read && shopper.service())) {
			throw notFound(cart.id());
		}
	}

	private void inTransaction(Runnable work) {
		this.transactions.executeWithoutResult((status) -> work.run());
	}

	private static ConflictException notApplicable(String code, String reason) {
		return new ConflictException(ProblemTypes.of("coupon-not-applicable"), "Coupon does not apply",
				"The coupon " + code + " does not apply: " + reason + ".");
	}

	static NotFoundException notFound(UUID id) {
		return new NotFoundException("No cart " + id + ".");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	@FunctionalInterface
	interface Change {

		void apply(Cart cart, Instant now);

	}

	record Created(CartResponse cart, boolean made) {

	}

}
