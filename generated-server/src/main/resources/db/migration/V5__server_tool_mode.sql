-- How a managed MCP server presents its tools: 'all' lists them, 'discovery' offers the
-- search/describe/call meta-tools instead.

ALTER TABLE mcp_server ADD COLUMN tool_mode VARCHAR(16) DEFAULT 'all' NOT NULL;
