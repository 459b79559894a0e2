// The hosting page opened from an activation link: `?workspace=<handle>#token=…`. Each customer's
// link names its own workspace, so the activation acts there; without a token the section stays
// hidden. It runs before the elements' bundle, so the provider connects once, to that workspace.
const activation = document.querySelector('#activation');
if (location.hash.includes('token=')) {
  const workspace = new URLSearchParams(location.search).get('workspace')?.trim();
  if (workspace) activation.querySelector('foyer-provider').setAttribute('workspace', workspace);
  activation.hidden = false;
}
