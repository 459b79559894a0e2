import { useState } from 'react';
import type { FoyerGalleryOpenEvent, FoyerSessionChangeEvent, FoyerSignedInEvent } from '@foyer/elements';
import { SiteHeader } from './site-header.js';

/** What the page itself knows of the visitor, learnt from the elements' events alone. */
type Visit = { signedIn: boolean; how: FoyerSignedInEvent['kind'] | null; galleriesOpened: number };

/**
 * The client galleries page, as a React site would write it: the provider, the login and the
 * overview are plain JSX tags whose props and event handlers are checked against the elements.
 */
export function ClientGalleries() {
  const [visit, setVisit] = useState<Visit>({ signedIn: false, how: null, galleriesOpened: 0 });

  const handleSessionChange = (event: FoyerSessionChangeEvent) => setVisit((v) => ({ ...v, signedIn: event.signedIn }));
  const handleSignedIn = (event: FoyerSignedInEvent) => setVisit((v) => ({ ...v, signedIn: true, how: event.kind }));
  const handleGalleryOpen = (_event: FoyerGalleryOpenEvent) => setVisit((v) => ({ ...v, galleriesOpened: v.galleriesOpened + 1 }));

  return (
    <>
      <SiteHeader current="react" />
      <main className="page">
        <section className="stack" aria-labelledby="title">
          <div>
            <h1 id="title">Your galleries, in React</h1>
            <p className="lead">The same elements as on the client galleries page, embedded by a React 19 application.</p>
          </div>
          <foyer-provider server="/api" workspace="studio-lindqvist" storageKey="react-page" onfoyer-session-change={handleSessionChange}>
            <client-access-login codeFromLink onfoyer-signed-in={handleSignedIn}></client-access-login>
            <gallery-overview onfoyer-gallery-open={handleGalleryOpen}></gallery-overview>
          </foyer-provider>
        </section>
        <aside className="demo-box" aria-labelledby="state-title">
          <h2 id="state-title">What the page heard</h2>
          <p role="status" id="visit-state">
            {visit.how === 'access' ? 'Signed in with an access code.' : visit.signedIn ? 'Signed in.' : 'Not signed in.'}
          </p>
          <p>Galleries opened: {visit.galleriesOpened}</p>
        </aside>
      </main>
    </>
  );
}
