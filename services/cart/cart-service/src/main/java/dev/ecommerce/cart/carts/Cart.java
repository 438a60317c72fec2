package dev.ecommerce.cart.carts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.cart.api.Texts;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * A shopper's cart: a signed-in user's (one each) or a guest's (reached with its token).
 * Keeps its own limits: 1–99 units per line, at most 100 lines.
 */
final class Cart {

	private final UUID id;

	private final @Nullable UUID userId;

	private final @Nullable String tokenHash;

	private final String currency;

	private @Nullable String couponCode;

	private @Nullable String destinationCountry;

	private @Nullable String destinationPostalCode;

	private final long version;

	private final Instant createdAt;

	private Instant updatedAt;

	private final Map<String, CartItem> items;

	Cart(UUID id, @Nullable UUID userId, @Nullable String tokenHash, String currency, @Nullable String couponCode,
			@Nullable String destinationCountry, @Nullable String destinationPostalCode, long version,
			Instant createdAt, Instant updatedAt, Collection<CartItem> items) {
		this.id = id;
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.currency = currency;
		this.couponCode = couponCode;
		this.destinationCountry = destinationCountry;
		this.destinationPostalCode = destinationPostalCode;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.items = new LinkedHashMap<>();
		items.stream()
			.sorted(java.util.Comparator.comparingLong(CartItem::position))
			.forEach((item) -> this.items.put(item.sku(), item));
	}

	static Cart forUser(UUID userId, String currency, Instant now) {
		return new Cart(UUID.randomUUID(), userId, null, currency, null, null, null, 0, now, now, List.of());
	}

	static Cart forGuest(String tokenHash, String currency, Instant now) {
		return new Cart(UUID.randomUUID(), null, tokenHash, currency, null, null, null, 0, now, now, List.of());
	}

	/**
	 * Puts units of a SKU in the cart, on top of those already there.
	 * @return the line after the change
	 */
	CartItem add(String sku, UUID productId, int quantity, Money price, Instant now) {
		CartItem current = this.items.get(sku);
		if (current == null) {
			if (this.items.size() >= Texts.MAX_LINES) {
				throw new InvalidRequestException("sku", "a cart holds at most " + Texts.MAX_LINES + " lines");
			}
			CartItem item = new CartItem(sku, productId, quantity, price, nextPosition(), now);
			this.items.put(sku, item);
			return touched(item, now);
		}
		int total = current.quantity() + quantity;
		if (total > Texts.MAX_QUANTITY) {
			throw new InvalidRequestException("quantity", "a cart holds at most " + Texts.MAX_QUANTITY
					+ " units of a SKU; it has " + current.quantity() + " of " + sku + " already");
		}
		return touched(replace(current.withQuantity(total, price)), now);
	}

	/** Sets the quantity of a line; the shopper sees the current price from now on. */
	CartItem changeQuantity(String sku, int quantity, Money price, Instant now) {
		return touched(replace(item(sku).withQuantity(quantity, price)), now);
	}

	CartItem remove(String sku, Instant now) {
		CartItem item = item(sku);
		this.items.remove(sku);
		return touched(item, now);
	}

	void applyCoupon(String code, Instant now) {
		this.couponCode = code;
		this.updatedAt = now;
	}

	void removeCoupon(Instant now) {
		this.couponCode = null;
		this.updatedAt = now;
	}

	void shipTo(String country, @Nullable String postalCode, Instant now) {
		this.destinationCountry = country;
		this.destinationPostalCode = postalCode;
		this.updatedAt = now;
	}

	void forgetDestination(Instant now) {
		this.destinationCountry = null;
		this.destinationPostalCode = null;
		this.updatedAt = now;
	}

	/**
	 * Takes a guest cart's lines: quantities add, capped at what is available (a line
	 * already here is never lowered) and at 99; lines beyond 100, or of SKUs with nothing
	 * available, stay out. The guest's coupon and destination come along when this cart
	 * has none.
	 * @param guest the guest cart
	 * @param available units available per SKU; absent: the SKU cannot be bought
	 * @param now the time
	 */
	void merge(Cart guest, Map<String, Integer> available, Instant now) {
		for (CartItem theirs : guest.items()) {
			Integer stock = available.get(theirs.sku());
			if (stock == null) {
				continue;
			}
			CartItem mine = this.items.get(theirs.sku());
			int had = (mine != null) ? mine.quantity() : 0;
			int wanted = Math.min(Math.min(had + theirs.quantity(), stock), Texts.MAX_QUANTITY);
			if (wanted <= had) {
				continue;
			}
			if (mine != null) {
				replace(mine.withQuantity(wanted, theirs.seenPrice()));
			}
			else if (this.items.size() < Texts.MAX_LINES) {
				this.items.put(theirs.sku(), new CartItem(theirs.sku(), theirs.productId(), wanted, theirs.seenPrice(),
						nextPosition(), now));
			}
		}
		if (this.couponCode == null) {
			this.couponCode = guest.couponCode;
		}
		if (this.destinationCountry == null) {
			this.destinationCountry = guest.destinationCountry;
			this.destinationPostalCode = guest.destinationPostalCode;
		}
		this.updatedAt = now;
	}

	/**
	 * Takes out what an order bought from this cart: a checkout hand-off.
	 * @param ordered units per SKU
	 * @param now the time
	 * @return whether anything changed
	 */
	boolean removeOrdered(Map<String, Integer> ordered, Instant now) {
		boolean changed = false;
		for (Map.Entry<String, Integer> line : ordered.entrySet()) {
			CartItem item = this.items.get(line.getKey());
			if (item == null) {
				continue;
			}
			changed = true;
			int left = item.quantity() - line.getValue();
			if (left > 0) {
				replace(item.withQuantity(left, item.seenPrice()));
			}
			else {
				this.items.remove(line.getKey());
			}
		}
		if (changed) {
			this.couponCode = null;
			this.updatedAt = now;
		}
		return changed;
	}

	private CartItem item(String sku) {
		CartItem item = this.items.get(sku);
		if (item == null) {
			throw new NotFoundException("The cart has no item " + sku + ".");
		}
		return item;
	}

	private CartItem replace(CartItem item) {
		this.items.put(item.sku(), item);
		return item;
	}

	private CartItem touched(CartItem item, Instant now) {
		this.updatedAt = now;
		return item;
	}

	private long nextPosition() {
		return this.items.values().stream().mapToLong(CartItem::position).max().orElse(0) + 1;
	}

	UUID id() {
		return this.id;
	}

	@Nullable UUID userId() {
		return this.userId;
	}

	@Nullable String tokenHash() {
		return this.tokenHash;
	}

	boolean guest() {
		return this.userId == null;
	}

	String currency() {
		return this.currency;
	}

	@Nullable String couponCode() {
		return this.couponCode;
	}

	@Nullable String destinationCountry() {
		return this.destinationCountry;
	}

	@Nullable String destinationPostalCode() {
		return this.destinationPostalCode;
	}

	long version() {
		return this.version;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	List<CartItem> items() {
		return new ArrayList<>(this.items.values());
	}

}
