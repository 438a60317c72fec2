-- The catalog: a category tree, products and their variants.

CREATE TABLE category (
    id         uuid        PRIMARY KEY,
    parent_id  uuid        REFERENCES category (id),
    name       text        NOT NULL,
    slug       text        NOT NULL CONSTRAINT category_slug_key UNIQUE,
    version    bigint      NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE INDEX category_parent ON category (parent_id);

CREATE TABLE product (
    id          uuid        PRIMARY KEY,
    seller_id   uuid        NOT NULL,
    name        text        NOT NULL,
    description text,
    brand       text,
    category_id uuid        REFERENCES category (id),
    attributes  jsonb       NOT NULL DEFAULT '{}',
    images      jsonb       NOT NULL DEFAULT '[]',
    status      text        NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE INDEX product_seller ON product (seller_id);
CREATE INDEX product_category ON product (category_id);

-- The sellable units. A SKU belongs to one product for good: an archived product keeps its SKUs.
CREATE TABLE product_variant (
    product_id     uuid   NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position       int    NOT NULL,
    sku            text   NOT NULL CONSTRAINT product_variant_sku_key UNIQUE,
    attributes     jsonb  NOT NULL DEFAULT '{}',
    price_amount   bigint NOT NULL CHECK (price_amount > 0),
    price_currency text   NOT NULL,
    weight_grams   int,
    PRIMARY KEY (product_id, position)
);

-- What the inventory service last said about a SKU (StockLevelChanged events). Kept per SKU,
-- not per variant, so that an event for a SKU that is not in the catalog yet is not lost.
CREATE TABLE stock_level (
    sku        text        PRIMARY KEY,
    available  int         NOT NULL,
    changed_at timestamptz NOT NULL
);
