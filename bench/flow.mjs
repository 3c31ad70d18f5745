// A full Authorization Code + PKCE login at the HTTP level, as many times as it can in a given time with N
// concurrent users: authorize → the provider's login (and consent) pages → code → token. One driver for every
// provider, so the ratios compare the providers, not the drivers.
//
//   node flow.mjs PROVIDER BASE_URL SECONDS CONCURRENCY
//   PROVIDER: oidc-bench | oidc-provider | oauth2-mock-server
// Prints: BENCH {"flows":N,"fps":F,"p50_ms":..,"p99_ms":..,"errors":E,"firstError":"..."}
import { createHash, randomBytes } from 'node:crypto';

import { clientId, clientSecret, redirectUri } from './common.mjs';

const [provider, base, secondsText, concurrencyText] = process.argv.slice(2);
const seconds = Number(secondsText);
const concurrency = Number(concurrencyText);
const basic = 'Basic ' + Buffer.from(`${clientId}:${clientSecret}`).toString('base64');

// A tiny cookie jar per user: name=value pairs, whatever the path.
class Jar {
  cookies = new Map();
  take(response) {
    for (const line of response.headers.getSetCookie?.() ?? []) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function request(jar, url, options = {}) {
  const response = await fetch(url, {
    ...options,
    redirect: 'manual',
    headers: { ...(options.headers ?? {}), ...(jar.cookies.size ? { cookie: jar.header() } : {}) },
  });
  jar.take(response);
  return response;
}

function absolute(location, from) {
  return new URL(location, from).toString();
}

function field(html, name) {
  const match = html.match(new RegExp(`name="${name}" value="([^"]*)"`));
  return match ? match[1].replaceAll('&amp;', '&') : undefined;
}

// Follows redirects inside the provider until one goes to the client's redirect URI; returns the code.
async function untilCode(jar, response, url, fill) {
  for (let hops = 0; hops < 12; ++hops) {
    if (response.status >= 300 && response.status < 400) {
      const next = absolute(response.headers.get('location'), url);
      if (next.startsWith(redirectUri)) {
        const code = new URL(next).searchParams.get('code');
        if (!code) throw new Error(`no code in ${next}`);
        return code;
      }
      url = next;
      response = await request(jar, url);
      continue;
    }
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    const page = await response.text();
    const form = fill(page, url);
    if (!form) throw new Error(`no form to fill at ${url}`);
    url = form.action;
    response = await request(jar, url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form.fields).toString(),
    });
  }
  throw new Error('too many hops');
}

const providers = {
  'oidc-bench': {
    authorize: `${base}/authorize`,
    token: `${base}/token`,
    fill(page, url) {
      const action = page.match(/<form method="post" action="([^"]+)"/)?.[1];
      if (!action) return undefined;
      return {
        action: absolute(action, url),
        fields: { transaction: field(page, 'transaction'), csrf: field(page, 'csrf'), username: 'alice',
          password: 'alice', action: 'login' },
      };
    },
  },
  'oidc-provider': {
    authorize: `${base}/auth`,
    token: `${base}/token`,
    // devInteractions: a login form, then (first time per grant) a consent form.
    fill(page, url) {
      const action = page.match(/<form[^>]*action="([^"]+)"[^>]*method="post"/i)?.[1]
        ?? page.match(/<form[^>]*method="post"[^>]*action="([^"]+)"/i)?.[1];
      if (!action) return undefined;
      const fields = page.includes('name="login"') ? { prompt: 'login', login: 'alice', password: 'alice' }
        : { prompt: 'consent' };
      return { action: absolute(action, url), fields };
    },
  },
  'oauth2-mock-server': {
    authorize: `${base}/authorize`,
    token: `${base}/token`,
    fill: () => undefined, // it redirects with a code at once
  },
};

const adapter = providers[provider];
if (!adapter) throw new Error(`unknown provider ${provider}`);

async function oneLogin() {
  const jar = new Jar();
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const params = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, response_type: 'code',
    scope: 'openid', state: randomBytes(12).toString('base64url'), nonce: randomBytes(12).toString('base64url'),
    code_challenge: challenge, code_challenge_method: 'S256' });
  const url = `${adapter.authorize}?${params}`;
  const code = await untilCode(jar, await request(jar, url), url, adapter.fill);
  const token = await fetch(adapter.token, {
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri,
      code_verifier: verifier }).toString(),
  });
  const json = await token.json();
  if (!json.access_token) throw new Error(`token: ${JSON.stringify(json).slice(0, 200)}`);
}

const latencies = [];
let errors = 0;
let firstError;
const deadline = performance.now() + seconds * 1000;
async function user() {
  while (performance.now() < deadline) {
    const start = performance.now();
    try {
      await oneLogin();
      latencies.push(performance.now() - start);
    } catch (error) {
      ++errors;
      firstError ??= String(error.message ?? error);
    }
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, user));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] : 0);
console.log(`BENCH ${JSON.stringify({ flows: latencies.length, fps: +(latencies.length / elapsed).toFixed(1),
  p50_ms: +pct(0.5).toFixed(2), p99_ms: +pct(0.99).toFixed(2), errors, firstError })}`);
