// Shared pieces of the interop tests: the oidc-bench provider as a child process, a static server for a test
// single-page app, and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync, statSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = resolve(here, '..', '..');

export function benchBinary() {
  const bin = process.env.OIDC_BENCH_BIN;
  if (!bin) throw new Error('OIDC_BENCH_BIN is not set: run this test through CTest (scripts/test)');
  return bin;
}

// Serves tests/interop/<folder> at "/" (its index.html for every path without an extension), and
// tests/interop/node_modules at /node_modules.
export async function startStaticServer(folder) {
  const roots = { '/node_modules/': join(here, 'node_modules'), '/': join(here, folder) };
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };
  const server = createServer((req, res) => {
    let path = new URL(req.url, 'http://x').pathname;
    // The app's own routes (/, /callback, /silent) are all its page; files have an extension.
    if (!extname(path)) path = '/index.html';
    const prefix = path.startsWith('/node_modules/') ? '/node_modules/' : '/';
    const root = roots[prefix];
    const file = normalize(join(root, decodeURIComponent(path.slice(prefix.length))));
    if (!file.startsWith(root + sep)) { res.writeHead(403).end(); return; }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// The built-in default workspace, with the SPA client allowed to use `spaOrigin`.
export function writeWorkspace(spaOrigin, edit = () => {}) {
  const ws = JSON.parse(readFileSync(join(repoRoot, 'resources/workspaces/default.json'), 'utf8'));
  const spa = ws.issuers[0].clients.find((c) => c.client_id === 'spa');
  spa.redirect_uris.push(`${spaOrigin}/callback`, `${spaOrigin}/silent`);
  spa.cors_origins.push(spaOrigin);
  spa.post_logout_redirect_uris.push(`${spaOrigin}/`);
  edit(ws);
  const dir = mkdtempSync(join(tmpdir(), 'oidc-bench-interop-'));
  const file = join(dir, 'workspace.json');
  writeFileSync(file, JSON.stringify(ws, null, 2));
  return file;
}

// Starts `oidc-bench serve` on a free port; resolves with its issuer URL once it says it is ready.
export async function startProvider(args) {
  const child = spawn(benchBinary(), ['serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const issuer = await new Promise((resolveIssuer, reject) => {
    const timer = setTimeout(() => reject(new Error(`oidc-bench serve did not start:\n${output}`)), 15000);
    const onData = (chunk) => {
      output += chunk;
      const issuerLine = output.match(/^Issuer: (\S+)$/m);
      if (issuerLine && /^Ready:/m.test(output)) {
        clearTimeout(timer);
        resolveIssuer(issuerLine[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`oidc-bench serve exited with ${code}:\n${output}`)));
  });
  return {
    issuer,
    log: () => output,
    async stop() {
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      // What it said on the way out (a sanitizer's report, say) is what a failed stop needs to show.
      if (code !== 0) console.error(`oidc-bench serve exited with ${code}; its output ends:\n${output.slice(-4000)}`);
      return code;
    },
  };
}

// The browser's part of a sign-in, over plain HTTP: open the authorization URL, submit the login form picking
// `username`, and return the URL the provider redirects back to.
export async function browserLogin(authorizationUrl, username) {
  const page = await fetch(authorizationUrl, { redirect: 'manual' });
  if (page.status !== 200) throw new Error(`login page: ${page.status} ${await page.text()}`);
  const html = await page.text();
  const field = (name) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))[1];
  const cookie = page.headers.get('set-cookie').split(';')[0];
  const action = new URL(html.match(/<form method="post" action="([^"]*)"/)[1], authorizationUrl);
  const login = await fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ transaction: field('transaction'), csrf: field('csrf'), pick: username }),
  });
  if (login.status !== 303) throw new Error(`login: ${login.status} ${await login.text()}`);
  return new URL(login.headers.get('location'));
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

// The usual set-up of a browser test: the app in `folder` on a static server, `oidc-bench serve` with a
// workspace that lets the app's origin in, and Chromium. stop() ends all three and returns serve's exit code.
export async function startBrowserBench(folder) {
  const spa = await startStaticServer(folder);
  const provider = await startProvider(['--workspace', writeWorkspace(spa.origin)]);
  const browser = await launchChromium();
  return {
    spa,
    provider,
    browser,
    async stop() {
      await browser.close();
      const code = await provider.stop();
      spa.server.close();
      return code;
    },
  };
}
