import type { Overview } from '@foyer/schema';
import type { ClientContext } from '../../callers/contexts.js';
import type { SessionAccess } from '../../callers/client-call.js';
import { activeAccess } from './active-access.js';
import { loadAccessCards } from '../galleries/queries.js';
import { toCard } from '../galleries/view.js';
import { wireBody, type WireForm } from '../../cache/wire-body.js';
import { entityTag } from '../../cache/entity-tags.js';

/**
 * A client's overview as every door answers it (the procedure, and the HTTP route that serves
 * the elements' request from kept bytes): its version, known from the facts the session check
 * read, and the overview itself, built only when it is asked for.
 */
export interface OverviewAnswer {
  /**
   * A weak entity tag naming what this overview shows: the workspace's content version, the
   * access, the workspace's name and the expiry step of its cover addresses. Equal tags mean an
   * equal overview, so a client holding the copy it came with is answered 304 Not Modified
   * without anything being loaded or serialized.
   */
  etag: string;
  overview(): Promise<Overview>;
  /** The overview's answer as tRPC puts it on the wire, serialized once per kept overview. */
  body(form: WireForm): Promise<Buffer>;
}

/**
 * The overview answer of a client's call. The access is read with the session on this very
 * call: a disabled or expired access stops working at once (sessions of a disabled access are
 * also ended), whether or not the client holds a copy.
 */
export function overviewAnswer(ctx: ClientContext): OverviewAnswer {
  const { workspace } = ctx;
  const access = activeAccess(ctx, ctx.access);
  // Cover addresses carry an expiry step: a new step is a new overview. The workspace's name is
  // not part of its content version: a renamed workspace is a new overview too.
  const linkStep = Math.floor(ctx.clock.now().getTime() / ctx.config.itemLinkTtlMs);
  const key = `${workspace.id}:${access.id}:${ctx.contentVersion}:${linkStep}:${workspace.name}`;
  const etag = ctx.kept.overviews.tagFor(key, entityTag);
  let built: Promise<Overview> | undefined;
  const overview = () => (built ??= keptOrBuilt(ctx, access, key));
  return { etag, overview, body: async (form) => wireBody(await overview(), form) };
}

/** The overview this instance built for the key, or a new one: every gallery shared with the client, newest first. */
async function keptOrBuilt(ctx: ClientContext, access: SessionAccess, key: string): Promise<Overview> {
  const cached = ctx.contentVersion === null ? undefined : ctx.kept.overviews.get(key);
  if (cached) return cached;
  const { workspace } = ctx;
  const cards = await loadAccessCards(ctx.db, workspace.id, access.id, access.scope);
  const galleries = cards.map((row) => toCard(ctx, workspace.id, row, row.subGalleryCount));
  const built = { workspaceName: workspace.name, accessName: access.name, galleries };
  if (ctx.contentVersion !== null) ctx.kept.overviews.set(key, built);
  return built;
}
