package dev.ecommerce.inventory.reservation;

import java.util.List;
import java.util.UUID;

import dev.ecommerce.inventory.api.Allocation;
import dev.ecommerce.inventory.api.ReservationLine;
import dev.ecommerce.inventory.api.ShortLine;
import dev.ecommerce.inventory.api.StoreType;
import dev.ecommerce.inventory.reservation.StockAllocation.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StockAllocationTests {

	private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

	@Test
	void aWarehouseThatShipsEveryLineWinsOverAShopThatCouldToo() {
		StockAllocation.Result result = StockAllocation.allocate(List.of(line("MUG", 2), line("LAMP", 1)),
				List.of(shop(A, "MUG", 9), shop(A, "LAMP", 9), warehouse(B, "MUG", 2), warehouse(B, "LAMP", 1)));

		assertThat(result.allocations()).containsExactly(new Allocation("MUG", B, 2), new Allocation("LAMP", B, 1));
	}

	@Test
	void amongStoresThatShipEverythingTheOneWithMostOfTheOrderedSkusWins() {
		StockAllocation.Result result = StockAllocation.allocate(List.of(line("MUG", 1)),
				List.of(warehouse(A, "MUG", 3), warehouse(B, "MUG", 7), warehouse(C, "MUG", 5)));

		assertThat(result.allocations()).containsExactly(new Allocation("MUG", B, 1));
	}

	@Test
	void withoutOneStoreForEverythingEachLineIsTakenFromTheStoresWithMostFirst() {
		StockAllocation.Result result = StockAllocation.allocate(List.of(line("MUG", 6), line("LAMP", 1)),
				List.of(warehouse(A, "MUG", 3), shop(B, "MUG", 4), warehouse(C, "LAMP", 1)));

		assertThat(result.allocations()).containsExactly(new Allocation("MUG", B, 4), new Allocation("MUG", A, 2),
				new Allocation("LAMP", C, 1));
	}

	@Test
	void linesTheStockCannotCoverAreNamedAndNothingIsAllocated() {
		StockAllocation.Result result = StockAllocation.allocate(List.of(line("MUG", 6), line("LAMP", 1)),
				List.of(warehouse(A, "MUG", 3), shop(B, "MUG", 2)));

		assertThat(result.covered()).isFalse();
		assertThat(result.allocations()).isEmpty();
		assertThat(result.shortLines()).containsExactly(new ShortLine("MUG", 6, 5), new ShortLine("LAMP", 1, 0));
	}

	private static ReservationLine line(String sku, int quantity) {
		return new ReservationLine(sku, quantity);
	}

	private static Candidate warehouse(UUID store, String sku, int available) {
		return new Candidate(store, "W-" + store.toString().substring(35), StoreType.WAREHOUSE, sku, available);
	}

	private static Candidate shop(UUID store, String sku, int available) {
		return new Candidate(store, "S-" + store.toString().substring(35), StoreType.RETAIL, sku, available);
	}

}
