import type { SetFavouriteInput } from '@foyer/schema';
import type { z } from 'zod';
import type { ClientContext } from '../../callers/contexts.js';
import { forbidden, notFound } from '../../errors.js';
import { accessOpensGallery } from '../galleries/navigation.js';
import { activeAccess } from './active-access.js';
import { itemInGallery } from '../galleries/queries.js';
import { deleteFavourite, insertFavourite } from './favourite-queries.js';

/**
 * Marks a picture as one of the client's favourites, or unmarks it: only a picture of a gallery
 * the client's access opens, so the photographer sees which pictures the client chose.
 */
export async function setFavourite(ctx: ClientContext, input: z.output<typeof SetFavouriteInput>): Promise<{ itemId: string; favourite: boolean }> {
  const { workspace } = ctx;
  // The owner looking through the client's eyes must not change what the client chose.
  if (ctx.session.preview) throw forbidden('PREVIEW_CANNOT_MARK');
  const access = activeAccess(ctx, ctx.access);
  if (!(await accessOpensGallery(ctx.db, workspace.id, access.id, access.scope, input.galleryId))) throw forbidden('NOT_IN_ACCESS');
  if (!(await itemInGallery(ctx.db, workspace.id, input.galleryId, input.itemId))) throw notFound('ITEM_NOT_FOUND');
  if (input.favourite) await insertFavourite(ctx.db, workspace.id, access.id, input.itemId, ctx.clock.now());
  else await deleteFavourite(ctx.db, workspace.id, access.id, input.itemId);
  return { itemId: input.itemId, favourite: input.favourite };
}
