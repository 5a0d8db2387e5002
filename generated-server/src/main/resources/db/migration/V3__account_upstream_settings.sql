-- What an integrated account sets of rate_limits, max_concurrency, timeouts, max_response_bytes
-- and circuit_breaker: a JSON object with the keys of the configuration file; NULL sets nothing,
-- so the vendor's defaults apply.

ALTER TABLE integrated_account ADD COLUMN upstream_settings VARCHAR(4096);
