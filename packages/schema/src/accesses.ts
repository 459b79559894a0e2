import { z } from 'zod';
import { DisplayText, Email, Id, InWorkspace, Instant, NoteText } from './common.js';
import { GalleryRef, Item } from './galleries.js';
import { GalleryView } from './overview.js';

/**
 * How a code is compared: Unicode-normalized (NFKC, so a precomposed `ü` and `u` + combining
 * diaeresis, or a full-width letter and its plain one, are the same), lower case, and with
 * every run of spaces as one. The server's look-up digest uses the same function.
 */
export function normalizeAccessCode(code: string): string {
  return code.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase().normalize('NFKC');
}

/**
 * An access code as a person types it: `Mueller-Wedding-2026` and `mueller-wedding-2026` are the
 * same code, and so are `Müller Hochzeit` and `müller hochzeit`. Letters and digits of any
 * language, with single hyphens or spaces between them, so it reads well in an email and can be
 * said aloud: `müller-hochzeit-2026`, `bryllup-øye`, `esküvő 2026`.
 */
export const AccessCode = z
  .string()
  .transform(normalizeAccessCode)
  .pipe(
    z
      .string()
      .min(6, { error: 'must be at least 6 characters' })
      .max(64, { error: 'must be at most 64 characters' })
      .regex(/^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[- ][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*$/u, {
        error: 'may hold only letters, digits and single hyphens or spaces between them',
      }),
  );

/**
 * What an access opens:
 * - `navigation`: the galleries added by hand, and every gallery their navigation settings
 *   lead to ("allow navigation into sub-galleries and back"), as the seed describes today;
 * - `explicit`: only the galleries added by hand.
 */
export const AccessScope = z.enum(['navigation', 'explicit']);
export type AccessScope = z.infer<typeof AccessScope>;

/**
 * Whether the client is told by mail when a gallery is added to their access: never, when the
 * owner says so as they add it, or every time.
 */
export const GalleryMail = z.enum(['off', 'ask', 'always']);
export type GalleryMail = z.infer<typeof GalleryMail>;

/** How many days before an access expires its client is reminded by mail; null for no reminder. */
export const ExpiryReminderDays = z.number().int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(90, { error: 'must be at most 90' });

export const CreateAccessInput = InWorkspace.extend({
  name: DisplayText(120),
  /** Leave out to have the server generate a readable code of at least 64 bits. */
  code: AccessCode.optional(),
  email: Email.optional(),
  note: NoteText(2000).optional(),
  scope: AccessScope.default('navigation'),
  expiresAt: Instant.nullable().optional(),
  galleryIds: z.array(Id).max(1000).optional(),
  /** Whether the client may download the pictures, one by one and as a gallery's ZIP. */
  downloads: z.boolean().default(false),
  galleryMail: GalleryMail.default('ask'),
  expiryReminderDays: ExpiryReminderDays.nullable().default(null),
});
export type CreateAccessInput = z.input<typeof CreateAccessInput>;

export const AccessRef = InWorkspace.extend({ accessId: Id });
export type AccessRef = z.infer<typeof AccessRef>;

export const UpdateAccessInput = AccessRef.extend({
  name: DisplayText(120).optional(),
  email: Email.nullable().optional(),
  note: NoteText(2000).nullable().optional(),
  scope: AccessScope.optional(),
  expiresAt: Instant.nullable().optional(),
  downloads: z.boolean().optional(),
  galleryMail: GalleryMail.optional(),
  expiryReminderDays: ExpiryReminderDays.nullable().optional(),
});
export type UpdateAccessInput = z.infer<typeof UpdateAccessInput>;

export const SetAccessDisabledInput = AccessRef.extend({ disabled: z.boolean() });

export const RotateCodeInput = AccessRef.extend({ code: AccessCode.optional() });

export const AccessGalleriesInput = AccessRef.extend({
  galleryIds: z.array(Id).min(1, { error: 'must name at least one gallery' }).max(1000),
});

/** Adding galleries; `notify` answers "tell the client by mail?" for an access whose gallery mail is `ask`. */
export const AddAccessGalleriesInput = AccessGalleriesInput.extend({ notify: z.boolean().optional() });
export type AddAccessGalleriesInput = z.infer<typeof AddAccessGalleriesInput>;

/** Sending names the code being sent: the one shown, which must still be the access's code. */
export const SendAccessInput = AccessRef.extend({ code: AccessCode });

export const AccessStatus = z.enum(['active', 'disabled', 'expired']);
export type AccessStatus = z.infer<typeof AccessStatus>;

export const Access = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  note: z.string().nullable(),
  scope: AccessScope,
  status: AccessStatus,
  /** The last four characters of the code, to tell accesses apart in a list. */
  codeHint: z.string(),
  /**
   * Whether the owner can have the code shown (`accesses.revealCode`): codes are kept sealed
   * under the instance key; an access whose code was set before they were has only its digest.
   */
  codeReadable: z.boolean(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  useCount: z.number(),
  galleryCount: z.number(),
  /** Whether the client may download the pictures, one by one and as a gallery's ZIP. */
  downloads: z.boolean(),
  galleryMail: GalleryMail,
  expiryReminderDays: z.number().nullable(),
  createdAt: z.string(),
});
export type Access = z.infer<typeof Access>;

