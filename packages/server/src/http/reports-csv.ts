import { once } from 'node:events';
import type { Response } from 'express';
import { Router } from 'express';
import { ReportInput, ReportName, ThirdPartyChangesInput, ThirdPartyReportInput } from '@foyer/schema';
import type { z } from 'zod';
import type { ServerDeps } from '../context.js';
import { writeReportCsv, type CsvReportInput, type CsvSink } from '../areas/reports/report-csv.js';
import { memberRoute, type RouteInput } from './member-route.js';

/** Each report's input, as its procedure takes it (a list's page is the whole period here). */
const inputOf: Record<ReportName, z.ZodType<CsvReportInput>> = {
  'tickets-created': ReportInput,
  'ticket-changes': ReportInput,
  'closed-by-third-parties': ThirdPartyReportInput,
  'opened-by-third-parties': ThirdPartyReportInput,
  'third-party-tickets-by-type': ThirdPartyReportInput,
  'third-party-changes': ThirdPartyChangesInput,
  'third-party-comments': ThirdPartyReportInput,
};

type CsvRequest = CsvReportInput & { report: ReportName };

/** One query parameter, or nothing when it is absent or given twice. */
const single = (value: unknown) => (typeof value === 'string' ? value : undefined);

const csvInput: RouteInput<CsvRequest> = (req) => {
  const report = ReportName.safeParse(req.params.report);
  if (!report.success) return { ok: false, field: 'report' };
  const q = req.query;
  const parsed = inputOf[report.data].safeParse({
    workspace: req.params.workspace,
    from: single(q.from),
    to: single(q.to),
    account: single(q.account),
    thirdParty: single(q.thirdParty),
  });
  if (!parsed.success) return { ok: false, field: String(parsed.error.issues[0]?.path[0] ?? 'address') };
  return { ok: true, input: { ...parsed.data, report: report.data } };
};

/** `reports-tickets-created_2026-03-01_2026-03-31[_account].csv`: handles and days are plain ASCII already. */
const fileName = (input: CsvRequest) => `report-${input.report}_${input.from}_${input.to}${input.account ? `_${input.account}` : ''}.csv`;

/** Writes a chunk, waiting while the client is slower than the report; a client gone stops the report. */
async function send(res: Response, chunk: string): Promise<void> {
  if (res.destroyed) throw new Error('the client left');
  if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
}

/**
 * A report as a CSV download: `GET {api}/reports/{master}/{report}?from=…&to=…[&account=…][&thirdParty=…]`,
 * for whoever may read the report (the same door and permission as the procedures: a session,
 * or an API key holding API read as well). Streamed as it is written, a list a page at a time;
 * a refusal (an unknown account or third party) answers as the procedure's before any line.
 */
export function reportsCsvRouter(deps: ServerDeps): Router {
  const router = Router();
  router.get(
    '/reports/:workspace/:report',
    memberRoute(deps, { permission: 'audit.view', action: 'reports.csv', input: csvInput }, async (ctx, { input, res }) => {
      let started = false;
      const out: CsvSink = async (chunk) => {
        if (!started) {
          res.status(200);
          res.setHeader('Content-Type', 'text/csv; charset=utf-8');
          res.setHeader('Content-Disposition', `attachment; filename="${fileName(input)}"`);
          res.setHeader('Cache-Control', 'private, no-store');
          res.setHeader('X-Content-Type-Options', 'nosniff');
          started = true;
        }
        await send(res, chunk);
      };
      try {
        await writeReportCsv(ctx, input.report, input, out);
      } catch (error) {
        if (!started) throw error;
        // Part of the file is on its way: cut the connection, so the client sees a failed download, not a short file.
        res.destroy();
        return;
      }
      res.end();
    }),
  );
  return router;
}
