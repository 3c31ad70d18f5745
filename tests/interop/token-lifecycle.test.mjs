// openid-client v6 (in Node) against `oidc-bench serve`: the confidential client `web-app` signs a user in with
// Authorization Code + PKCE, then refreshes, introspects and revokes; and gets a client_credentials token (also
// authenticated with client_secret_jwt, and with private_key_jwt by a key registered in the client's jwks, which
// also signs a request object); and signs in through a pushed authorization request.
import './lib/webcrypto.mjs';

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import * as client from 'openid-client';

import { browserLogin, startProvider, writeWorkspace } from './lib/harness.mjs';

const SECRET = 'web-app-secret-change-me-0123456789abcdef';
const REDIRECT_URI = 'http://localhost:8080/callback';
let provider;
let config;

before(async () => {
  provider = await startProvider([]);
  config = await client.discovery(new URL(provider.issuer), 'web-app', undefined, client.ClientSecretBasic(SECRET), {
    execute: [client.allowInsecureRequests],
  });
});

after(async () => {
  assert.equal(await provider?.stop(), 0);
});

async function signIn(scope) {
  const code_verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(code_verifier),
    code_challenge_method: 'S256',
  });
  const callback = await browserLogin(url, 'alice');
  return client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: code_verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true,
  });
}

test('refresh: rotated refresh token, new ID token for the same user', async () => {
  const tokens = await signIn('openid profile email offline_access');
  assert.ok(tokens.refresh_token, 'offline_access yields a refresh token');
  const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token);
  assert.notEqual(refreshed.refresh_token, tokens.refresh_token);
  assert.equal(refreshed.claims().sub, tokens.claims().sub);
  assert.equal(refreshed.claims().auth_time, tokens.claims().auth_time);
  const userinfo = await client.fetchUserInfo(config, refreshed.access_token, tokens.claims().sub);
  assert.equal(userinfo.email, 'alice@example.com');

  // The replaced refresh token is refused, and that revokes the grant.
  await assert.rejects(client.refreshTokenGrant(config, tokens.refresh_token), (e) => e.error === 'invalid_grant');
  await assert.rejects(client.refreshTokenGrant(config, refreshed.refresh_token), (e) => e.error === 'invalid_grant');
});

test('Code + PKCE through a pushed authorization request (RFC 9126)', async () => {
  assert.equal(config.serverMetadata().pushed_authorization_request_endpoint, `${provider.issuer}/par`);
  const code_verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = await client.buildAuthorizationUrlWithPAR(config, {
    redirect_uri: REDIRECT_URI,
    scope: 'openid email',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(code_verifier),
    code_challenge_method: 'S256',
  });
  // Only the client and the reference travel through the browser.
  assert.deepEqual([...url.searchParams.keys()].sort(), ['client_id', 'request_uri']);
  assert.match(url.searchParams.get('request_uri'), /^urn:ietf:params:oauth:request_uri:/);
  const callback = await browserLogin(url, 'alice');
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: code_verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true,
  });
  assert.equal(tokens.claims().email, 'alice@example.com');

  // A pushed request with an unregistered redirect_uri is refused at the push, as the RFC asks.
  await assert.rejects(client.buildAuthorizationUrlWithPAR(config, {
    redirect_uri: 'http://evil.example/callback', scope: 'openid', code_challenge: await client.calculatePKCECodeChallenge(code_verifier), code_challenge_method: 'S256',
  }), (e) => e.error === 'invalid_request');
});

test('refresh with a narrower scope', async () => {
  const tokens = await signIn('openid profile email offline_access');
  const narrower = await client.refreshTokenGrant(config, tokens.refresh_token, { scope: 'openid email' });
  assert.equal(narrower.scope, 'openid email');
  const userinfo = await client.fetchUserInfo(config, narrower.access_token, tokens.claims().sub);
  assert.equal(userinfo.name, undefined);
  await assert.rejects(client.refreshTokenGrant(config, narrower.refresh_token, { scope: 'openid phone' }),
    (e) => e.error === 'invalid_scope');
});

test('introspection and revocation', async () => {
  const tokens = await signIn('openid email offline_access');
  const active = await client.tokenIntrospection(config, tokens.access_token);
  assert.equal(active.active, true);
  assert.equal(active.client_id, 'web-app');
  assert.equal(active.username, 'alice');
  assert.equal(active.sub, tokens.claims().sub);

  await client.tokenRevocation(config, tokens.access_token);
  assert.deepEqual(await client.tokenIntrospection(config, tokens.access_token), { active: false });
  await assert.rejects(client.fetchUserInfo(config, tokens.access_token, tokens.claims().sub));

  await client.tokenRevocation(config, tokens.refresh_token, { token_type_hint: 'refresh_token' });
  assert.equal((await client.tokenIntrospection(config, tokens.refresh_token)).active, false);
  await assert.rejects(client.refreshTokenGrant(config, tokens.refresh_token), (e) => e.error === 'invalid_grant');
});

test('client_credentials', async () => {
  const tokens = await client.clientCredentialsGrant(config, { scope: 'email' });
  assert.equal(tokens.token_type.toLowerCase(), 'bearer');
  assert.equal(tokens.scope, 'email');
  assert.equal(tokens.id_token, undefined);
  const info = await client.tokenIntrospection(config, tokens.access_token);
  assert.equal(info.active, true);
  assert.equal(info.sub, 'web-app');
  await assert.rejects(client.clientCredentialsGrant(config, { scope: 'payroll' }), (e) => e.error === 'invalid_scope');
});

