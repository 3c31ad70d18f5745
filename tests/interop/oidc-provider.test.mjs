// OIDC Bench as the client of a real third-party provider: `oidc-bench login` against panva's
// oidc-provider (OpenID Certified), started here on loopback, with its login, consent and logout pages
// completed in Debian's headless Chromium. Covers code + PKCE with client_secret_basic, userinfo, refresh,
// introspection, revocation and RP-initiated logout; pushed authorization requests with client_secret_jwt and
// private_key_jwt.
import './lib/webcrypto.mjs';

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import Provider from 'oidc-provider';

import { benchBinary, launchChromium } from './lib/harness.mjs';

const clientSecret = 'interop-client-secret-0123456789abcdef';
// The private key of the client that authenticates with private_key_jwt, as the JWK oidc-bench is given;
// oidc-provider knows its public half.
const { privateKey: clientPrivateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const clientJwk = { ...clientPrivateKey.export({ format: 'jwk' }), kid: 'bench-key-1' };
const { d: _d, ...clientPublicJwk } = clientJwk;

let issuer;
let server;
let browser;
let callbackPort;

async function freePort() {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address();
  probe.close();
  await once(probe, 'close');
  return port;
}

before(async () => {
  const opPort = await freePort();
  callbackPort = await freePort();
  issuer = `http://127.0.0.1:${opPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'bench',
        client_secret: clientSecret,
        redirect_uris: [`http://127.0.0.1:${callbackPort}/callback`],
        post_logout_redirect_uris: [`http://127.0.0.1:${callbackPort}/logged-out`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: 'bench-jwt',
        client_secret: clientSecret,
        redirect_uris: [`http://127.0.0.1:${callbackPort}/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_jwt',
      },
      {
        client_id: 'bench-key',
        redirect_uris: [`http://127.0.0.1:${callbackPort}/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'private_key_jwt',
        jwks: { keys: [clientPublicJwk] },
      },
    ],
    features: {
      devInteractions: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: async (ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: `${sub}@example.test`, email_verified: true }),
    }),
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    pkce: { required: () => true },
    cookies: { keys: ['interop-test-cookie-key-0123456789'] },
  });
  server = createServer(provider.callback());
  server.listen(opPort, '127.0.0.1');
  await once(server, 'listening');
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

// The user's part in Chromium: sign in and consent, or confirm the logout. Only loopback is reachable (the
// provider's pages link a web font, which is not fetched).
async function userAt(url, log) {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort());
  const page = await context.newPage();
  try {
    await page.goto(url);
    if (page.url().startsWith(`http://127.0.0.1:${callbackPort}/`)) {
      // Answered at once (an error, or single sign-on): nothing for the user to do.
    } else if (new URL(url).pathname.includes('session/end')) {
      await page.click('button[name="logout"][value="yes"]');
      await page.waitForURL((u) => u.href.startsWith(`http://127.0.0.1:${callbackPort}/logged-out`));
    } else {
      await page.fill('input[name="login"]', 'alice');
      await page.fill('input[name="password"]', 'any password');
      await page.click('button[type="submit"]');
      await page.click('button:has-text("Continue")');
      await page.waitForURL((u) => u.href.startsWith(`http://127.0.0.1:${callbackPort}/callback`));
    }
    await page.waitForSelector('text=You can close this tab');
  } catch (e) {
    throw new Error(`${e.message}\nat ${page.url()}\noidc-bench login said:\n${log()}`);
  } finally {
    await context.close();
  }
}

// Runs `oidc-bench login` and does the user's part at each URL it prints; resolves with its exit code and
// JSON output.
async function benchLogin(args, { clientId = 'bench', secret = clientSecret } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'oidc-bench-op-'));
  const secretFile = join(dir, 'secret');
  writeFileSync(secretFile, secret);
  const child = spawn(benchBinary(), ['login', '--issuer', issuer, '--client-id', clientId,
    '--client-secret-file', secretFile, '--port', String(callbackPort), '--no-browser', '--json',
    '--timeout', '60', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const visits = [];
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    const urls = [...stderr.matchAll(/Open this URL in a browser:\n {2}(\S+)\n/g)].map((m) => m[1]);
    while (visits.length < urls.length)
      visits.push(userAt(urls[visits.length], () => stderr));
  });
  const [code] = await once(child, 'exit');
  await Promise.all(visits);
  return { code, json: stdout ? JSON.parse(stdout) : {}, stderr, visits: visits.length };
}

