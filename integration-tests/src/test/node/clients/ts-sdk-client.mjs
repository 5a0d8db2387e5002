// The official TypeScript SDK client against an mdm-mcp URL, once per protocol version:
// initialize -> tools/list -> tools/call over Streamable HTTP. Prints one JSON report on stdout
// and exits non-zero when any step fails.
//
//   node ts-sdk-client.mjs <url> <versions,comma-separated> <tool> <arguments as JSON>
//
// The SDK's client always asks for its newest version; to speak an older one the initialize
// request is rewritten on its way out, which is exactly what an older client would send.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [url, versionList, toolName, argumentsJson] = process.argv.slice(2);
if (!url || !versionList || !toolName) {
  console.error('usage: ts-sdk-client.mjs <url> <versions> <tool> <arguments-json>');
  process.exit(2);
}

async function exchange(version) {
  const sentVersionHeaders = {};
  const recordingFetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    if (body?.method) {
      sentVersionHeaders[body.method] = new Headers(init.headers).get('mcp-protocol-version');
    }
    return fetch(input, init);
  };
  const transport = new StreamableHTTPClientTransport(new URL(url), { fetch: recordingFetch });
  const send = transport.send.bind(transport);
  transport.send = (message, options) => {
    if (message.method === 'initialize') {
      message = { ...message, params: { ...message.params, protocolVersion: version } };
    }
    return send(message, options);
  };
  const client = new Client({ name: 'mdm-mcp-it-ts-sdk', version: '1.0.0' });
  try {
    await client.connect(transport);
    const tools = await client.listTools();
    const result = await client.callTool({ name: toolName, arguments: JSON.parse(argumentsJson || '{}') });
    return {
      version,
      negotiated: transport.protocolVersion,
      server: client.getServerVersion()?.name,
      toolCount: tools.tools.length,
      toolsWithoutDescription: tools.tools.filter((tool) => !tool.description?.trim()).map((tool) => tool.name),
      callIsError: result.isError === true,
      callText: result.content.filter((part) => part.type === 'text').map((part) => part.text).join('\n'),
      sentVersionHeaders,
    };
  } finally {
    await client.close();
  }
}

const reports = [];
let failed = false;
for (const version of versionList.split(',')) {
  try {
    reports.push(await exchange(version));
  } catch (error) {
    failed = true;
    reports.push({ version, error: String(error?.stack ?? error) });
  }
}
console.log(JSON.stringify(reports));
process.exit(failed ? 1 : 0);
