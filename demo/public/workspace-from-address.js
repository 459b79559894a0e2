// The Nordlicht pages (team, account security, your account) act in the demo's Nordlicht
// workspace, or in the one `?workspace=<handle>` names: a workspace of your own, such as the one
// `foyer create-owner` made on a fresh database. The choice holds for this tab, so a mailed link
// followed here (a password reset) and the page it goes on to act in the same workspace and share
// its session. It runs before the elements' bundle (modules run in document order), so each
// provider connects once, to that workspace.
const key = 'foyer-demo:workspace';
const named = new URLSearchParams(location.search).get('workspace')?.trim();
let workspace = named;
try {
  if (named) sessionStorage.setItem(key, named);
  else workspace = sessionStorage.getItem(key);
} catch {
  // Storage refused (a private window's settings): the address alone decides.
}
if (workspace) for (const provider of document.querySelectorAll('foyer-provider[workspace]')) provider.setAttribute('workspace', workspace);
