-- A coupon held for an order between its quote and its confirmation, so that a usage
-- limit of n lets at most n orders have the discount even when they check out at once.
CREATE TABLE coupon_hold (
    order_id            uuid PRIMARY KEY,
    code                text NOT NULL,
    expires_at          timestamptz NOT NULL
);

CREATE INDEX coupon_hold_code ON coupon_hold (code, expires_at);
