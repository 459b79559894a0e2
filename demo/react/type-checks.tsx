// Uses of the elements that the generated React types must refuse. Type-checked with the
// page and never bundled: if the types grew loose, each @ts-expect-error would be unused
// and the typecheck would fail.
export const refused = (
  <>
    {/* @ts-expect-error codeFromLink is a boolean property */}
    <client-access-login codeFromLink="yes" />
    {/* @ts-expect-error the provider has no such property */}
    <foyer-provider serverUrl="/api" />
    {/* @ts-expect-error persist is 'session' or 'none' */}
    <foyer-provider persist="local" />
    {/* @ts-expect-error a gallery-open event carries a galleryId, not a kind */}
    <gallery-overview onfoyer-gallery-open={(event) => event.kind} />
    {/* @ts-expect-error rows is read only: the table sets it */}
    <contacts-table rows={[]} />
  </>
);
