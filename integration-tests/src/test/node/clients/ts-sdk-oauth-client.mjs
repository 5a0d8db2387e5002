// The official TypeScript SDK client signs in to an OAuth-protected mdm-mcp server, as Claude's
// connectors do: discovery (401 -> protected resource metadata -> authorization server metadata),
// client registration, authorization code with PKCE in a browser, token exchange; then
// tools/list, tools/call and a refresh of the tokens. Prints one JSON report on stdout and exits
// non-zero when any step fails. Tokens and codes are never printed.
//
//   node ts-sdk-oauth-client.mjs <mcp url> <cimd|dcr> <tool> <arguments as JSON> <handoff folder> [<pfx> <pfx password>]
//
// cimd: the client's id is the https URL of its Client ID Metadata Document, served here on
//       loopback with the certificate of <pfx>; dcr: the client registers (RFC 7591).
// The authorization URL the person must open is written to <handoff folder>/authorize-url; the
// test opens it in a browser, and the browser's redirect back lands on this script's callback.
// At the end the code, tokens and verifier go to <handoff folder>/secrets.json, for the test to
// search the server's logs and pages for them.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import crypto from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError, auth } from '@modelcontextprotocol/sdk/client/auth.js';

const [url, mode, toolName, argumentsJson, handoff, pfxPath, pfxPassword] = process.argv.slice(2);
if (!url || !['cimd', 'dcr'].includes(mode) || !toolName || !handoff) {
  console.error('usage: ts-sdk-oauth-client.mjs <url> <cimd|dcr> <tool> <arguments-json> <handoff-folder> [<pfx> <password>]');
  process.exit(2);
}

const servers = [];
async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return server.address().port;
}

let answered;
const answer = new Promise((resolve) => { answered = resolve; });
const callbackPort = await listen(http.createServer((request, response) => {
  const received = new URL(request.url, 'http://127.0.0.1');
  if (received.pathname !== '/callback') {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    .end('<!doctype html><title>Connected</title><p id="done">Signed in. You may close this window.</p>');
  answered({ code: received.searchParams.get('code'), state: received.searchParams.get('state'),
    error: received.searchParams.get('error') });
}));
const redirectUrl = `http://127.0.0.1:${callbackPort}/callback`;
const metadata = {
  client_name: 'mdm-mcp e2e client (TypeScript SDK)',
  redirect_uris: [redirectUrl],
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  token_endpoint_auth_method: 'none',
};

let clientMetadataUrl;
if (mode === 'cimd') {
  const documentPort = await listen(https.createServer({ pfx: fs.readFileSync(pfxPath), passphrase: pfxPassword },
    (request, response) => {
      if (request.url !== '/oauth/client-metadata.json') {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ client_id: clientMetadataUrl, ...metadata }));
    }));
  clientMetadataUrl = `https://127.0.0.1:${documentPort}/oauth/client-metadata.json`;
}

const kept = {};
const provider = {
  get redirectUrl() { return redirectUrl; },
  clientMetadataUrl,
  get clientMetadata() { return metadata; },
  state() { kept.state = crypto.randomBytes(16).toString('base64url'); return kept.state; },
  clientInformation() { return kept.client; },
  saveClientInformation(information) { kept.client = information; },
  tokens() { return kept.tokens; },
  saveTokens(tokens) { kept.tokens = tokens; },
  redirectToAuthorization(authorizationUrl) {
    kept.authorizationUrl = authorizationUrl;
    fs.writeFileSync(path.join(handoff, 'authorize-url.tmp'), authorizationUrl.toString());
    fs.renameSync(path.join(handoff, 'authorize-url.tmp'), path.join(handoff, 'authorize-url'));
  },
  saveCodeVerifier(verifier) { kept.verifier = verifier; },
  codeVerifier() { return kept.verifier; },
};

function connect() {
  const transport = new StreamableHTTPClientTransport(new URL(url), { authProvider: provider });
  const client = new Client({ name: 'mdm-mcp-it-oauth', version: '1.0.0' });
  return { transport, client };
}

const report = { mode };
try {
  const started = Date.now();
  const first = connect();
  try {
    await first.client.connect(first.transport);
    throw new Error('the server let the client in without signing in');
  } catch (error) {
    if (!(error instanceof UnauthorizedError)) {
      throw error;
    }
  }
  const authorization = new URL(kept.authorizationUrl);
  report.authorizationParameters = [...authorization.searchParams.keys()].sort();
  report.codeChallengeMethod = authorization.searchParams.get('code_challenge_method');
  report.resource = authorization.searchParams.get('resource');
  report.clientIdIsMetadataUrl = kept.client?.client_id === clientMetadataUrl && clientMetadataUrl !== undefined;
  const back = await answer;
  if (back.error || !back.code) {
    throw new Error(`the authorization server answered ${back.error ?? 'without a code'}`);
  }
  report.stateRoundTrip = back.state === kept.state;
  await first.transport.finishAuth(back.code);
  const second = connect();
  await second.client.connect(second.transport);
  report.signInMs = Date.now() - started;
  const tools = await second.client.listTools();
  report.toolCount = tools.tools.length;
  report.readOnlyTools = tools.tools.every((tool) => tool.annotations?.readOnlyHint === true);
  const result = await second.client.callTool({ name: toolName, arguments: JSON.parse(argumentsJson || '{}') });
  report.callIsError = result.isError === true;
  report.callText = result.content.filter((part) => part.type === 'text').map((part) => part.text).join('\n');
  await second.client.close();

  const before = kept.tokens;
  kept.tokens = { ...before, access_token: 'expired-access-token-of-the-test' };
  const refreshed = await auth(provider, { serverUrl: url });
  report.refresh = refreshed;
  report.accessTokenRotated = kept.tokens.access_token !== before.access_token;
  report.refreshTokenRotated = kept.tokens.refresh_token !== before.refresh_token;
  const third = connect();
  await third.client.connect(third.transport);
  report.toolCountAfterRefresh = (await third.client.listTools()).tools.length;
  await third.client.close();
  // For the test's search of logs and pages only (never printed): every secret the client held.
  fs.writeFileSync(path.join(handoff, 'secrets.json'), JSON.stringify([back.code, before.access_token,
    before.refresh_token, kept.tokens.access_token, kept.tokens.refresh_token, kept.verifier]));
} catch (error) {
  report.error = String(error?.stack ?? error);
}
servers.forEach((server) => server.close());
console.log(JSON.stringify(report));
process.exit(report.error ? 1 : 0);
