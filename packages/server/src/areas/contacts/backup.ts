import type { Writable } from 'node:stream';
import type { MemberContext } from '../../callers/contexts.js';
import { ZipWriter } from '../../zip/zip-writer.js';
import { iso, jobFilesOf, type ContactRecord } from './queries.js';

/** A name that is safe as a file or folder name in any system's ZIP reader. */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .replace(/[\p{Cc}/\\:*?"<>|]/gu, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 100);
  return cleaned || fallback;
}

/**
 * Writes the contact's backup into `out` as a ZIP while it is read: jobs.json,
 * user-profile.json (name, email, company), and a folder per job with its input PDF, its model
 * JSON where there is one and its support file where there is one. One file is open at a time,
 * and each goes into the archive as it streams from the blob store: nothing is built whole.
 */
export async function writeContactBackup(ctx: MemberContext, contact: ContactRecord, out: Writable): Promise<void> {
  const { workspace } = ctx;
  const jobs = await jobFilesOf(ctx.db, workspace.id, contact.id);

  const planned = jobs.map((job) => {
    const folder = `${safeFileName(job.name, 'job')} (${job.id.slice(0, 8)})`;
    const input = job.input_key ? safeFileName(job.input_name ?? '', 'input.pdf') : null;
    const model = job.model_key ? 'model.json' : null;
    let support = job.support_key ? safeFileName(job.support_name ?? '', 'support') : null;
    if (support && (support === input || support === model)) support = `support-${support}`;
    return { job, folder, input, model, support };
  });

  const zip = new ZipWriter(out);
  const date = ctx.clock.now();
  const manifest = planned.map(({ job, folder, input, model, support }) => ({
    id: job.id,
    name: job.name,
    status: job.status,
    createdAt: iso(job.created_at),
    folder,
    files: { input, model, support },
  }));
  await zip.add('jobs.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), date);
  const profile = { name: contact.name, email: contact.email, company: contact.company };
  await zip.add('user-profile.json', Buffer.from(`${JSON.stringify(profile, null, 2)}\n`), date);

  for (const { job, folder, input, model, support } of planned) {
    const files: Array<[string | null, string | null]> = [
      [job.input_key, input],
      [job.model_key, model],
      [job.support_key, support],
    ];
    for (const [key, name] of files) {
      if (!key || !name) continue;
      await zip.add(`${folder}/${name}`, await ctx.blobs.get(key), date);
    }
  }
  await zip.finish();
}
