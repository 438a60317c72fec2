-- Carts: one active cart per signed-in user; a guest's cart is reached with its token,
-- of which only the SHA-256 is kept.
CREATE TABLE cart (
    id                  uuid PRIMARY KEY,
    user_id             uuid UNIQUE,
    token_hash          text,
    currency            char(3) NOT NULL,
    coupon_code         text,
    dest_country        char(2),
    dest_postal_code    text,
    version             bigint NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    CONSTRAINT cart_owner CHECK ((user_id IS NULL) <> (token_hash IS NULL))
);

CREATE INDEX cart_guest_updated ON cart (updated_at) WHERE user_id IS NULL;

-- The price each line was last seen at, for the price-changed warning.
CREATE TABLE cart_item (
    cart_id             uuid NOT NULL REFERENCES cart (id) ON DELETE CASCADE,
    sku                 text NOT NULL,
    product_id          uuid NOT NULL,
    quantity            integer NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    seen_price          bigint NOT NULL,
    seen_currency       char(3) NOT NULL,
    position            bigint NOT NULL,
    added_at            timestamptz NOT NULL,
    PRIMARY KEY (cart_id, sku)
);

-- What the catalog and the inventory last said of a SKU: filled by REST on first use,
-- kept fresh by product.events and inventory.events.
CREATE TABLE catalog_sku (
    sku                 text PRIMARY KEY,
    product_id          uuid NOT NULL,
    seller_id           uuid NOT NULL,
    name                text NOT NULL,
    price               bigint NOT NULL,
    currency            char(3) NOT NULL,
    sellable            boolean NOT NULL,
    product_version     bigint NOT NULL,
    available           integer,
    price_refreshed_at  timestamptz NOT NULL,
    stock_refreshed_at  timestamptz
);

CREATE TABLE coupon (
    code                text PRIMARY KEY,
    type                text NOT NULL CHECK (type IN ('PERCENT', 'FIXED', 'FREE_SHIPPING')),
    value               bigint NOT NULL CHECK (value >= 0),
    currency            char(3) NOT NULL,
    min_subtotal        bigint,
    valid_from          timestamptz,
    valid_until         timestamptz,
    usage_limit         integer CHECK (usage_limit > 0),
    version             bigint NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);

-- One row per confirmed order that used a coupon: the usage count, once per order.
CREATE TABLE coupon_use (
    order_id            uuid PRIMARY KEY,
    code                text NOT NULL,
    used_at             timestamptz NOT NULL
);

CREATE INDEX coupon_use_code ON coupon_use (code);
