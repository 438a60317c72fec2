-- The Idempotency-Key an order was placed with, unique per customer: a retry finds the order
-- placed before, even when the first request died after the order was written but before its
-- answer was stored (a crash, a timeout), so a customer is never charged for two orders.
ALTER TABLE orders ADD COLUMN idempotency_key text;

CREATE UNIQUE INDEX orders_user_idempotency_key ON orders (user_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
