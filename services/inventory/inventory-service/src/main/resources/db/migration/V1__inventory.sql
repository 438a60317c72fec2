-- Stores, the stock of each SKU in each store, the ledger of its movements, reservations
-- for the checkout, and which seller owns each SKU (from the product service's events).

CREATE TABLE store (
    id            uuid        PRIMARY KEY,
    code          text        NOT NULL CONSTRAINT store_code_key UNIQUE,
    name          text        NOT NULL,
    type          text        NOT NULL CHECK (type IN ('WAREHOUSE', 'RETAIL')),
    address_line1 text        NOT NULL,
    address_line2 text,
    city          text        NOT NULL,
    postal_code   text        NOT NULL,
    country       text        NOT NULL,
    active        boolean     NOT NULL,
    version       bigint      NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

-- One row per SKU that has ever had stock: every change of a SKU's stock locks it first, so
-- that changes of one SKU are serialized (its total across stores is exact in each event)
-- and locks are always taken in one order: reservation, then items by SKU, then levels.
CREATE TABLE stock_item (
    sku text PRIMARY KEY
);

CREATE TABLE stock_level (
    store_id            uuid        NOT NULL REFERENCES store (id),
    sku                 text        NOT NULL REFERENCES stock_item (sku),
    on_hand             int         NOT NULL,
    reserved            int         NOT NULL DEFAULT 0,
    low_stock_threshold int         NOT NULL DEFAULT 0,
    version             bigint      NOT NULL,
    updated_at          timestamptz NOT NULL,
    PRIMARY KEY (store_id, sku),
    -- the last line of defence against overselling
    CONSTRAINT stock_level_on_hand_check CHECK (on_hand >= 0),
    CONSTRAINT stock_level_reserved_check CHECK (reserved >= 0 AND reserved <= on_hand),
    CONSTRAINT stock_level_threshold_check CHECK (low_stock_threshold >= 0)
);

CREATE INDEX stock_level_sku ON stock_level (sku);

-- The ledger: every change of on-hand, from which on-hand can be recomputed. Kept when a store
-- is deleted, so no foreign key to the store.
CREATE TABLE stock_movement (
    id             uuid        PRIMARY KEY,
    store_id       uuid        NOT NULL,
    sku            text        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('RECEIPT', 'SALE', 'RETURN', 'WRITE_OFF', 'CORRECTION')),
    quantity       int         NOT NULL CHECK (quantity <> 0),
    on_hand_after  int         NOT NULL,
    actor          text        NOT NULL,
    note           text,
    reservation_id uuid,
    at             timestamptz NOT NULL
);

CREATE INDEX stock_movement_level ON stock_movement (store_id, sku, at);

CREATE TABLE reservation (
    id         uuid        PRIMARY KEY,
    order_id   uuid        NOT NULL CONSTRAINT reservation_order_key UNIQUE,
    status     text        NOT NULL CHECK (status IN ('HELD', 'COMMITTED', 'RELEASED', 'EXPIRED')),
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE INDEX reservation_held_expiry ON reservation (expires_at) WHERE status = 'HELD';

CREATE TABLE reservation_allocation (
    reservation_id uuid NOT NULL REFERENCES reservation (id),
    sku            text NOT NULL,
    store_id       uuid NOT NULL,
    quantity       int  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (reservation_id, sku, store_id)
);

-- Which seller owns a SKU, from ProductCreated and ProductUpdated (the latest product version wins).
CREATE TABLE sku_owner (
    sku             text   PRIMARY KEY,
    seller_id       uuid   NOT NULL,
    product_id      uuid   NOT NULL,
    product_version bigint NOT NULL
);

CREATE INDEX sku_owner_seller ON sku_owner (seller_id);
