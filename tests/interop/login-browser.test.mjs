// `oidc-bench login` with a real browser at its loopback listener: Debian's Chromium completes the built-in
// provider's login page, and the listener's pages do their part, including the script that hands a fragment
// response (implicit and hybrid flows) back to the listener.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, test } from 'node:test';

import { benchBinary, launchChromium, startProvider, writeWorkspace } from './lib/harness.mjs';

let provider;
let browser;

before(async () => {
  // The native client may also use the implicit and hybrid response types here.
  const workspace = writeWorkspace('http://127.0.0.1:1', (ws) => {
    const native = ws.issuers[0].clients.find((c) => c.client_id === 'oidc-bench-client');
    native.response_types.push('id_token token', 'code id_token');
    native.grant_types.push('implicit');
  });
  provider = await startProvider(['--workspace', workspace, '--no-control']);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  assert.equal(await provider?.stop(), 0);
});

// Runs login; at the URL it prints, Chromium signs in as alice and waits for the listener's last page.
async function login(args) {
  const child = spawn(benchBinary(), ['login', '--issuer', provider.issuer, '--client-id', 'oidc-bench-client',
    '--no-browser', '--json', '--timeout', '30', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  let lastPage;
  const visited = new Promise((resolve, reject) => {
    child.stderr.on('data', async (chunk) => {
      const before = stderr;
      stderr += chunk;
      const url = stderr.match(/Open this URL in a browser:\n {2}(\S+)\n/)?.[1];
      if (!url || before.includes(url))
        return;
      const page = await browser.newPage();
      try {
        await page.goto(url);
        await page.click('button[name="pick"][value="alice"]');
        await page.waitForSelector('text=You can close this tab');
        lastPage = await page.textContent('body');
        resolve();
      } catch (e) {
        reject(new Error(`${e.message}\nat ${page.url()}\n${stderr}`));
      } finally {
        await page.close();
      }
    });
  });
  const [code] = await once(child, 'exit');
  await visited;
  return { code, json: JSON.parse(stdout), stderr, lastPage };
}

for (const [responseType, via] of [['code', 'query'], ['id_token token', 'fragment'], ['code id_token', 'fragment']]) {
  test(`response type "${responseType}" comes back by ${via}`, async () => {
    const { code, json, stderr, lastPage } = await login(['--response-type', responseType, '--scope', 'openid email']);
    assert.equal(code, 0, stderr);
    assert.match(lastPage, /You can close this tab/);
    assert.equal(json.valid, true);
    assert.equal(json.id_token.claims.email, 'alice@example.com');
    const mode = json.checks.find((c) => c.id === 'response_mode');
    assert.equal(mode.status, 'passed');
    assert.match(mode.reason, new RegExp(`in the ${via}`));
  });
}
