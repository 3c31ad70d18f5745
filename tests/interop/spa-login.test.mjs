// openid-client v6 + jose, running in a real single-page app in headless Chromium, log in against
// `oidc-bench serve` with Authorization Code + PKCE. The login page is filled in the browser.
import './lib/webcrypto.mjs';

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import * as client from 'openid-client';

import { startBrowserBench } from './lib/harness.mjs';

let bench;
let spa;
let provider;
let browser;

before(async () => {
  bench = await startBrowserBench('spa');
  ({ spa, provider, browser } = bench);
});

after(async () => {
  assert.equal(await bench?.stop(), 0, 'oidc-bench serve stops cleanly on SIGTERM');
});

// Runs the SPA in `page`: click "Sign in", then `onLoginPage(page)` if the provider shows its login page (not
// with single sign-on); returns the SPA's result.
async function signInWith(page, query, onLoginPage) {
  const params = new URLSearchParams({ issuer: provider.issuer, ...query });
  await page.goto(`${spa.origin}/?${params}`);
  await page.click('#login:not([disabled])');
  if (onLoginPage) {
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/authorize`));
    await onLoginPage(page);
  }
  await page.waitForSelector('#result[data-done="1"]', { state: 'attached', timeout: 15000 });
  return JSON.parse(await page.textContent('#result'));
}

async function withBrowserPage(fn) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (msg) => consoleLines.push(`${msg.type()}: ${msg.text()}`));
  try {
    return await fn(page);
  } catch (e) {
    throw new Error(`${e.message}\nbrowser console:\n${consoleLines.join('\n')}\nprovider log:\n${provider.log()}`);
  } finally {
    await context.close();
  }
}

function runSpa(query, onLoginPage) {
  return withBrowserPage((page) => signInWith(page, query, onLoginPage));
}

async function typePassword(page, username, password) {
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[name="action"][value="login"]');
}

test('code + PKCE login: tokens, verified ID token and userinfo', async () => {
  const result = await runSpa({}, (page) => typePassword(page, 'alice', 'alice'));
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(result.claims.iss, provider.issuer);
  assert.equal(result.claims.aud, 'spa');
  assert.equal(result.claims.sub, 'a1b2c3d4-0001-4000-8000-000000000001');
  assert.equal(result.claims.email, 'alice@example.com');
  assert.equal(result.claims.name, 'Alice Anderson');
  assert.equal(result.verified.sub, result.claims.sub, 'jose jwtVerify against the remote JWKS');
  assert.equal(result.alg, 'RS256');
  assert.equal(result.userinfo.sub, result.claims.sub);
  assert.equal(result.userinfo.email, 'alice@example.com');
  assert.equal(result.token_type.toLowerCase(), 'bearer');
  assert.equal(result.scope, 'openid profile email');
  assert.ok(result.expires_in > 3500 && result.expires_in <= 3600);
});

test('picking a test user with scope openid+email releases only those claims', async () => {
  const result = await runSpa({ scope: 'openid email' }, (page) => page.click('button[name="pick"][value="chloe"]'));
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(result.claims.email, 'chloe@example.fr');
  assert.equal(result.claims.name, undefined);
  assert.equal(result.userinfo.name, undefined);
  assert.equal(result.userinfo.email_verified, true);
});

test('cancel on the login page reaches the app as access_denied', async () => {
  const result = await runSpa({}, (page) => page.click('button[name="action"][value="cancel"]'));
  assert.equal(result.ok, false);
  assert.equal(result.error, 'access_denied');
});

test('openid-client rejects a response whose state does not match', async () => {
  const result = await runSpa({ tamper: 'state' }, (page) => typePassword(page, 'bob', 'bob'));
  assert.equal(result.ok, false);
  assert.equal(result.code, 'OAUTH_INVALID_RESPONSE', JSON.stringify(result));
  assert.match(result.cause.message, /"state"/, JSON.stringify(result));
});

test('openid-client rejects an ID token whose nonce does not match', async () => {
  const result = await runSpa({ tamper: 'nonce' }, (page) => typePassword(page, 'bob', 'bob'));
  assert.equal(result.ok, false);
  assert.equal(result.code, 'OAUTH_JWT_CLAIM_COMPARISON_FAILED', JSON.stringify(result));
  assert.match(result.cause.message, /"nonce"/, JSON.stringify(result));
});

test('single sign-on, then RP-initiated logout built by openid-client', async () => {
  await withBrowserPage(async (page) => {
    const first = await signInWith(page, {}, (p) => typePassword(p, 'alice', 'alice'));
    assert.equal(first.ok, true, JSON.stringify(first));

    // The provider session answers the next sign-in without showing the login page.
    const second = await signInWith(page, {}, null);
    assert.equal(second.ok, true, JSON.stringify(second));
    assert.equal(second.claims.sub, first.claims.sub);
    assert.equal(second.claims.auth_time, first.claims.auth_time);

    const config = await client.discovery(new URL(provider.issuer), 'spa', undefined, client.None(), {
      execute: [client.allowInsecureRequests],
    });
    const logoutUrl = client.buildEndSessionUrl(config, {
      id_token_hint: second.id_token,
      post_logout_redirect_uri: `${spa.origin}/`,
      state: 'bye-123',
    });
    await page.goto(logoutUrl.href);
    await page.waitForSelector('#result[data-done="1"]', { state: 'attached' });
    const back = JSON.parse(await page.textContent('#result'));
    assert.deepEqual(back, { ok: true, loggedOut: true, state: 'bye-123' });

    // Signed out: the login page is back.
    const third = await signInWith(page, {}, (p) => typePassword(p, 'bob', 'bob'));
    assert.equal(third.claims.preferred_username, 'bob');
  });
});
