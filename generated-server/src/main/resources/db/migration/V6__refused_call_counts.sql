-- Calls refused before any upstream request (bad arguments, rate budget, busy, open circuit) are
-- counted per server, outcome and minute instead of kept one row each: a client can make them by
-- the thousand a second, and the history must not fill the disk.

CREATE TABLE refused_call_count (
    server_id VARCHAR(36) NOT NULL REFERENCES mcp_server (id) ON DELETE CASCADE,
    -- the start of the minute, UTC
    minute_start TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome VARCHAR(32) NOT NULL,
    calls BIGINT NOT NULL,
    PRIMARY KEY (server_id, minute_start, outcome)
);

CREATE INDEX refused_call_count_minute ON refused_call_count (minute_start);