test('client_secret_jwt: openid-client signs a client assertion with the secret (RFC 7523)', async () => {
  const jwt = await client.discovery(new URL(provider.issuer), 'web-app', undefined, client.ClientSecretJwt(SECRET), {
    execute: [client.allowInsecureRequests],
  });
  assert.ok(jwt.serverMetadata().token_endpoint_auth_methods_supported.includes('client_secret_jwt'));
  // Twice: each assertion has its own jti.
  for (let i = 0; i < 2; ++i) {
    const tokens = await client.clientCredentialsGrant(jwt, { scope: 'email' });
    assert.equal(tokens.scope, 'email');
    assert.equal((await client.tokenIntrospection(jwt, tokens.access_token)).active, true);
  }
  const wrong = await client.discovery(new URL(provider.issuer), 'web-app', undefined, client.ClientSecretJwt('x'.repeat(43)), {
    execute: [client.allowInsecureRequests],
  });
  const error = await client.clientCredentialsGrant(wrong).then(() => null, (e) => e);
  assert.equal(error?.status, 401);
  assert.equal((await error.response.json()).error, 'invalid_client');
});

test('private_key_jwt and a signed request object: openid-client signs with a key the client registered', async () => {
  // An ES256 key pair made here; its public half goes into web-app's jwks in the workspace.
  const { privateKey, publicKey } = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const jwk = { ...(await crypto.subtle.exportKey('jwk', publicKey)), kid: 'web-app-es256', use: 'sig' };
  delete jwk.key_ops;
  delete jwk.ext;
  const file = writeWorkspace('http://127.0.0.1:1', (ws) => {
    ws.issuers[0].clients.find((c) => c.client_id === 'web-app').jwks = { keys: [jwk] };
  });
  const keyed = await startProvider(['--workspace', file]);
  try {
    const key = { key: privateKey, kid: 'web-app-es256' };
    const pk = await client.discovery(new URL(keyed.issuer), 'web-app', undefined, client.PrivateKeyJwt(key), {
      execute: [client.allowInsecureRequests],
    });
    assert.ok(pk.serverMetadata().token_endpoint_auth_methods_supported.includes('private_key_jwt'));
    assert.ok(pk.serverMetadata().request_object_signing_alg_values_supported.includes('ES256'));
    const tokens = await client.clientCredentialsGrant(pk, { scope: 'email' });
    assert.equal((await client.tokenIntrospection(pk, tokens.access_token)).active, true);

    // Authorization Code + PKCE with the parameters in a request object signed with the same key (RFC 9101).
    const code_verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = await client.buildAuthorizationUrlWithJAR(
      pk,
      {
        redirect_uri: REDIRECT_URI,
        scope: 'openid email',
        state,
        code_challenge: await client.calculatePKCECodeChallenge(code_verifier),
        code_challenge_method: 'S256',
      },
      key,
    );
    assert.deepEqual([...url.searchParams.keys()].sort(), ['client_id', 'request']);
    const callback = await browserLogin(url, 'alice');
    const signedIn = await client.authorizationCodeGrant(pk, callback, {
      pkceCodeVerifier: code_verifier,
      expectedState: state,
      idTokenExpected: true,
    });
    assert.equal(signedIn.claims().email, 'alice@example.com');

    // Another key under the same kid: the assertion does not verify.
    const other = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    const forged = await client.discovery(
      new URL(keyed.issuer),
      'web-app',
      undefined,
      client.PrivateKeyJwt({ key: other.privateKey, kid: 'web-app-es256' }),
      { execute: [client.allowInsecureRequests] },
    );
    const error = await client.clientCredentialsGrant(forged).then(() => null, (e) => e);
    assert.equal(error?.status, 401);
    assert.equal((await error.response.json()).error, 'invalid_client');
  } finally {
    assert.equal(await keyed.stop(), 0);
  }
});

test('a wrong client secret is invalid_client', async () => {
  const wrong = await client.discovery(new URL(provider.issuer), 'web-app', undefined, client.ClientSecretPost('nope'), {
    execute: [client.allowInsecureRequests],
  });
  // 401 with a Basic challenge (RFC 6749 5.2), which oauth4webapi reports as a WWW-Authenticate challenge; the
  // JSON body still says invalid_client.
  const error = await client.clientCredentialsGrant(wrong).then(() => null, (e) => e);
  assert.equal(error?.name, 'WWWAuthenticateChallengeError');
  assert.equal(error.status, 401);
  assert.equal(error.cause[0].scheme, 'basic');
  assert.equal((await error.response.json()).error, 'invalid_client');
});

test('device authorization grant: the user approves in a browser while openid-client polls', async () => {
  const device = await client.discovery(new URL(provider.issuer), 'oidc-bench-client', undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });
  const response = await client.initiateDeviceAuthorization(device, { scope: 'openid email' });
  assert.match(response.user_code, /^[A-Z]{4}-[A-Z]{4}$/);

  // The user's browser: the verification page, the code, the login page.
  const approve = (async () => {
    const form = await fetch(response.verification_uri_complete);
    assert.equal(form.status, 200);
    const page = await fetch(response.verification_uri, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user_code: response.user_code }),
    });
    const html = await page.text();
    const field = (name) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))[1];
    const action = new URL(html.match(/<form method="post" action="([^"]*)"/)[1], response.verification_uri);
    const done = await fetch(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: page.headers.get('set-cookie').split(';')[0] },
      body: new URLSearchParams({ transaction: field('transaction'), csrf: field('csrf'), pick: 'chloe' }),
    });
    assert.match(await done.text(), /Device connected/);
  })();

  const tokens = await client.pollDeviceAuthorizationGrant(device, response);
  await approve;
  assert.equal(tokens.claims().email, 'chloe@example.fr');
  assert.equal(tokens.scope, 'openid email');
});
