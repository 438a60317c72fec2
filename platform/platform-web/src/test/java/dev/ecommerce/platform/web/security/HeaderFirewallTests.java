package dev.ecommerce.platform.web.security;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HeaderFirewallTests {

	/** Spring Security's own patterns for header names and values. */
	private static final Predicate<String> NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*")
		.asMatchPredicate();

	private static final Predicate<String> VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*")
		.asMatchPredicate();

	@Test
	void acceptsAndRefusesEveryCodePointAsSpringSecuritysPatternsDo() {
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String text = "a" + Character.toString(codePoint) + "b";
			assertThat(HeaderFirewall.assignedAndNotControl(text, false)).as("name with U+%04X", codePoint)
				.isEqualTo(NAMES.test(text));
			assertThat(HeaderFirewall.assignedAndNotControl(text, true)).as("value with U+%04X", codePoint)
				.isEqualTo(VALUES.test(text));
		}
	}

	@Test
	void agreesWithThePatternsOnWholeHeaders() {
		List<String> texts = List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "tab\there", "line\nbreak",
				"nul\0", "del\u007F", "caf\u00e9 \u20ac", "emoji \uD83D\uDE00", "lone \uD800 surrogate",
				"unassigned \u0378", "\u0085next line", "\t", "\r\n");
		for (String text : texts) {
			assertThat(HeaderFirewall.assignedAndNotControl(text, false)).as(text).isEqualTo(NAMES.test(text));
			assertThat(HeaderFirewall.assignedAndNotControl(text, true)).as(text).isEqualTo(VALUES.test(text));
		}
	}

	@Test
	void theFirewallRefusesAControlCharacterInAHeaderValueAndAllowsATab() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/things");
		request.addHeader("X-Bad", "a\u0007b");
		request.addHeader("X-Tab", "a\tb");
		FirewalledRequest firewalled = HeaderFirewall.create().getFirewalledRequest(request);

		assertThat(firewalled.getHeader("X-Tab")).isEqualTo("a\tb");
		assertThatExceptionOfType(RequestRejectedException.class).isThrownBy(() -> firewalled.getHeader("X-Bad"));
	}

}
