package dev.ecommerce.inventory.reservation;

import java.util.List;
import java.util.Map;

import dev.ecommerce.inventory.api.ShortLine;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * A reservation the stock cannot cover (409); nothing is held. The {@code shortLines}
 * member says which lines and how many units are available.
 */
class OutOfStockException extends ProblemException {

	OutOfStockException(List<ShortLine> shortLines) {
		super(HttpStatus.CONFLICT, ProblemTypes.of("out-of-stock"), "Out of stock",
				"Not enough stock for " + shortLines.size() + " of the lines; nothing was reserved.",
				Map.of("shortLines", shortLines));
	}

}
