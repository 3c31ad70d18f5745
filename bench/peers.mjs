// The benchmark's peers, each configured like bench/workspace.json: a confidential client "bench" (secret
// below, client_secret_basic) allowed authorization_code (PKCE) and client_credentials, one user alice/alice,
// and access tokens that are JWTs signed RS256 or ES256.
//
//   node peers.mjs oidc-provider PORT        one issuer; the resource indicator picks the access token's
//                                            algorithm (urn:bench:rs256 or urn:bench:es256)
//   node peers.mjs oauth2-mock-server PORT ALG   one issuer signing with a fresh ALG (RS256 or ES256) key
//
// Prints "Ready" when listening; stops on SIGTERM.
import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';


import { clientId, clientSecret, redirectUri } from './common.mjs';

const [kind, portText, alg = 'RS256'] = process.argv.slice(2);
const port = Number(portText);

function privateJwk(type, options, jwkAlg) {
  const { privateKey } = generateKeyPairSync(type, options);
  return { ...privateKey.export({ format: 'jwk' }), alg: jwkAlg, use: 'sig', kid: jwkAlg.toLowerCase() };
}

async function startOidcProvider() {
  const { default: Provider } = await import('oidc-provider');
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'client_credentials'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: {
      keys: [
        privateJwk('rsa', { modulusLength: 2048 }, 'RS256'),
        privateJwk('ec', { namedCurve: 'P-256' }, 'ES256'),
      ],
    },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => 'urn:bench:rs256',
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx, resource) => ({
          scope: 'api',
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: resource === 'urn:bench:es256' ? 'ES256' : 'RS256' } },
        }),
      },
    },
    claims: { openid: ['sub'] },
    findAccount: async (ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
    pkce: { required: () => true },
    ttl: { ClientCredentials: 600, AccessToken: 600, AuthorizationCode: 60, Grant: 3600, Interaction: 600, Session: 3600 },
    cookies: { keys: ['bench-cookie-key-0123456789abcdef'] },
    // Consent is given once per client and user; the benchmark's users have given it.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid');
      grant.addResourceScope('urn:bench:rs256', 'api');
      await grant.save();
      return grant;
    },
  });
  const server = createServer(provider.callback());
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

async function startMockServer() {
  const { OAuth2Server } = await import('oauth2-mock-server');
  const server = new OAuth2Server();
  await server.issuer.keys.generate(alg);
  await server.start(port, '127.0.0.1');
  return server;
}

const server = kind === 'oidc-provider' ? await startOidcProvider() : await startMockServer();
console.log('Ready');
process.on('SIGTERM', async () => {
  await (server.stop ? server.stop() : new Promise((resolve) => server.close(resolve)));
  process.exit(0);
});
