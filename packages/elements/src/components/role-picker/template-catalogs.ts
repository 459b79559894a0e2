// The permission catalogs of every template, for a picker given a `template` without a server.
// A module of its own, imported only when needed: it is most of what the picker would weigh.
export { catalogs } from '@foyer/schema/catalogs';
