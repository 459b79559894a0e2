/** The demo site's header, with the framework pages beside its plain ones. */
export function SiteHeader({ current }: { current: 'react' | 'vue' }) {
  return (
    <header className="site-header">
      <a className="site-logo" href="/">
        Studio Lindqvist<small>Photography · Bergen</small>
      </a>
      <nav className="site-nav" aria-label="Site">
        <a href="/">Client galleries</a>
        <a href="/react/" aria-current={current === 'react' ? 'page' : undefined}>
          In React
        </a>
        <a href="/vue/">In Vue</a>
      </nav>
    </header>
  );
}