test('sign-in with code + PKCE, then userinfo, refresh, introspection, revocation and logout', async () => {
  const { code, json, stderr, visits } = await benchLogin([
    '--scope', 'openid email',
    '--then', 'userinfo-post,refresh,introspect,introspect-refresh,revoke-refresh,revoke,logout',
  ]);
  assert.equal(code, 0, `${stderr}\n${JSON.stringify(json, null, 2)}`);
  assert.equal(visits, 2, 'the browser was used for the sign-in and the logout');
  assert.equal(json.valid, true);
  assert.equal(json.id_token.claims.sub, 'alice');
  assert.equal(json.id_token.claims.iss, issuer);
  // at_hash is optional for ID tokens from the token endpoint, and oidc-provider leaves it out.
  for (const check of ['signature', 'iss', 'aud', 'exp', 'iat', 'nonce'])
    assert.equal(json.id_token.checks.find((c) => c.id === check)?.status, 'passed', check);
  assert.deepEqual(json.checks.map((c) => [c.id, c.status]),
    [['response_mode', 'passed'], ['state', 'passed'], ['iss', 'passed'], ['token_type', 'passed']]);

  const steps = Object.fromEntries(json.steps.map((s) => [s.step, s]));
  assert.deepEqual(json.steps.map((s) => s.step),
    ['userinfo-post', 'refresh', 'introspect', 'introspect-refresh', 'revoke-refresh', 'revoke', 'logout']);
  assert.equal(steps['userinfo-post'].body.email, 'alice@example.test');
  assert.equal(steps['userinfo-post'].checks[0].status, 'passed', 'userinfo sub is the ID token sub');
  const refreshed = steps.refresh.tokens;
  assert.ok(refreshed.access_token && refreshed.access_token !== json.tokens.access_token);
  assert.equal(steps.introspect.body.active, true);
  assert.equal(steps['introspect-refresh'].body.active, true);
  assert.equal(steps.logout.checks.find((c) => c.id === 'state').status, 'passed');

  // The provider agrees that the refresh and access tokens are gone.
  for (const token of [refreshed.refresh_token, refreshed.access_token]) {
    const reply = await fetch(`${issuer}/token/introspection`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`bench:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ token }),
    });
    assert.equal((await reply.json()).active, false);
  }
});

// Pushed authorization requests (RFC 9126) and JWT client authentication (RFC 7523), as oidc-provider checks
// them: the pushed request and the token request each carry a fresh assertion.
for (const [auth, clientId, secret] of [['client_secret_jwt', 'bench-jwt', clientSecret],
  ['private_key_jwt', 'bench-key', JSON.stringify(clientJwk)]]) {
  test(`sign-in through a pushed authorization request with ${auth}`, async () => {
    const { code, json, stderr, visits } = await benchLogin(
      ['--scope', 'openid email', '--par', '--auth', auth, '--no-userinfo'], { clientId, secret });
    assert.equal(code, 0, `${stderr}\n${JSON.stringify(json, null, 2)}`);
    assert.equal(visits, 1);
    assert.equal(json.valid, true);
    assert.equal(json.id_token.claims.aud, clientId);
    // The browser carried only the client and the reference.
    const opened = new URL(stderr.match(/Open this URL in a browser:\n {2}(\S+)\n/)[1]);
    assert.deepEqual([...opened.searchParams.keys()].sort(), ['client_id', 'request_uri']);
  });
}

test('a refused request ends with the provider\'s error and exit code 1', async () => {
  const { code, json } = await benchLogin(['--scope', 'openid email', '--param', 'prompt=none']);
  assert.equal(code, 1);
  assert.equal(json.provider_error.error, 'login_required');
});
