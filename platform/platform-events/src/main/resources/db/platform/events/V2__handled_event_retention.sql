-- Handled event ids are deleted after ecommerce.events.consumer.handled-retention by the
-- relay's clean-up, which finds them by age.
CREATE INDEX handled_event_handled_at ON handled_event (handled_at);
