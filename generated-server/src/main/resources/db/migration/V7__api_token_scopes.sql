-- An API token is an admin token (the admin API) or an MCP-access token, limited to the managed
-- servers it names (their require_api_token_auth URLs). Tokens created before are admin tokens.

ALTER TABLE api_token ADD COLUMN scope VARCHAR(8) DEFAULT 'admin' NOT NULL;

-- comma-separated ids of the MCP servers an MCP-access token opens; NULL for admin tokens
ALTER TABLE api_token ADD COLUMN servers VARCHAR(8192);
