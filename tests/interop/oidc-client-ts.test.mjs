// oidc-client-ts (UserManager) in a real single-page app in Chromium against `oidc-bench serve`: sign-in
// redirect with Authorization Code + PKCE, callback, user profile, silent renew in an iframe, sign-out.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { startBrowserBench } from './lib/harness.mjs';

let bench;
let spa;
let provider;
let browser;

before(async () => {
  bench = await startBrowserBench('spa-ts');
  ({ spa, provider, browser } = bench);
});

after(async () => {
  assert.equal(await bench?.stop(), 0, 'oidc-bench serve stops cleanly on SIGTERM');
});

// Waits for the app to show something new in #profile or #error and returns both.
async function nextState(page, versions) {
  await page.waitForFunction(([p, e]) => {
    const profile = document.getElementById('profile');
    const error = document.getElementById('error');
    return Number(profile?.dataset.version ?? 0) > p || Number(error?.dataset.version ?? 0) > e;
  }, versions, { timeout: 15000 });
  return page.evaluate(() => ({
    profile: JSON.parse(document.getElementById('profile').textContent || 'null'),
    error: JSON.parse(document.getElementById('error').textContent || 'null'),
    versions: [Number(document.getElementById('profile').dataset.version ?? 0),
      Number(document.getElementById('error').dataset.version ?? 0)],
  }));
}

test('sign in, silent renew, sign out', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (msg) => consoleLines.push(`${msg.type()}: ${msg.text()}`));
  try {
    await page.goto(`${spa.origin}/?issuer=${encodeURIComponent(provider.issuer)}`);
    let state = await nextState(page, [0, 0]);
    assert.equal(state.profile, null, 'nobody is signed in yet');

    // Sign-in redirect → the provider's login page → back through /callback to the app.
    await page.click('#login:not([disabled])');
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/authorize`));
    await page.fill('#username', 'alice');
    await page.fill('#password', 'alice');
    await page.click('button[name="action"][value="login"]');
    await page.waitForURL(`${spa.origin}/`);
    state = await nextState(page, [0, 0]);
    assert.equal(state.error, null, JSON.stringify(state.error));
    assert.equal(state.profile.profile.sub, 'a1b2c3d4-0001-4000-8000-000000000001');
    assert.equal(state.profile.profile.email, 'alice@example.com');
    assert.equal(state.profile.profile.name, 'Alice Anderson');
    const firstToken = state.profile.access_token;

    // Silent renew: a hidden iframe with prompt=none, answered from the provider session.
    await page.click('#renew:not([disabled])');
    state = await nextState(page, state.versions);
    assert.equal(state.error, null, JSON.stringify(state.error));
    assert.notEqual(state.profile.access_token, firstToken, 'a new access token');
    assert.equal(state.profile.profile.sub, 'a1b2c3d4-0001-4000-8000-000000000001');

    // Sign-out redirect (id_token_hint, post_logout_redirect_uri, state) and back.
    await page.click('#logout:not([disabled])');
    await page.waitForURL((url) => url.origin === spa.origin && url.searchParams.has('state'));
    state = await nextState(page, [0, 0]);
    assert.equal(state.profile, null, 'signed out in the app');

    // The provider session is gone too: silent renew now fails with login_required.
    await page.click('#renew:not([disabled])');
    state = await nextState(page, state.versions);
    assert.equal(state.error?.error, 'login_required', JSON.stringify(state));
  } catch (e) {
    throw new Error(`${e.message}\nbrowser console:\n${consoleLines.join('\n')}\nprovider log:\n${provider.log()}`);
  } finally {
    await context.close();
  }
});
