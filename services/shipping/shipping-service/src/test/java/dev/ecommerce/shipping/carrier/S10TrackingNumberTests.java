package dev.ecommerce.shipping.carrier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class S10TrackingNumberTests {

	@ParameterizedTest
	@CsvSource({
			// the UPU S10 standard's worked example: 8+12+12+8+15+30+63+56 = 204, 204 mod
			// 11 = 6, 11-6 = 5
			"RR, 12345678, GB, RR123456785GB",
			// the example of the S10 article: 32+42+12+2+6+20+72+14 = 200, mod 11 = 2,
			// 11-2 = 9
			"AA, 47312482, GB, AA473124829GB",
			// 8+9+28 = 45, mod 11 = 1, 11-1 = 10, which becomes 0
			"TT, 10000014, GB, TT100000140GB",
			// 8+14 = 22, mod 11 = 0, 11-0 = 11, which becomes 5
			"CP, 10000002, GB, CP100000025GB",
			// all zeros: 11 becomes 5
			"EE, 00000000, FR, EE000000005FR" })
	void theCheckDigitIsTheWeightedSumTakenFromElevenModuloEleven(String prefix, long serial, String country,
			String expected) {
		assertThat(S10TrackingNumber.of(prefix, serial, country)).isEqualTo(expected);
		assertThat(S10TrackingNumber.isValid(expected)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "RR123456784GB", "RR12345678GB", "rr123456785GB", "RR123456785G", "RR1234567850GB",
			"1R123456785GB", "" })
	void aWrongCheckDigitOrAMalformedNumberIsNotValid(String trackingNumber) {
		assertThat(S10TrackingNumber.isValid(trackingNumber)).isFalse();
	}

	@Test
	void serialNumbersHaveEightDigitsAndPrefixesTwoLetters() {
		assertThatIllegalArgumentException().isThrownBy(() -> S10TrackingNumber.of("RR", 100_000_000, "GB"));
		assertThatIllegalArgumentException().isThrownBy(() -> S10TrackingNumber.of("RR", -1, "GB"));
		assertThatIllegalArgumentException().isThrownBy(() -> S10TrackingNumber.of("R1", 1, "GB"));
		assertThatIllegalArgumentException().isThrownBy(() -> S10TrackingNumber.of("RR", 1, "gb"));
	}

}
