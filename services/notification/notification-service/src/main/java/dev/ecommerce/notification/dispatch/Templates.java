package dev.ecommerce.notification.dispatch;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders messages from the Thymeleaf templates under {@code notifications/} (HTML for
 * mail, text for mail, SMS and the inbox), their words from the message bundle
 * {@code notifications/messages} in the recipient's language.
 */
@Component
public class Templates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	Templates() {
		this.messages.setBasename("notifications/messages");
		this.messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		this.messages.setFallbackToSystemLocale(false);
		// the same quoting rules in every message, with or without arguments: '' is a
		// quote
		this.messages.setAlwaysUseMessageFormat(true);
		this.engine.setTemplateEngineMessageSource(this.messages);
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("notifications/");
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	/** A message for mail: subject, plain text and HTML. */
	Rendered mail(Kind kind, Locale locale, Map<String, Object> model) {
		Context context = context(kind, locale, model);
		return new Rendered(subject(kind, locale, model),
				this.engine.process("mail/" + kind.mailTemplate() + ".txt", context),
				this.engine.process("mail/" + kind.mailTemplate() + ".html", context));
	}

	/** A short message, for SMS and the inbox: subject and plain text. */
	Rendered brief(Kind kind, Locale locale, Map<String, Object> model) {
		return new Rendered(subject(kind, locale, model),
				this.engine.process("short/brief.txt", context(kind, locale, model)).strip(), null);
	}

	/** A page this service shows in a browser, such as the unsubscribe confirmation. */
	public String page(String name, Locale locale, Map<String, Object> model) {
		return this.engine.process("pages/" + name + ".html", new Context(locale, model));
	}

	private String subject(Kind kind, Locale locale, Map<String, Object> model) {
		Object[] arguments = kind.subjectArguments().stream().map((name) -> model.getOrDefault(name, "")).toArray();
		return this.messages.getMessage(kind.key() + ".subject", arguments, locale);
	}

	private static Context context(Kind kind, Locale locale, Map<String, Object> model) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("key", kind.key());
		variables.put("fmt", new Formats(locale));
		return new Context(locale, variables);
	}

	/**
	 * A rendered message.
	 *
	 * @param subject the subject
	 * @param text the plain text
	 * @param html the HTML, for mail
	 */
	record Rendered(String subject, String text, @Nullable String html) {
	}

}
