-- When a request was last sent to its requester for validation, and when they were reminded of it:
-- the lifecycle job reminds them and accepts on their behalf after the configured business days.
ALTER TABLE service_request ADD COLUMN validation_sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE service_request ADD COLUMN validation_reminded_at TIMESTAMP WITH TIME ZONE;

UPDATE service_request SET validation_sent_at = (
  SELECT MAX(h.occurred_at) FROM request_history h
  WHERE h.request_id = service_request.id AND h.to_state = 'AWAITING_VALIDATION')
WHERE state = 'AWAITING_VALIDATION';

CREATE INDEX service_request_validation_ix ON service_request (state, validation_sent_at);
