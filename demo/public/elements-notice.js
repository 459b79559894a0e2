// Runs after the elements bundle (modules run in document order). When the bundle is missing,
// the page says why the Foyer parts stay empty instead of failing silently.
if (!customElements.get('foyer-provider')) {
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  notice.textContent = 'The Foyer elements are not built yet, so the login and galleries cannot show. Run `npm run build` at the repository root and reload.';
  document.body.prepend(notice);
}
