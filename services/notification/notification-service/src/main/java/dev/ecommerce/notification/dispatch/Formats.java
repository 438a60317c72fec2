package dev.ecommerce.notification.dispatch;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * Formats values in a message's language, as {@code ${fmt.money(total)}} in the
 * templates.
 */
public final class Formats {

	private final Locale locale;

	Formats(Locale locale) {
		this.locale = locale;
	}

	/** An amount in minor units as the locale writes it: £12.99, 12,99 £. */
	public String money(@Nullable Money money) {
		if (money == null) {
			return "";
		}
		Currency currency = Currency.getInstance(money.currency());
		NumberFormat format = NumberFormat.getCurrencyInstance(this.locale);
		format.setCurrency(currency);
		int digits = Math.max(currency.getDefaultFractionDigits(), 0);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(BigDecimal.valueOf(money.amount(), digits));
	}

	/** A moment as the locale writes it, in UTC. */
	public String time(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(this.locale)
			.withZone(ZoneOffset.UTC)
			.format(instant) + " UTC";
	}

}
