package dev.ecommerce.payment.carddata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CardNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "4242424242424242", "4242 4242 4242 4242", "4000-0566-5566-5556", "378282246310005",
			"{\"note\": \"card 5555555555554444 please\"}", "{\"amount\": 4111111111111111}", "6011111111111117",
			"4222222222222" })
	void cardNumbersAreFound(String text) {
		assertThat(CardNumbers.containsCardNumber(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "4242424242424241", "tok_visa", "{\"amount\": 1299}", "123456789012",
			"c0ffee12-3456-4789-8123-456789abcdef", "42424242-4242-4242-4242-424242424242", "order-4242424242424242x",
			"12345678901234567890123" })
	void otherNumbersAndIdsAreLeftAlone(String text) {
		assertThat(CardNumbers.containsCardNumber(text)).isFalse();
	}

}
