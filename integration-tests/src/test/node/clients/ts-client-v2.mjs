// The official TypeScript client v2 (@modelcontextprotocol/client) against an mdm-mcp URL, once per
// version negotiation mode: 'legacy' (the 2025 initialize handshake), 'auto' (probes with
// server/discover, falls back to initialize) and { pin: '2026-07-28' } (the 2026-07-28 era or
// nothing). Each connects, lists the tools page by page, calls a read tool and an unknown tool,
// and reports what went over the wire. Prints one JSON report on stdout and exits non-zero when
// any mode fails to connect, list or call.
//
//   node ts-client-v2.mjs <url> <modes, comma-separated: legacy,auto,2026-07-28> <tool> <arguments as JSON> <unknown tool>
import { Client, ProtocolError, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

const [url, modeList, toolName, argumentsJson, unknownTool] = process.argv.slice(2);
if (!url || !modeList || !toolName || !unknownTool) {
  console.error('usage: ts-client-v2.mjs <url> <modes> <tool> <arguments-json> <unknown-tool>');
  process.exit(2);
}

function negotiationMode(mode) {
  return mode === 'legacy' || mode === 'auto' ? mode : { pin: mode };
}

// Every request the client sends, in order: its method, the protocol version it claims in the
// MCP-Protocol-Version header and in _meta, and the Mcp-Method / Mcp-Name headers.
function recordingFetch(sent) {
  return async (input, init) => {
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    if (body?.method) {
      const headers = new Headers(init.headers);
      sent.push({
        method: body.method,
        versionHeader: headers.get('mcp-protocol-version'),
        metaVersion: body.params?._meta?.['io.modelcontextprotocol/protocolVersion'] ?? null,
        methodHeader: headers.get('mcp-method'),
        nameHeader: headers.get('mcp-name'),
      });
    }
    return fetch(input, init);
  };
}

async function listEveryPage(client) {
  const tools = [];
  let pages = 0;
  let cursor;
  do {
    const page = await client.listTools(cursor === undefined ? undefined : { cursor });
    pages++;
    tools.push(...page.tools);
    cursor = page.nextCursor;
  } while (cursor !== undefined && pages < 100);
  return { tools, pages };
}

async function refusalOf(client, name) {
  try {
    const result = await client.callTool({ name, arguments: {} });
    return {
      thrown: false,
      isError: result.isError === true,
      message: result.content?.filter((part) => part.type === 'text').map((part) => part.text).join('\n'),
    };
  } catch (error) {
    return {
      thrown: true,
      protocolError: error instanceof ProtocolError,
      code: error?.code ?? null,
      message: String(error?.message ?? error),
    };
  }
}

async function exchange(mode) {
  const sent = [];
  const transport = new StreamableHTTPClientTransport(new URL(url), { fetch: recordingFetch(sent) });
  const client = new Client({ name: 'mdm-mcp-it-ts-client-v2', version: '1.0.0' },
    { versionNegotiation: { mode: negotiationMode(mode) } });
  try {
    await client.connect(transport);
    const listing = await listEveryPage(client);
    const result = await client.callTool({ name: toolName, arguments: JSON.parse(argumentsJson || '{}') });
    const refusal = await refusalOf(client, unknownTool);
    return {
      mode,
      era: client.getProtocolEra() ?? null,
      negotiated: client.getNegotiatedProtocolVersion() ?? null,
      server: client.getServerVersion()?.name ?? null,
      toolCount: listing.tools.length,
      toolNames: listing.tools.map((tool) => tool.name),
      pages: listing.pages,
      callIsError: result.isError === true,
      structuredContent: result.structuredContent ?? null,
      refusal,
      sent,
    };
  } finally {
    await client.close();
  }
}

const reports = [];
let failed = false;
for (const mode of modeList.split(',')) {
  try {
    reports.push(await exchange(mode));
  } catch (error) {
    failed = true;
    reports.push({ mode, error: String(error?.stack ?? error) });
  }
}
console.log(JSON.stringify(reports));
process.exit(failed ? 1 : 0);