/** An access together with its code: when the code was just set, or shown again. */
export const AccessWithCode = z.object({ access: Access, code: z.string() });
export type AccessWithCode = z.infer<typeof AccessWithCode>;

/** One gallery an access opens, and why. */
export const ReachedGallery = z.object({
  galleryId: z.string(),
  title: z.string(),
  /** Titles from the top of the tree down to this gallery. */
  path: z.array(z.string()),
  reason: z.enum(['added', 'navigation']),
  /** For `navigation`: the neighbouring gallery it is reached from. */
  via: z.object({ galleryId: z.string(), title: z.string() }).nullable(),
});
export type ReachedGallery = z.infer<typeof ReachedGallery>;

export const AccessDetail = z.object({
  access: Access,
  reach: z.array(ReachedGallery),
});
export type AccessDetail = z.infer<typeof AccessDetail>;

export const AccessInvitation = z.object({
  /** The owner's entry page with the code filled in. */
  link: z.string(),
  subject: z.string(),
  body: z.string(),
  mailto: z.string(),
});
export type AccessInvitation = z.infer<typeof AccessInvitation>;

export const SendResult = z.object({ sentTo: z.string(), transport: z.enum(['smtp', 'outbox']) });
export type SendResult = z.infer<typeof SendResult>;

export const ClientSignInInput = InWorkspace.extend({ code: AccessCode });

export const ClientSession = z.object({
  token: z.string(),
  expiresAt: z.string(),
  accessName: z.string(),
});
export type ClientSession = z.infer<typeof ClientSession>;

/** A picture as a signed-in client sees it: whether they marked it, and where to download it. */
export const ClientItem = Item.extend({
  favourite: z.boolean(),
  /** A signed, short-lived address that downloads the original file; null when the access allows no downloads. */
  downloadUrl: z.string().nullable(),
});
export type ClientItem = z.infer<typeof ClientItem>;

/** A gallery as a signed-in client sees it: the visitor's view, with favourites and downloads. */
export const ClientGalleryView = GalleryView.extend({
  items: z.array(ClientItem),
  /** A signed, short-lived address of the whole gallery as one ZIP; null when the access allows no downloads. */
  zipUrl: z.string().nullable(),
  /** False in the owner's preview: it shows the client's favourites and changes none. */
  mayMarkFavourites: z.boolean(),
});
export type ClientGalleryView = z.infer<typeof ClientGalleryView>;

/** A client marks a picture of a gallery their access opens as a favourite, or unmarks it. */
export const SetFavouriteInput = GalleryRef.extend({ itemId: Id, favourite: z.boolean() });
export type SetFavouriteInput = z.infer<typeof SetFavouriteInput>;

/** The pictures an access's client marked, gallery by gallery, for the photographer. */
export const AccessSelection = z.object({
  count: z.number(),
  galleries: z.array(
    z.object({
      galleryId: z.string(),
      title: z.string(),
      items: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          title: z.string().nullable(),
          /** A signed, short-lived address of the picture, usable in an <img src>. */
          thumbnailUrl: z.string(),
          markedAt: z.string(),
        }),
      ),
    }),
  ),
});
export type AccessSelection = z.infer<typeof AccessSelection>;

/** The access after galleries were added, and the mail that told the client, if one went. */
export const AddedGalleries = AccessDetail.extend({ told: SendResult.nullable() });
export type AddedGalleries = z.infer<typeof AddedGalleries>;
