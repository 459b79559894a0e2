import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import { TransactionRef } from '@foyer/schema';
import type { ServerDeps } from '../context.js';
import { receiptFactsFor } from '../areas/receipts/receipt-facts.js';
import { receiptFileName, renderReceipt } from '../areas/receipts/receipt-pdf.js';
import { memberRoute, type RouteInput } from './member-route.js';

/**
 * pdfkit writes each PDF object as a chunk of its own; sent to the socket one by one, they were
 * a third of the route's time. Passed on in pieces of `size` bytes (a receipt is about 20 KB:
 * one piece), the rest when the PDF ends.
 */
function gathered(size: number): Transform {
  let held: Buffer[] = [];
  let length = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      held.push(chunk);
      length += chunk.length;
      if (length < size) return done();
      const piece = Buffer.concat(held, length);
      held = [];
      length = 0;
      done(null, piece);
    },
    flush(done) {
      done(null, length > 0 ? Buffer.concat(held, length) : undefined);
    },
  });
}

const receiptInput: RouteInput<TransactionRef & { download: boolean }> = (req) => {
  const ref = TransactionRef.safeParse({ workspace: req.params.workspace, account: req.params.account, transaction: req.params.transaction });
  if (!ref.success) return { ok: false, field: String(ref.error.issues[0]?.path[0] ?? 'address') };
  return { ok: true, input: { ...ref.data, download: req.query.download === '1' } };
};

/**
 * A transaction's receipt as a PDF: `GET {api}/receipts/{master}/{account}/{transactionId}`,
 * streamed as it is written, for whoever may see the transaction (the same door, permissions and
 * visibility as transactions.get: a session, or an API key holding API read). Shown in the
 * browser to view or print; `?download=1` saves it under its receipt number.
 */
export function receiptsRouter(deps: ServerDeps): Router {
  const router = Router();
  const options = { permission: ['orders.search', 'tickets.manage'] as const, action: 'receipts.pdf', input: receiptInput };
  router.get(
    '/receipts/:workspace/:account/:transaction',
    memberRoute(deps, options, async (ctx, { input, res }) => {
      const { facts } = await receiptFactsFor(ctx, input);
      const name = receiptFileName(facts);
      res.status(200);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `${input.download ? 'attachment' : 'inline'}; filename="${name}"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      try {
        await pipeline(renderReceipt(facts, { createdAt: ctx.clock.now() }), gathered(64 * 1024), res);
      } catch {
        // Half a PDF is on its way, or the client left: cut the connection, so the client sees a failed download.
        res.destroy();
      }
    }),
  );
  return router;
}
