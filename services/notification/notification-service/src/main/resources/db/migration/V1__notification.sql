-- How to reach each user, kept from the user service's events; erased when the user is.
CREATE TABLE contact (
	user_id     uuid PRIMARY KEY,
	email       text NOT NULL,
	full_name   text NOT NULL,
	phone       text,
	roles       text NOT NULL DEFAULT 'CUSTOMER',
	enabled     boolean NOT NULL DEFAULT true,
	version     bigint NOT NULL DEFAULT 0,
	updated_at  timestamptz NOT NULL
);
CREATE INDEX contact_admins ON contact (user_id) WHERE roles LIKE '%ADMIN%';

-- What each user wants: channels, categories, language. No row means the defaults.
CREATE TABLE preference (
	user_id        uuid PRIMARY KEY,
	email          boolean NOT NULL,
	sms            boolean NOT NULL,
	in_app         boolean NOT NULL,
	order_updates  boolean NOT NULL,
	shipping       boolean NOT NULL,
	marketing      boolean NOT NULL,
	account        boolean NOT NULL,
	locale         text NOT NULL,
	updated_at     timestamptz NOT NULL
);

-- Whose order an order is, so that shipping events (which carry the order id only) reach its owner.
CREATE TABLE order_owner (
	order_id    uuid PRIMARY KEY,
	user_id     uuid NOT NULL,
	number      text NOT NULL,
	created_at  timestamptz NOT NULL
);
CREATE INDEX order_owner_user ON order_owner (user_id);

-- Which users bought from which seller: the audience of a seller's campaign.
CREATE TABLE seller_customer (
	seller_id   uuid NOT NULL,
	user_id     uuid NOT NULL,
	PRIMARY KEY (seller_id, user_id)
);
CREATE INDEX seller_customer_user ON seller_customer (user_id);

-- Where a seller wants its events posted, and the secret they are signed with.
CREATE TABLE seller_webhook (
	seller_id   uuid PRIMARY KEY,
	url         text NOT NULL,
	secret      text NOT NULL,
	updated_at  timestamptz NOT NULL
);

-- One message to one recipient on one channel, for one event (or campaign): the unique key
-- makes a redelivered event create nothing new.
CREATE TABLE notification (
	id               uuid PRIMARY KEY,
	source_id        text NOT NULL,
	kind             text NOT NULL,
	category         text NOT NULL,
	recipient_id     uuid NOT NULL,
	channel          text NOT NULL,
	address          text,
	locale           text NOT NULL,
	subject          text NOT NULL,
	text_body        text NOT NULL,
	html_body        text,
	unsubscribe_url  text,
	status           text NOT NULL,
	attempts         int NOT NULL DEFAULT 0,
	next_attempt_at  timestamptz,
	last_error       text,
	read_at          timestamptz,
	created_at       timestamptz NOT NULL,
	sent_at          timestamptz,
	CONSTRAINT notification_once UNIQUE (source_id, recipient_id, channel),
	CONSTRAINT notification_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
	CONSTRAINT notification_channel CHECK (channel IN ('EMAIL', 'SMS', 'IN_APP', 'WEBHOOK'))
);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_inbox ON notification (recipient_id, created_at DESC) WHERE channel = 'IN_APP';
CREATE INDEX notification_created ON notification (created_at DESC);

-- Every delivery attempt, for the admins' log.
CREATE TABLE notification_attempt (
	notification_id  uuid NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
	attempt          int NOT NULL,
	at               timestamptz NOT NULL,
	outcome          text NOT NULL,
	error            text,
	PRIMARY KEY (notification_id, attempt)
);

CREATE TABLE campaign (
	id           uuid PRIMARY KEY,
	sender_id    uuid NOT NULL,
	subject      text NOT NULL,
	message      text NOT NULL,
	coupon_code  text,
	audience     text NOT NULL,
	recipients   int NOT NULL,
	created_at   timestamptz NOT NULL
);

-- The ids of closed accounts (nothing else about them): events about them that arrive
-- after the erasure notify nobody.
CREATE TABLE erased_user (
	user_id     uuid PRIMARY KEY,
	erased_at   timestamptz NOT NULL
);
