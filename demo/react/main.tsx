// A React 19 page that embeds Foyer's elements. Importing the package registers every tag;
// its React types (@foyer/elements/react, generated from the elements' manifest) make the
// tags known to JSX with their properties and their `on<event-name>` handlers.
import '@foyer/elements';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientGalleries } from './client-galleries.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClientGalleries />
  </StrictMode>,
);
