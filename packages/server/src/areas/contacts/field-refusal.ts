import { TRPCError } from '@trpc/server';
import { z } from 'zod';

/**
 * A refusal of one field the schema cannot judge alone (it depends on what the database
 * holds), answered as the schema's own are: `INVALID_INPUT` with the sentence at the field, in
 * the caller's language. `sentence` is English and needs an entry in every field-errors catalog.
 */
export function fieldRefusal(field: string, sentence: string): TRPCError {
  // Made by a failing parse, as a schema's are: a ZodError built by hand is no Error, and tRPC would wrap it.
  const refusing = z.unknown().superRefine((_, ctx) => ctx.addIssue({ code: 'custom', path: [field], message: sentence }));
  return new TRPCError({ code: 'BAD_REQUEST', message: sentence, cause: refusing.safeParse(null).error });
}
