-- OAuth servers (people sign in with the organisation's identity provider instead of using a
-- secret URL) and the authorization server behind them: registered clients, authorization
-- requests waiting for sign-in and consent, grants with their authorization code, and tokens.
-- Codes, access and refresh tokens and client secrets are kept only as SHA-256 (hex) hashes.

-- 'url': the URL holds a token; 'oauth': a stable URL, every request needs an access token
ALTER TABLE mcp_server ADD COLUMN auth VARCHAR(16) DEFAULT 'url' NOT NULL;

-- OAuth servers: who may sign in, {"emails": [...], "domains": [...], "groups": [...]}
ALTER TABLE mcp_server ADD COLUMN allowed_people VARCHAR(16000);

-- OAuth servers have no URL token
ALTER TABLE mcp_server ALTER COLUMN token_hash DROP NOT NULL;

-- the person who made a call of an OAuth server (IdP subject and e-mail)
ALTER TABLE tool_call ADD COLUMN subject VARCHAR(255);

ALTER TABLE tool_call ADD COLUMN email VARCHAR(320);

-- clients registered with Dynamic Client Registration (RFC 7591)
CREATE TABLE oauth_client (
    client_id VARCHAR(64) NOT NULL PRIMARY KEY,
    -- the registered client metadata, JSON as RFC 7591 writes it
    metadata VARCHAR(32000) NOT NULL,
    secret_hash VARCHAR(64),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- authorization requests that were valid, waiting for the person to sign in and consent
CREATE TABLE oauth_pending (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    -- a managed server's id, or 'config:' and a configured server's name
    server_key VARCHAR(250) NOT NULL,
    resource VARCHAR(2048) NOT NULL,
    client_id VARCHAR(2048) NOT NULL,
    client_name VARCHAR(200) NOT NULL,
    redirect_uri VARCHAR(2048) NOT NULL,
    state VARCHAR(2048),
    code_challenge VARCHAR(128) NOT NULL,
    scope VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX oauth_pending_expires_at ON oauth_pending (expires_at);

-- what a person allowed a client on one server; one per consent
CREATE TABLE oauth_grant (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    server_key VARCHAR(250) NOT NULL,
    resource VARCHAR(2048) NOT NULL,
    client_id VARCHAR(2048) NOT NULL,
    client_name VARCHAR(200) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    email VARCHAR(320),
    display_name VARCHAR(200),
    scope VARCHAR(200) NOT NULL,
    -- the authorization code of the consent: exchanged once, within its lifetime
    code_hash VARCHAR(64) NOT NULL UNIQUE,
    code_challenge VARCHAR(128) NOT NULL,
    redirect_uri VARCHAR(2048) NOT NULL,
    code_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    code_used BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- when its refresh tokens stop working
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX oauth_grant_server_key ON oauth_grant (server_key);

CREATE INDEX oauth_grant_subject ON oauth_grant (subject);

-- access and refresh tokens of a grant; a grant's refresh tokens are one family
CREATE TABLE oauth_token (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    grant_id VARCHAR(36) NOT NULL REFERENCES oauth_grant (id) ON DELETE CASCADE,
    -- 'access' or 'refresh'
    kind VARCHAR(16) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- refresh tokens: exchanged already (a second use revokes the grant)
    used BOOLEAN NOT NULL
);

CREATE INDEX oauth_token_grant_id ON oauth_token (grant_id);

CREATE INDEX oauth_token_expires_at ON oauth_token (expires_at);
