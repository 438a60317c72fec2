package dev.ecommerce.bench.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * The simulated shoppers, made before the run: customers who registered and signed in,
 * each with a cart of their own, and guests, each with a guest cart and its token.
 */
final class Shoppers {

	static final String PASSWORD = "plum-Sideboard-47-lantern";

	private final List<Customer> customers;

	private final List<Guest> guests;

	private Shoppers(List<Customer> customers, List<Guest> guests) {
		this.customers = customers;
		this.guests = guests;
	}

	/**
	 * Registers and signs in the customers, four at a time, and opens every cart.
	 */
	static Shoppers make(Shop shop, int customerCount, int guestCount, PrintStream out) throws Exception {
		String run = Long.toString(System.currentTimeMillis(), 36);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Customer>> registered = new ArrayList<>();
			for (int i = 0; i < customerCount; i++) {
				String email = "load-" + run + "-" + i + "@example.com";
				String name = "Load Shopper " + i;
				registered.add(pool.submit(() -> Customer.register(shop, email, name)));
			}
			List<Future<Guest>> arrived = new ArrayList<>();
			for (int i = 0; i < guestCount; i++) {
				arrived.add(pool.submit(() -> Guest.arrive(shop)));
			}
			List<Customer> customers = new ArrayList<>();
			for (Future<Customer> customer : registered) {
				customers.add(customer.get());
			}
			List<Guest> guests = new ArrayList<>();
			for (Future<Guest> guest : arrived) {
				guests.add(guest.get());
			}
			out.printf(Locale.ROOT, "shoppers: %d customers signed in with a cart each, %d guests with a cart%n",
					customers.size(), guests.size());
			return new Shoppers(List.copyOf(customers), List.copyOf(guests));
		}
		finally {
			pool.shutdown();
		}
	}

	/** New access tokens for every customer (they last 15 minutes). */
	void refreshTokens(Shop shop) {
		for (Customer customer : this.customers) {
			customer.tokens = shop.refresh(customer.tokens);
		}
	}

	Customer customer(Random random) {
		return this.customers.get(random.nextInt(this.customers.size()));
	}

	Guest guest(Random random) {
		return this.guests.get(random.nextInt(this.guests.size()));
	}

	/**
	 * A customer who is not busy with their cart, marked busy (release with
	 * {@link Customer#done()}): with something in the cart if {@code withItems} and a few
	 * tries find one, else any who is free. One cart change at a time per customer, as a
	 * shopper in one browser tab does, keeps this run's idea of each cart right: an item
	 * added while the order service reads the cart would otherwise be ordered and taken
	 * out without this run knowing.
	 * @return the customer, or {@code null} if every one tried is busy
	 */
	Customer free(Random random, boolean withItems) {
		Customer free = null;
		for (int tries = 0; tries < 20; tries++) {
			Customer customer = customer(random);
			if (customer.busy.compareAndSet(false, true)) {
				if (!withItems || !customer.cartLines().isEmpty()) {
					if (free != null) {
						free.done();
					}
					return customer;
				}
				if (free == null) {
					free = customer;
				}
				else {
					customer.done();
				}
			}
		}
		return free;
	}

	/** A signed-in customer with a cart of their own. */
	static final class Customer {

		final String cartId;

		private final AtomicBoolean busy = new AtomicBoolean();

		volatile Shop.Tokens tokens;

		private final Map<String, Integer> lines = new LinkedHashMap<>();

		private Customer(String cartId, Shop.Tokens tokens) {
			this.cartId = cartId;
			this.tokens = tokens;
		}

		static Customer register(Shop shop, String email, String name) {
			shop.post("/auth/register", "{\"email\": " + Shop.quoted(email) + ", \"password\": \"" + PASSWORD
					+ "\", \"fullName\": " + Shop.quoted(name) + "}");
			Shop.Tokens tokens = shop.login(email, PASSWORD);
			JsonNode cart = shop.post("/carts", "{}", "Authorization", tokens.bearer());
			return new Customer(cart.path("id").asString(), tokens);
		}

		String bearer() {
			return this.tokens.bearer();
		}

		/** Frees a customer taken with {@link Shoppers#free}. */
		void done() {
			this.busy.set(false);
		}

		/** What this run has put in the cart and not yet ordered. */
		synchronized Map<String, Integer> cartLines() {
			return new LinkedHashMap<>(this.lines);
		}

		synchronized void added(String sku) {
			this.lines.merge(sku, 1, Integer::sum);
		}

		/** The order takes these lines out of the cart when it is confirmed. */
		synchronized void ordered(Map<String, Integer> ordered) {
			ordered.forEach((sku, quantity) -> this.lines.computeIfPresent(sku,
					(key, had) -> (had > quantity) ? had - quantity : null));
		}

	}

	/**
	 * A guest with a cart. After a few items the guest leaves and a new one arrives, so
	 * that guest carts stay the size of a real one.
	 */
	static final class Guest {

		static final int LEAVES_AFTER_ITEMS = 4;

		final AtomicInteger items = new AtomicInteger();

		final AtomicBoolean leaving = new AtomicBoolean();

		volatile GuestCart cart;

		private Guest(GuestCart cart) {
			this.cart = cart;
		}

		static Guest arrive(Shop shop) {
			return new Guest(GuestCart.of(shop.post("/carts", "{}")));
		}

	}

	/**
	 * A guest cart.
	 *
	 * @param id its id
	 * @param token its {@code X-Cart-Token}
	 */
	record GuestCart(String id, String token) {

		static GuestCart of(JsonNode cart) {
			return new GuestCart(cart.path("id").asString(), cart.path("cartToken").asString());
		}

	}

}
