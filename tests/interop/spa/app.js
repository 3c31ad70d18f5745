// A single-page app doing Authorization Code + PKCE with openid-client v6 and jose, the way their documentation
// shows it (discovery, PKCE, state and nonce, code exchange, ID token verified against the remote JWKS, userinfo).
import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const STORAGE_KEY = '_oidc_bench_interop_spa';
const params = new URLSearchParams(location.search);

function show(result) {
  const el = document.getElementById('result');
  el.textContent = JSON.stringify(result);
  el.dataset.done = '1';
}

function discover(issuer, clientId) {
  // The bench serves plain http on loopback, which openid-client only accepts when told so.
  return client.discovery(new URL(issuer), clientId, undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });
}

async function signIn() {
  const issuer = params.get('issuer');
  const clientId = params.get('client_id') ?? 'spa';
  const config = await discover(issuer, clientId);
  const code_verifier = client.randomPKCECodeVerifier();
  const code_challenge = await client.calculatePKCECodeChallenge(code_verifier);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const redirect_uri = `${location.origin}/callback`;
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri,
    scope: params.get('scope') ?? 'openid profile email',
    state,
    nonce,
    code_challenge,
    code_challenge_method: 'S256',
  });
  // ?tamper=state|nonce makes the app expect a different value, to show the library's checks run.
  const tamper = params.get('tamper');
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify({
    issuer, clientId, redirect_uri, code_verifier,
    state: tamper === 'state' ? `${state}x` : state,
    nonce: tamper === 'nonce' ? `${nonce}x` : nonce,
  }));
  location.assign(url.href);
}

async function callback() {
  const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY));
  try {
    const config = await discover(saved.issuer, saved.clientId);
    const tokens = await client.authorizationCodeGrant(config, new URL(location.href), {
      pkceCodeVerifier: saved.code_verifier,
      expectedState: saved.state,
      expectedNonce: saved.nonce,
      idTokenExpected: true,
    }, { redirect_uri: saved.redirect_uri });
    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri));
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token, jwks, {
      issuer: saved.issuer,
      audience: saved.clientId,
    });
    const claims = tokens.claims();
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    show({
      ok: true, claims, verified: payload, alg: protectedHeader.alg, userinfo, id_token: tokens.id_token,
      scope: tokens.scope, token_type: tokens.token_type, expires_in: tokens.expiresIn(),
    });
  } catch (e) {
    // oauth4webapi puts the precise reason in the cause; Error members are not enumerable, so copy them.
    const cause = e?.cause ? { code: e.cause.code, message: String(e.cause.message), detail: e.cause.cause } : null;
    show({ ok: false, name: e?.name, code: e?.code, error: e?.error, message: String(e?.message ?? e), cause });
  }
}

if (location.pathname === '/callback') {
  callback();
} else if (params.has('state')) {
  // Back from the provider's logout.
  show({ ok: true, loggedOut: true, state: params.get('state') });
} else {
  const button = document.getElementById('login');
  button.addEventListener('click', () => signIn().catch((e) => show({ ok: false, message: String(e) })));
  button.disabled = false;
}
