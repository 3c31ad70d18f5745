// How the real openid-client v6 reacts to each token-tampering, key, discovery and userinfo fault of OIDC Bench:
// for every fault, a fresh discovery and an Authorization Code + PKCE sign-in (then userinfo) run against
// `oidc-bench serve` with that fault switched on through the control API. The result table is
// docs/openid-client-faults.md; this test fails when the table no longer says what happens (run it with
// UPDATE_FAULT_TABLE=1 to rewrite the table after a deliberate change).
import './lib/webcrypto.mjs';

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import * as client from 'openid-client';

import { browserLogin, repoRoot, startProvider } from './lib/harness.mjs';

const SECRET = 'web-app-secret-change-me-0123456789abcdef';
const REDIRECT_URI = 'http://localhost:8080/callback';
const CONTROL_TOKEN = 'fault-table-control-token-0123456789';
const TABLE = join(repoRoot, 'docs', 'openid-client-faults.md');
let provider;
let control;

before(async () => {
  provider = await startProvider(['--control-token', CONTROL_TOKEN]);
  control = `${new URL(provider.issuer).origin}/_oidc-bench`;
});

after(async () => {
  assert.equal(await provider?.stop(), 0);
});

async function controlCall(method, path, body) {
  const response = await fetch(`${control}${path}`, {
    method,
    headers: { authorization: `Bearer ${CONTROL_TOKEN}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`);
  return response.status === 204 ? null : response.json();
}

// Discovery, sign-in, code exchange with every check openid-client offers, then userinfo with the expected
// subject. Resolves with 'accepted', or the step and error that stopped it.
async function runFlow() {
  let step = 'discovery';
  try {
    const config = await client.discovery(new URL(provider.issuer), 'web-app', undefined,
      client.ClientSecretBasic(SECRET), { execute: [client.allowInsecureRequests] });
    step = 'code exchange';
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI, scope: 'openid profile email', state, nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
    });
    const callback = await browserLogin(url, 'alice');
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true,
    });
    step = 'userinfo';
    await client.fetchUserInfo(config, tokens.access_token, tokens.claims().sub);
    return { accepted: true };
  } catch (error) {
    const reason = error.code ?? error.error ?? error.name;
    const detail = String(error.message).split('\n')[0].replace(/\|/g, '/');
    return { accepted: false, step, reason, detail };
  }
}

const FAULTS = [
  ...[
    'bad_signature', 'alg_none', 'unadvertised_alg', 'unknown_kid', 'no_kid', 'wrong_iss', 'wrong_aud',
    'missing_aud', 'multiple_aud_no_azp', 'expired', 'missing_exp', 'nbf_future', 'iat_future', 'iat_past',
    'missing_nonce', 'wrong_nonce', 'wrong_at_hash', 'missing_at_hash', 'wrong_c_hash', 'missing_c_hash',
    'missing_sub',
  ].map((name) => ({ fault: `tamper.${name}` })),
  { fault: 'userinfo.sub_mismatch' },
  { fault: 'userinfo.missing_sub' },
  { fault: 'jwks.empty' },
  { fault: 'jwks.missing_active_key' },
  { fault: 'jwks.down' },
  { fault: 'discovery.issuer_mismatch' },
  { fault: 'discovery.missing_endpoint', options: { member: 'token_endpoint' } },
  { fault: 'discovery.missing_endpoint', options: { member: 'jwks_uri' } },
  { fault: 'discovery.malformed' },
];

// Faults every conforming client must refuse, whatever else it does.
const MUST_REJECT = new Set([
  'tamper.alg_none', 'tamper.unadvertised_alg', 'tamper.wrong_iss', 'tamper.wrong_aud', 'tamper.missing_aud',
  'tamper.expired', 'tamper.missing_exp', 'tamper.wrong_nonce', 'tamper.missing_nonce', 'tamper.missing_sub',
  'userinfo.sub_mismatch', 'discovery.issuer_mismatch', 'discovery.malformed',
]);

function label(rule) {
  return rule.options ? `${rule.fault} (${Object.entries(rule.options).map(([k, v]) => `${k}=${v}`).join(', ')})`
    : rule.fault;
}

test('openid-client against each fault: the documented table', async () => {
  const baseline = await runFlow();
  assert.deepEqual(baseline, { accepted: true }, 'without faults the flow succeeds');

  const rows = [];
  for (const rule of FAULTS) {
    await controlCall('DELETE', '/faults');
    await controlCall('POST', '/reset');
    await controlCall('POST', '/faults', rule);
    const result = await runFlow();
    const fired = (await controlCall('GET', '/faults')).rules[0].fired;
    if (MUST_REJECT.has(rule.fault))
      assert.equal(result.accepted, false, `${label(rule)} must be rejected, but openid-client accepted it`);
    rows.push(`| \`${label(rule)}\` | ${fired > 0 ? 'yes' : 'no'} | ${result.accepted ? '**accepted**'
      : `rejected at ${result.step}: \`${result.reason}\` (${result.detail})`} |`);
  }
  await controlCall('DELETE', '/faults');

  const version = JSON.parse(readFileSync(join(repoRoot, 'tests', 'interop', 'node_modules', 'openid-client',
    'package.json'), 'utf8')).version;
  const table = `# How openid-client reacts to OIDC Bench's faults

Measured by \`tests/interop/fault-table.test.mjs\` with openid-client ${version} in Node: for each fault, a fresh
\`discovery()\`, an Authorization Code + PKCE sign-in of the confidential client \`web-app\` with
\`authorizationCodeGrant(..., { pkceCodeVerifier, expectedState, expectedNonce, idTokenExpected: true })\`, then
\`fetchUserInfo(..., expectedSubject)\`. Tampering applies to the ID token. "Fired" says whether the fault
happened at all in this flow (c_hash faults, for instance, change an ID token from the token endpoint that
has no c_hash to check). The test fails when this table no longer matches what happens.

**Accepted** is not always a bug: in the code flow the ID token comes straight from the token endpoint over
TLS, and OIDC Core 3.1.3.7 lets a client skip its signature check then; openid-client does, so signature and
key faults pass. A client that needs the signature checked calls \`client.validateJwtSignature\` or uses
\`jose\` (see \`spa-login.test.mjs\`, which verifies with the JWKS).

| Fault | Fired | openid-client |
|---|---|---|
${rows.join('\n')}
`;
  if (process.env.UPDATE_FAULT_TABLE === '1') {
    writeFileSync(TABLE, table);
  } else {
    let documented = '';
    try {
      documented = readFileSync(TABLE, 'utf8');
    } catch {
      // reported below
    }
    assert.equal(documented, table,
      'docs/openid-client-faults.md is out of date: run this test with UPDATE_FAULT_TABLE=1 and commit the table');
  }
});
