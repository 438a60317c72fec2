package dev.ecommerce.bench.load;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * Opens a page as a shopper's browser would: its requests, each timed and its answer
 * counted. A page's first requests are timed from the moment the page was due, not from
 * when they could be sent, so that a generator falling behind shows as latency rather
 * than hiding it.
 */
final class Pages {

	private static final String ADDRESS = """
			{"fullName": "Ada Lovelace", "line1": "12 St James's Square", "city": "London", \
			"postalCode": "SW1Y 4JH", "country": "GB", "phone": "+44 20 7946 0000"}""";

	private static final String PAYMENT = "{\"gateway\": \"sandbox\", \"token\": \"tok_visa\"}";

	private final Shop shop;

	private final Catalog catalog;

	private final Shoppers shoppers;

	Pages(Shop shop, Catalog catalog, Shoppers shoppers) {
		this.shop = shop;
		this.catalog = catalog;
		this.shoppers = shoppers;
	}

	/**
	 * Opens a page.
	 * @param page which
	 * @param due when it was due ({@link System#nanoTime()})
	 * @param window where its answers are counted
	 * @return whether every answer was 2xx
	 */
	boolean open(Page page, long due, Window window) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return switch (page) {
			case PRODUCT -> call(Call.PRODUCT, get("/products/" + this.catalog.productId(random)), due, window) != null;
			case SEARCH -> call(Call.SEARCH,
					get("/products/search?size=20&q="
							+ URLEncoder.encode(this.catalog.word(random), StandardCharsets.UTF_8)),
					due, window) != null;
			case CART -> viewCart(random, due, window);
			case ADD_TO_CART -> addToCart(random, due, window);
			case CHECKOUT -> checkout(random, due, window);
			case HOME -> home(due, window);
		};
	}

	private boolean viewCart(ThreadLocalRandom random, long due, Window window) {
		if (random.nextBoolean()) {
			Shoppers.Customer customer = this.shoppers.customer(random);
			return call(Call.CART, get("/carts/" + customer.cartId, "Authorization", customer.bearer()), due,
					window) != null;
		}
		Shoppers.GuestCart cart = this.shoppers.guest(random).cart;
		return call(Call.CART, get("/carts/" + cart.id(), "X-Cart-Token", cart.token()), due, window) != null;
	}

	private boolean addToCart(ThreadLocalRandom random, long due, Window window) {
		String sku = this.catalog.sku(random);
		String item = "{\"sku\": \"" + sku + "\", \"quantity\": 1}";
		Shoppers.Customer customer = random.nextBoolean() ? this.shoppers.free(random, false) : null;
		if (customer != null) {
			try {
				boolean added = call(Call.ADD_TO_CART, this.shop.request("POST", "/carts/" + customer.cartId + "/items",
						item, "Authorization", customer.bearer()), due, window) != null;
				if (added) {
					customer.added(sku);
				}
				return added;
			}
			finally {
				customer.done();
			}
		}
		Shoppers.Guest guest = this.shoppers.guest(random);
		long start = due;
		if (guest.items.get() >= Shoppers.Guest.LEAVES_AFTER_ITEMS && guest.leaving.compareAndSet(false, true)) {
			try {
				Answer cart = call(Call.NEW_GUEST_CART, this.shop.request("POST", "/carts", "{}"), due, window);
				if (cart == null) {
					return false;
				}
				guest.cart = Shoppers.GuestCart.of(cart.json());
				guest.items.set(0);
				start = System.nanoTime();
			}
			finally {
				guest.leaving.set(false);
			}
		}
		Shoppers.GuestCart cart = guest.cart;
		boolean added = call(Call.ADD_TO_CART,
				this.shop.request("POST", "/carts/" + cart.id() + "/items", item, "X-Cart-Token", cart.token()), start,
				window) != null;
		if (added) {
			guest.items.incrementAndGet();
		}
		return added;
	}

	/**
	 * The checkout page of a signed-in customer: the shipping rates for the basket, then
	 * the order of the cart with the cheapest rate and the sandbox's card. The order is
	 * placed ({@code 201}, {@code PENDING}); the checkout runs on by itself.
	 */
	private boolean checkout(ThreadLocalRandom random, long due, Window window) {
		Shoppers.Customer customer = this.shoppers.free(random, true);
		if (customer == null) {
			window.stats(Call.CHECKOUT).failed(new IllegalStateException("every customer tried was busy"));
			return false;
		}
		try {
			Map<String, Integer> lines = customer.cartLines();
			boolean fromCart = !lines.isEmpty();
			if (!fromCart) {
				lines = Map.of(this.catalog.sku(random), 1);
			}
			StringJoiner items = new StringJoiner(", ", "[", "]");
			lines.forEach((sku, quantity) -> items.add("{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}"));
			Answer rates = call(Call.RATES, this.shop.request("POST", "/shippings/rates",
					"{\"destination\": " + ADDRESS + ", \"items\": " + items + "}"), due, window);
			if (rates == null) {
				window.stats(Call.CHECKOUT).failed(new IllegalStateException("no shipping rates"));
				return false;
			}
			String basket = fromCart ? "\"cartId\": \"" + customer.cartId + "\"" : "\"lines\": " + items;
			Answer order = call(Call.ORDER, this.shop.request("POST", "/orders",
					"{" + basket + ", \"shippingAddress\": " + ADDRESS + ", \"shippingRateId\": \""
							+ rates.json().path(0).path("rateId").asString() + "\", \"paymentMethod\": " + PAYMENT
							+ "}",
					"Authorization", customer.bearer(), "Idempotency-Key", UUID.randomUUID().toString()),
					System.nanoTime(), window);
			if (order == null) {
				window.stats(Call.CHECKOUT).failed(new IllegalStateException("order not placed"));
				return false;
			}
			if (fromCart) {
				customer.ordered(lines);
			}
			window.stats(Call.CHECKOUT).succeeded(System.nanoTime() - due);
			return true;
		}
		finally {
			customer.done();
		}
	}

	/**
	 * The home page: the best sellers and the newest products, asked for at once as a
	 * browser does.
	 */
	private boolean home(long due, Window window) {
		CompletableFuture<Answer> popular = this.shop.http()
			.sendAsync(get("/recommendations/popular?limit=12"), HttpResponse.BodyHandlers.ofString())
			.handle((response, failure) -> record(Call.POPULAR, due, window, response, failure));
		Answer listing = call(Call.LISTING, get("/products?size=20&sort=createdAt,desc"), due, window);
		boolean ok = popular.join() != null && listing != null;
		if (ok) {
			window.stats(Call.HOME).succeeded(System.nanoTime() - due);
		}
		else {
			window.stats(Call.HOME).failed(new IllegalStateException("a part of the page failed"));
		}
		return ok;
	}

	private HttpRequest get(String path, String... headers) {
		return this.shop.request("GET", path, null, headers);
	}

	private Answer call(Call call, HttpRequest request, long start, Window window) {
		HttpResponse<String> response = null;
		Throwable failure = null;
		try {
			response = this.shop.http().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			failure = ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failure = ex;
		}
		return record(call, start, window, response, failure);
	}

	private static Answer record(Call call, long start, Window window, HttpResponse<String> response,
			Throwable failure) {
		long took = System.nanoTime() - start;
		CallStats stats = window.stats(call);
		if (failure != null) {
			Throwable cause = (failure instanceof CompletionException && failure.getCause() != null)
					? failure.getCause() : failure;
			if (cause instanceof HttpTimeoutException) {
				stats.timedOut();
			}
			else {
				stats.failed((cause instanceof Exception ex) ? ex : new RuntimeException(cause));
			}
			return null;
		}
		if (response.statusCode() / 100 != 2) {
			stats.answered(response.statusCode(), response.body());
			return null;
		}
		stats.succeeded(took);
		return new Answer(response.body());
	}

	/** A 2xx answer's body. */
	private record Answer(String body) {

		JsonNode json() {
			return Shop.JSON.readTree(this.body);
		}

	}

}
