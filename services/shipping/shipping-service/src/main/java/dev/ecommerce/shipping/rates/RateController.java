package dev.ecommerce.shipping.rates;

import java.util.List;

import dev.ecommerce.shipping.api.RateRequest;
import dev.ecommerce.shipping.api.RateResponse;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/shippings/rates")
class RateController {

	private final RateQuotes quotes;

	RateController(RateQuotes quotes) {
		this.quotes = quotes;
	}

	@PostMapping
	List<RateResponse> quote(@Valid @RequestBody RateRequest request) {
		return this.quotes.quote(request);
	}

	@GetMapping("/{rateId}")
	RateResponse rate(@PathVariable String rateId) {
		return this.quotes.rate(rateId);
	}

}
