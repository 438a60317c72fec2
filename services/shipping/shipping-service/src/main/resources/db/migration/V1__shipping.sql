-- Carriers and their rate tables (services, zones by country and postcode prefix, weight
-- brackets), shipments with their tracking numbers and the events of their journey.

CREATE TABLE carrier (
    code         text        PRIMARY KEY,
    name         text        NOT NULL,
    tracking_url text        NOT NULL,
    active       boolean     NOT NULL,
    version      bigint      NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE carrier_service (
    carrier_code    text NOT NULL REFERENCES carrier (code) ON DELETE CASCADE,
    code            text NOT NULL,
    name            text NOT NULL,
    tracking_prefix text NOT NULL CHECK (tracking_prefix ~ '^[A-Z]{2}$'),
    position        int  NOT NULL,
    PRIMARY KEY (carrier_code, code)
);

CREATE TABLE shipping_zone (
    carrier_code text NOT NULL REFERENCES carrier (code) ON DELETE CASCADE,
    code         text NOT NULL,
    name         text NOT NULL,
    position     int  NOT NULL,
    PRIMARY KEY (carrier_code, code)
);

-- A country, or the part of it whose normalized postcode (capitals, no spaces) starts with
-- the prefix; '' is the whole country. Of one carrier, the longest matching prefix decides.
CREATE TABLE zone_area (
    carrier_code    text NOT NULL,
    zone_code       text NOT NULL,
    country         text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    postcode_prefix text NOT NULL DEFAULT '' CHECK (postcode_prefix ~ '^[A-Z0-9]{0,10}$'),
    PRIMARY KEY (carrier_code, country, postcode_prefix),
    FOREIGN KEY (carrier_code, zone_code) REFERENCES shipping_zone (carrier_code, code) ON DELETE CASCADE
);

-- The price of a parcel up to max_weight_grams, for one service to one zone.
CREATE TABLE rate_bracket (
    carrier_code     text   NOT NULL,
    service_code     text   NOT NULL,
    zone_code        text   NOT NULL,
    max_weight_grams bigint NOT NULL CHECK (max_weight_grams > 0),
    amount           bigint NOT NULL CHECK (amount >= 0),
    currency         text   NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    estimated_days   int    NOT NULL CHECK (estimated_days >= 0),
    PRIMARY KEY (carrier_code, service_code, zone_code, max_weight_grams),
    FOREIGN KEY (carrier_code, service_code) REFERENCES carrier_service (carrier_code, code) ON DELETE CASCADE,
    FOREIGN KEY (carrier_code, zone_code) REFERENCES shipping_zone (carrier_code, code) ON DELETE CASCADE
);

-- The serial numbers of UPU S10 tracking numbers: eight digits.
CREATE SEQUENCE tracking_serial MINVALUE 1 MAXVALUE 99999999 START 10000001 CYCLE;

CREATE TABLE shipment (
    id              uuid        PRIMARY KEY,
    order_id        uuid        NOT NULL CONSTRAINT shipment_order_key UNIQUE,
    order_number    text,
    user_id         uuid,
    network         text        NOT NULL,
    carrier         text        NOT NULL,
    service         text        NOT NULL,
    service_name    text        NOT NULL,
    zone            text        NOT NULL,
    tracking_number text        NOT NULL CONSTRAINT shipment_tracking_number_key UNIQUE,
    tracking_url    text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('LABEL_CREATED', 'PICKED_UP', 'IN_TRANSIT',
                        'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'RETURNED_TO_SENDER', 'VOIDED')),
    full_name       text        NOT NULL,
    line1           text        NOT NULL,
    line2           text,
    city            text        NOT NULL,
    postal_code     text        NOT NULL,
    country         text        NOT NULL,
    phone           text,
    parcel_weights  bigint[]    NOT NULL,
    weight_grams    bigint      NOT NULL CHECK (weight_grams > 0),
    cost_amount     bigint      NOT NULL CHECK (cost_amount >= 0),
    cost_currency   text        NOT NULL,
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE INDEX shipment_user ON shipment (user_id, created_at);

-- the shipments whose carriers are asked where they are, rather than calling back
CREATE INDEX shipment_in_flight_elsewhere ON shipment (updated_at)
    WHERE network <> 'table' AND status NOT IN ('DELIVERED', 'RETURNED_TO_SENDER', 'VOIDED');

CREATE TABLE tracking_event (
    id          uuid        PRIMARY KEY,
    shipment_id uuid        NOT NULL REFERENCES shipment (id),
    status      text        NOT NULL,
    location    text,
    description text,
    source      text        NOT NULL CHECK (source IN ('SYSTEM', 'CARRIER', 'ADMIN')),
    at          timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL
);

CREATE INDEX tracking_event_shipment ON tracking_event (shipment_id, at);

-- Return labels for accepted returns: one per return, from the shopper back to the sender.
CREATE TABLE return_label (
    id              uuid        PRIMARY KEY,
    shipment_id     uuid        NOT NULL REFERENCES shipment (id),
    return_id       uuid        NOT NULL CONSTRAINT return_label_return_key UNIQUE,
    tracking_number text        NOT NULL CONSTRAINT return_label_tracking_number_key UNIQUE,
    tracking_url    text        NOT NULL,
    weight_grams    bigint      NOT NULL CHECK (weight_grams > 0),
    created_at      timestamptz NOT NULL
);

CREATE INDEX return_label_shipment ON return_label (shipment_id);
