-- Low-stock alerts: opened once when what a store can promise of a SKU falls to or below the
-- level's threshold, closed when restocking lifts it above.

CREATE TABLE low_stock_alert (
    id         uuid        PRIMARY KEY,
    store_id   uuid        NOT NULL,
    sku        text        NOT NULL,
    available  int         NOT NULL,
    threshold  int         NOT NULL,
    opened_at  timestamptz NOT NULL,
    closed_at  timestamptz
);

-- at most one open alert per store and SKU
CREATE UNIQUE INDEX low_stock_alert_open ON low_stock_alert (store_id, sku) WHERE closed_at IS NULL;
CREATE INDEX low_stock_alert_sku ON low_stock_alert (sku);
