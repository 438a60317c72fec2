-- The catalog as the product service's events describe it: what may be recommended.
CREATE TABLE catalog_product (
    product_id  uuid PRIMARY KEY,
    name        varchar(200) NOT NULL,
    category_id uuid,
    active      boolean NOT NULL,
    version     bigint NOT NULL
);

CREATE TABLE catalog_sku (
    sku        varchar(64) PRIMARY KEY,
    product_id uuid NOT NULL REFERENCES catalog_product (product_id)
);
CREATE INDEX catalog_sku_product ON catalog_sku (product_id);

-- What can be sold of a SKU across all stores, from the inventory service's events.
CREATE TABLE sku_stock (
    sku       varchar(64) PRIMARY KEY,
    available integer NOT NULL,
    at        timestamptz NOT NULL
);

-- What shoppers did: purchases, cart additions, views. A row names the product, or only
-- the SKU (the demo history, resolved through catalog_sku when the models train).
CREATE TABLE interaction (
    id         bigserial PRIMARY KEY,
    user_key   varchar(120) NOT NULL,
    product_id uuid,
    sku        varchar(64),
    basket     varchar(100),
    signal     varchar(16) NOT NULL CHECK (signal IN ('PURCHASE', 'ADD_TO_CART', 'VIEW')),
    at         timestamptz NOT NULL,
    CHECK (product_id IS NOT NULL OR sku IS NOT NULL)
);
CREATE INDEX interaction_user ON interaction (user_key);

-- Each training's models, serialised; the newest is served.
CREATE TABLE trained_model (
    version         bigserial PRIMARY KEY,
    trained_at      timestamptz NOT NULL,
    interactions    integer NOT NULL,
    items           integer NOT NULL,
    fingerprint     varchar(100) NOT NULL,
    training_millis bigint NOT NULL,
    payload         bytea NOT NULL
);
