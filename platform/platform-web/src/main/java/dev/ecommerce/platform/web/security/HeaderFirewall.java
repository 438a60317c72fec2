package dev.ecommerce.platform.web.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} with its header checks done by a loop over
 * the characters instead of its regular expressions. They accept and refuse the same
 * strings ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*} for names, tab also allowed in
 * values), but the regular expression runs on every {@code getHeader} call, and the
 * bearer token's header (about 800 characters) is read several times per request: in one
 * profile a fifth of a service's CPU samples. The loop checks printable ASCII with two
 * comparisons per character (ADR 17).
 */
final class HeaderFirewall {

	private HeaderFirewall() {
	}

	static StrictHttpFirewall create() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames((name) -> assignedAndNotControl(name, false));
		firewall.setAllowedHeaderValues((value) -> assignedAndNotControl(value, true));
		return firewall;
	}

	/**
	 * Whether every code point of the text is assigned in Unicode and is not a control
	 * character (except a tab, when allowed).
	 */
	static boolean assignedAndNotControl(String text, boolean tabAllowed) {
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c >= ' ' && c < 0x7F) {
				i++;
				continue;
			}
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabAllowed && codePoint == '\t'))) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
