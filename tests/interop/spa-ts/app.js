// A single-page app on oidc-client-ts's UserManager, configured the way its documentation shows: sign-in
// redirect, callback, user profile, silent renew in a hidden iframe, sign-out redirect.
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

const query = new URLSearchParams(location.search);
if (query.has('issuer')) sessionStorage.setItem('issuer', query.get('issuer'));

const manager = new UserManager({
  authority: sessionStorage.getItem('issuer'),
  client_id: 'spa',
  redirect_uri: `${location.origin}/callback`,
  silent_redirect_uri: `${location.origin}/silent`,
  post_logout_redirect_uri: `${location.origin}/`,
  scope: 'openid profile email',
  response_type: 'code',
  automaticSilentRenew: false,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

async function showUser() {
  const user = await manager.getUser();
  const el = document.getElementById('profile');
  el.textContent = JSON.stringify(user ? { profile: user.profile, access_token: user.access_token, expires_in: user.expires_in } : null);
  el.dataset.version = String(Number(el.dataset.version ?? 0) + 1);
}

function showError(e) {
  const el = document.getElementById('error');
  el.textContent = JSON.stringify({ message: String(e?.message ?? e), error: e?.error });
  el.dataset.version = String(Number(el.dataset.version ?? 0) + 1);
}

if (location.pathname === '/callback') {
  manager.signinRedirectCallback().then(() => location.replace('/'), showError);
} else if (location.pathname === '/silent') {
  manager.signinSilentCallback().catch(showError);
} else {
  const afterLogout = query.has('state') ? manager.signoutRedirectCallback() : Promise.resolve();
  afterLogout.then(showUser, showError);
  document.getElementById('login').addEventListener('click', () => manager.signinRedirect().catch(showError));
  document.getElementById('renew').addEventListener('click', () => manager.signinSilent().then(showUser, showError));
  document.getElementById('logout').addEventListener('click', () => manager.signoutRedirect({ state: { from: 'interop-test' } }).catch(showError));
  for (const id of ['login', 'renew', 'logout']) document.getElementById(id).disabled = false;
}
