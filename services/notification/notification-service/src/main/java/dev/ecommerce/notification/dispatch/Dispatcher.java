package dev.ecommerce.notification.dispatch;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.notification.NotificationProperties;
import dev.ecommerce.notification.api.Channel;
import dev.ecommerce.notification.api.Preferences;
import dev.ecommerce.notification.contact.Contact;
import dev.ecommerce.notification.contact.Contacts;
import dev.ecommerce.notification.preference.PreferenceStore;
import dev.ecommerce.notification.preference.UnsubscribeLinks;
import dev.ecommerce.notification.webhook.SellerWebhooks;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who gets a message on which channels and stores one notification for each,
 * rendered in the recipient's language; the delivery rounds send them. Rules:
 * <ul>
 * <li>nothing for a disabled or closed account;</li>
 * <li>mail when the contact is known and either the kind is transactional or the user
 * accepts mail and the category;</li>
 * <li>SMS and the inbox when the user chose the channel and accepts the category
 * (transactional kinds ignore the category), SMS only with a phone number and a
 * provider;</li>
 * <li>a seller's webhook, when the seller registered one, for the kinds meant for
 * sellers.</li>
 * </ul>
 * The same message again (same source, recipient and channel) adds nothing.
 */
@Service
public class Dispatcher {

	private final Contacts contacts;

	private final PreferenceStore preferences;

	private final SellerWebhooks webhooks;

	private final UnsubscribeLinks unsubscribeLinks;

	private final Templates templates;

	private final NotificationRows rows;

	private final NotificationProperties properties;

	private final JsonMapper jsonMapper;

	Dispatcher(Contacts contacts, PreferenceStore preferences, SellerWebhooks webhooks,
			UnsubscribeLinks unsubscribeLinks, Templates templates, NotificationRows rows,
			NotificationProperties properties, JsonMapper jsonMapper) {
		this.contacts = contacts;
		this.preferences = preferences;
		this.webhooks = webhooks;
		this.unsubscribeLinks = unsubscribeLinks;
		this.templates = templates;
		this.rows = rows;
		this.properties = properties;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Stores the notifications of a message.
	 * @return how many notifications were created (0 for a repeat)
	 */
	@Transactional
	public int dispatch(Message message) {
		Optional<Contact> contact = this.contacts.find(message.recipientId());
		if ((contact.isPresent() && !contact.get().enabled()) || this.contacts.erased(message.recipientId())) {
			return 0;
		}
		Preferences preferences = this.preferences.of(message.recipientId());
		Locale locale = Locale.forLanguageTag(preferences.locale());
		Kind kind = message.kind();
		boolean acceptsCategory = kind.transactional() || kind.category().acceptedIn(preferences.categories());
		Map<String, Object> model = model(message, contact);
		int created = 0;
		if (contact.isPresent() && (kind.transactional() || (preferences.channels().email() && acceptsCategory))) {
			String unsubscribe = (kind.category() == Category.MARKETING)
					? this.unsubscribeLinks.linkFor(message.recipientId()) : null;
			if (unsubscribe != null) {
				model.put("unsubscribeUrl", unsubscribe);
			}
			created += this.rows.create(message, Channel.EMAIL, contact.get().email(), locale,
					this.templates.mail(kind, locale, model), unsubscribe);
		}
		String phone = contact.map(Contact::phone).orElse(null);
		if (kind.sms() && this.properties.sms().enabled() && phone != null && preferences.channels().sms()
				&& acceptsCategory) {
			created += this.rows.create(message, Channel.SMS, phone, locale, this.templates.brief(kind, locale, model),
					null);
		}
		if (kind.inApp() && preferences.channels().inApp() && acceptsCategory) {
			created += this.rows.create(message, Channel.IN_APP, null, locale,
					this.templates.brief(kind, locale, model), null);
		}
		if (kind.webhook()) {
			var webhook = this.webhooks.find(message.recipientId());
			if (webhook.isPresent()) {
				Templates.Rendered brief = this.templates.brief(kind, locale, model);
				created += this.rows.create(message, Channel.WEBHOOK, webhook.get().url(), locale,
						new Templates.Rendered(brief.subject(), webhookBody(message), null), null);
			}
		}
		return created;
	}

	private Map<String, Object> model(Message message, Optional<Contact> contact) {
		Map<String, Object> model = new HashMap<>(message.model());
		model.putIfAbsent("name", contact.map(Contact::fullName).orElse(""));
		model.put("storefront", this.properties.links().storefront().toString());
		return model;
	}

	private String webhookBody(Message message) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", message.kind().name());
		body.put("sourceId", message.sourceId());
		body.put("sellerId", message.recipientId());
		body.put("data", message.model());
		return this.jsonMapper.writeValueAsString(body);
	}

	/** The recipient ids of the enabled admins. */
	public List<UUID> admins() {
		return this.contacts.admins();
	}

}
