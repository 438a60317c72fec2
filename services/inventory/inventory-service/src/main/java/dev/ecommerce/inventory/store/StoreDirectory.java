package dev.ecommerce.inventory.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.inventory.api.StoreRequest;
import dev.ecommerce.inventory.api.StoreResponse;
import dev.ecommerce.inventory.stock.StockEvents;
import dev.ecommerce.inventory.stock.StockRows;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.versioning.ETags;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stores an admin manages. A store that holds stock cannot be deleted; it can be
 * deactivated, after which its stock neither counts as available nor is reserved.
 */
@Service
public class StoreDirectory {

	private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "createdAt",
			"created_at");

	private final Stores stores;

	private final StockRows stock;

	private final StockEvents stockEvents;

	private final Clock clock;

	StoreDirectory(Stores stores, StockRows stock, StockEvents stockEvents, Clock clock) {
		this.stores = stores;
		this.stock = stock;
		this.stockEvents = stockEvents;
		this.clock = clock;
	}

	@Transactional
	public StoreResponse create(StoreRequest request) {
		Store store = Store.create(request, now());
		checkCodeFree(store);
		insertOrUpdate(store, true);
		return store.toResponse();
	}

	@Transactional(readOnly = true)
	public StoreResponse get(UUID id) {
		return find(id).toResponse();
	}

	@Transactional(readOnly = true)
	public PageResponse<StoreResponse> list(PageQuery query) {
		Sort sort = query.toSort(SORTABLE);
		String orderBy = sort.isSorted()
				? String.join(", ",
						sort.stream().map((order) -> order.getProperty() + " " + order.getDirection().name()).toList())
				: "code ASC";
		return PageResponse.of(this.stores.page(orderBy, query.size(), (long) query.page() * query.size())
			.stream()
			.map(Store::toResponse)
			.toList(), query, this.stores.count());
	}

	@Transactional
	public StoreResponse replace(UUID id, StoreRequest request, @Nullable String ifMatch) {
		Store current = this.stores.lock(id).orElseThrow(() -> notFound(id));
		ETags.checkIfMatch(ifMatch, current.version());
		Store revised = current.revise(request, now());
		checkCodeFree(revised);
		insertOrUpdate(revised, false);
		if (revised.active() != current.active()) {
			// its stock now counts, or no longer does, in every SKU's total
			List<String> skus = this.stock.lockItems(this.stores.skus(id), false);
			skus.forEach((sku) -> this.stockEvents.changed(id, sku));
		}
		return revised.toResponse();
	}

	@Transactional
	public void delete(UUID id, @Nullable String ifMatch) {
		Store store = this.stores.lock(id).orElseThrow(() -> notFound(id));
		ETags.checkIfMatch(ifMatch, store.version());
		if (this.stores.holdsStock(id)) {
			throw new ConflictException(ProblemTypes.of("store-holds-stock"), "Store holds stock", "Store "
					+ store.code() + " still holds stock; move or write it off first, or deactivate the store.");
		}
		this.stores.delete(id);
	}

	private Store find(UUID id) {
		return this.stores.findById(id).orElseThrow(() -> notFound(id));
	}

	private void checkCodeFree(Store store) {
		if (this.stores.codeTaken(store.code(), store.id())) {
			throw duplicateCode(store.code());
		}
	}

	private void insertOrUpdate(Store store, boolean insert) {
		try {
			if (insert) {
				this.stores.insert(store);
			}
			else {
				this.stores.update(store);
			}
		}
		catch (DuplicateKeyException ex) {
			// another request took the code at the same time; the unique constraint
			// decided
			throw duplicateCode(store.code());
		}
	}

	private static ConflictException duplicateCode(String code) {
		return new ConflictException(ProblemTypes.of("duplicate-store-code"), "Duplicate store code",
				"Another store has the code " + code + ".");
	}

	static NotFoundException notFound(UUID id) {
		return new NotFoundException("No store " + id + ".");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
