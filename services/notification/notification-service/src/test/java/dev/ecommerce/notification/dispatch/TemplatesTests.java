package dev.ecommerce.notification.dispatch;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind renders in both languages, mail and short text, with no word missing from
 * the bundles (Thymeleaf would write {@code ??key_locale??}) and no placeholder left.
 */
class TemplatesTests {

	private final Templates templates = new Templates();

	record Line(String sku, UUID sellerId, String name, int quantity, Money unitPrice, Money lineTotal) {
	}

	record Totals(Money subtotal, Money discount, Money shipping, Money tax, Money total) {
	}

	private static Map<String, Object> model() {
		Map<String, Object> model = new HashMap<>();
		model.put("name", "Ann Smith");
		model.put("storefront", "http://shop.example");
		model.put("orderId", UUID.randomUUID());
		model.put("number", "1001");
		model.put("lines",
				List.of(new Line("MUG-1", UUID.randomUUID(), "Mug", 2, Money.of(450, "GBP"), Money.of(900, "GBP"))));
		model.put("totals", new Totals(Money.of(900, "GBP"), Money.of(100, "GBP"), Money.of(99, "GBP"),
				Money.of(0, "GBP"), Money.of(899, "GBP")));
		model.put("detail", "out of stock");
		model.put("amount", Money.of(1299, "GBP"));
		model.put("token", "abc");
		model.put("expiresAt", Instant.parse("2030-01-01T10:30:00Z"));
		model.put("carrier", "Royal Mail");
		model.put("trackingNumber", "RM1");
		model.put("trackingUrl", "https://track.example/RM1");
		model.put("sku", "MUG-1");
		model.put("storeId", UUID.randomUUID());
		model.put("available", 2);
		model.put("threshold", 5);
		model.put("subject", "Sale");
		model.put("message", "<b>Cheap</b> & cheerful");
		model.put("couponCode", "SALE10");
		model.put("unsubscribeUrl", "http://shop.example/notifications/unsubscribe?token=x");
		return model;
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void everyKindRendersCompletelyInEnglishAndGerman(Kind kind) {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
			Templates.Rendered mail = this.templates.mail(kind, locale, model());
			List<String> texts = new java.util.ArrayList<>(List.of(mail.subject(), mail.text(), mail.html()));
			if (kind.inApp()) {
				// the kinds that are mailed only (password reset, campaigns) have no
				// short text
				Templates.Rendered brief = this.templates.brief(kind, locale, model());
				texts.add(brief.subject());
				texts.add(brief.text());
			}
			for (String text : texts) {
				assertThat(text).as(kind + " " + locale)
					.isNotBlank()
					.doesNotContain("??")
					.doesNotContain("{0}")
					.doesNotContain("null");
			}
			assertThat(mail.html()).as(kind + " " + locale).contains("lang=\"" + locale.getLanguage() + "\"");
		}
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void englishAndGermanDiffer(Kind kind) {
		if (kind == Kind.CAMPAIGN) {
			return; // its subject is the sender's own
		}
		assertThat(this.templates.mail(kind, Locale.GERMAN, model()).subject())
			.isNotEqualTo(this.templates.mail(kind, Locale.ENGLISH, model()).subject());
	}

	@org.junit.jupiter.api.Test
	void aCampaignMessageIsEscapedInHtml() {
		String html = this.templates.mail(Kind.CAMPAIGN, Locale.ENGLISH, model()).html();
		assertThat(html).contains("&lt;b&gt;Cheap&lt;/b&gt; &amp; cheerful").doesNotContain("<b>Cheap</b>");
	}

}
