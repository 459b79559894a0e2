import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { mailedLinkToken, refusal } from '../../test-support/builders.js';
import { strongPassword } from '../../test-support/marketplace.js';
import { listen } from '../../test-support/http.js';
import { pdfText } from '../../test-support/pdf-text.js';
import { startSmtp } from '../../test-support/smtp.js';
import { givenHelper, givenTicketDesk, type GivenHelper, type TicketDesk } from '../../test-support/tickets.js';
import { createSmtpMailer } from '../../mail/smtp-mailer.js';
import { outboxAttachment, outboxMessages } from '../../mail/outbox-messages.js';

type Caller = ReturnType<TestServer['caller']>;

let counter = 0;
const receipt = () => `RC${Date.now().toString(36).toUpperCase()}${counter++}`;

/** A Hungarian customer's sale with tax, its refund, and another customer's sale without a language: the transactions receipts are made of. */
async function givenSales(backend: Caller, account: string) {
  const sale = await backend.sales.record({
    workspace: account,
    receiptNumber: receipt(),
    kind: 'sale',
    occurredAt: '2026-11-03T10:15:00Z',
    productSku: 'guide',
    customer: { name: 'Fűzfa Győző', email: 'gyozo@example.hu', locale: 'hu' },
    amount: 4700,
    tax: 700,
    currency: 'EUR',
  });
  const refund = await backend.sales.record({
    workspace: account,
    receiptNumber: sale.receiptNumber,
    kind: 'refund',
    occurredAt: '2026-11-10T08:00:00Z',
    productSku: 'guide',
    customer: { name: 'Fűzfa Győző', email: 'gyozo@example.hu' },
    amount: 4700,
    currency: 'EUR',
  });
  const other = await backend.sales.record({
    workspace: account,
    receiptNumber: receipt(),
    kind: 'sale',
    occurredAt: '2026-11-04T12:00:00Z',
    productSku: 'guide',
    customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
    amount: 1999,
    currency: 'USD',
  });
  return { sale, refund, other };
}

/** The first attachment of a raw MIME message: its headers and its bytes (base64 decoded). */
function attachmentOf(raw: string): { headers: string; bytes: Buffer } {
  const match = /(Content-Type: application\/pdf[\s\S]*?)\r?\n\r?\n([A-Za-z0-9+/=\r\n]+?)\r?\n--/.exec(raw);
  if (!match) throw new Error('the mail has no PDF attachment');
  return { headers: match[1]!, bytes: Buffer.from(match[2]!.replace(/\s/g, ''), 'base64') };
}

/** A quoted-printable text part as the UTF-8 it encodes. */
const quotedPrintable = (text: string) =>
  Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

describe.each(databaseKinds)('receipts mailed through SMTP on %s', (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;
  let desk: TicketDesk;
  let sales: Awaited<ReturnType<typeof givenSales>>;
  let ticketsOnly: GivenHelper;

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startTestServer(kind, { mailer: (deps) => createSmtpMailer(deps, { url: smtp.url, from: 'Foyer <receipts@foyer.example>' }) });
    desk = await givenTicketDesk(server);
    sales = await givenSales(desk.backend.caller, desk.north.handle);
    ticketsOnly = await givenHelper(server, desk.master, ['tickets.manage'], [desk.north.handle]);
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('mails the customer the receipt in the customer’s language with its PDF attached, keeps the record, and writes the activity log', async () => {
    smtp.received.splice(0);
    const sent = await desk.master.owner.receipts.email({ workspace: desk.master.handle, account: desk.north.handle, transaction: sales.sale.id });
    expect(sent).toEqual({ sentTo: 'gyozo@example.hu', transport: 'smtp' });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(['gyozo@example.hu']);
    expect(mail.from).toBe('receipts@foyer.example');
    expect(quotedPrintable(mail.raw)).toContain(`Kedves Fűzfa Győző!`);
    expect(quotedPrintable(mail.raw)).toContain(`nyugtaszám: ${sales.sale.receiptNumber}`);
    const attachment = attachmentOf(mail.raw);
    expect(attachment.headers).toContain(`receipt-${sales.sale.receiptNumber}.pdf`);
    const { text } = await pdfText(attachment.bytes);
    expect(text).toContain('Nyugta');
    expect(text).toContain('Vevő Fűzfa Győző gyozo@example.hu');
    expect(text).toContain('Végösszeg 47,00 EUR');
    // The outbox keeps what was sent, its attachment included.
    const [record] = await outboxMessages(server.deps, { to: 'gyozo@example.hu', workspaceId: desk.north.id });
    expect(record).toMatchObject({ transport: 'smtp', attachments: [{ filename: `receipt-${sales.sale.receiptNumber}.pdf`, contentType: 'application/pdf' }] });
    expect(record!.sentAt).not.toBeNull();
    expect((await outboxAttachment(server.deps, record!.id, 0))?.content.equals(attachment.bytes)).toBe(true);
    const entry = await server.deps.db('audit_log').where({ workspace_id: desk.master.id, action: 'receipts.email' }).orderBy('at', 'desc').first();
    expect(entry).toBeTruthy();
    expect(entry.details).toMatchObject({ account: desk.north.handle, transactionId: sales.sale.id, receiptNumber: sales.sale.receiptNumber, kind: 'sale', sentTo: 'gyozo@example.hu' });
  });

  it('mails a refund’s receipt as a refund, in its sale’s customer’s language when the refund names none', async () => {
    smtp.received.splice(0);
    await desk.master.owner.receipts.email({ workspace: desk.master.handle, account: desk.north.handle, transaction: sales.refund.id });
    const { text } = await pdfText(attachmentOf(smtp.received[0]!.raw).bytes);
    expect(text).toContain('Visszatérítési bizonylat');
    expect(text).toContain('Visszatérített összeg 47,00 EUR');
    expect(attachmentOf(smtp.received[0]!.raw).headers).toContain(`refund-${sales.sale.receiptNumber}.pdf`);
  });

  it('mails nothing for a transaction the caller may not see, and answers as for one that does not exist', async () => {
    smtp.received.splice(0);
    const before = await server.deps.db('audit_log').where({ workspace_id: desk.master.id, action: 'receipts.email' }).count({ n: '*' });
    const email = (caller: Caller, account: string, transaction: string) => caller.receipts.email({ workspace: desk.master.handle, account, transaction });
    // Orders/Tickets alone: no ticket for this sale.
    expect(await refusal(email(ticketsOnly.caller, desk.north.handle, sales.other.id))).toMatchObject({ code: 'NOT_FOUND', appCode: 'TRANSACTION_NOT_FOUND' });
    expect(await refusal(email(desk.master.owner, desk.south.handle, sales.other.id))).toMatchObject({ appCode: 'TRANSACTION_NOT_FOUND' });
    expect(await refusal(email(desk.master.owner, desk.north.handle, randomUUID()))).toMatchObject({ appCode: 'TRANSACTION_NOT_FOUND' });
    expect(smtp.received).toHaveLength(0);
    expect(await server.deps.db('audit_log').where({ workspace_id: desk.master.id, action: 'receipts.email' }).count({ n: '*' })).toEqual(before);
    // Once the sale has a ticket, its receipt may be mailed by that user too.
    await desk.backend.caller.tickets.open({
      workspace: desk.north.handle,
      type: 'support',
      customerEmail: 'ada@example.com',
      receiptNumber: sales.other.receiptNumber,
      comment: 'Where is my receipt?',
    });
    expect(await email(ticketsOnly.caller, desk.north.handle, sales.other.id)).toEqual({ sentTo: 'ada@example.com', transport: 'smtp' });
    expect(smtp.received.map((m) => m.to)).toEqual([['ada@example.com']]);
    expect(smtp.received[0]!.raw).toMatch(/Subject: Receipt [A-Z0-9]+ from /);
  });
});

describe.each(databaseKinds)('receipts without SMTP, and the receipt PDF over HTTP, on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let desk: TicketDesk;
  let sales: Awaited<ReturnType<typeof givenSales>>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    desk = await givenTicketDesk(server);
    sales = await givenSales(desk.backend.caller, desk.north.handle);
  }, 120_000);
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const pdf = (token: string | null, path: string) => fetch(`${http.base}/receipts/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const path = (transaction: string, account = desk.north.handle, master = desk.master.handle) => `${master}/${account}/${transaction}`;

  it('queues the mail in the outbox with its PDF when no SMTP server is set up', async () => {
    expect(await desk.master.owner.receipts.email({ workspace: desk.master.handle, account: desk.north.handle, transaction: sales.other.id })).toEqual({
      sentTo: 'ada@example.com',
      transport: 'outbox',
    });
    const [message] = await outboxMessages(server.deps, { to: 'ada@example.com' });
    expect(message).toMatchObject({ transport: 'outbox', sentAt: null, workspaceId: desk.north.id, subject: expect.stringContaining(sales.other.receiptNumber) });
    expect(message!.body).toContain('Hello Ada Lovelace,');
    const file = await outboxAttachment(server.deps, message!.id, 0);
    expect(file).toMatchObject({ filename: `receipt-${sales.other.receiptNumber}.pdf`, contentType: 'application/pdf' });
    expect((await pdfText(file!.content)).text).toContain('Total $19.99');
  });

  it('streams the receipt as a PDF to the owner’s session, named by its receipt number, to view or to download', async () => {
    const answer = await pdf(desk.master.token, path(sales.sale.id));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe(`inline; filename="receipt-${sales.sale.receiptNumber}.pdf"`);
    const { text } = await pdfText(new Uint8Array(await answer.arrayBuffer()));
    expect(text).toContain(`Nyugtaszám ${sales.sale.receiptNumber}`);
    const saved = await pdf(desk.master.token, `${path(sales.refund.id)}?download=1`);
    expect(saved.headers.get('content-disposition')).toBe(`attachment; filename="refund-${sales.sale.receiptNumber}.pdf"`);
    await saved.arrayBuffer();
  });

  /** A user of the master account, as a session token (signed in through its mailed link) or, API only, as its key. */
  async function userCredential(permissions: string[], accounts: string[], apiOnly = false): Promise<string> {
    const email = `pdf-${randomUUID().slice(0, 8)}@example.com`;
    const created = await desk.master.owner.masterUsers.create({ workspace: desk.master.handle, email, firstName: 'Pdf', lastName: 'Reader', apiOnly, role: { permissions }, accounts });
    if (apiOnly) return created.apiKey;
    const signedIn = await server.caller().identity.resetPassword({ token: await mailedLinkToken(server, email, 'password-reset'), password: strongPassword });
    if (signedIn.secondFactorRequired) throw new Error('unexpected second factor');
    return signedIn.token;
  }

  it('serves an API key whose user may see the transaction and read through the API, and refuses one that may not read', async () => {
    const ok = await pdf(await userCredential(['orders.search', 'api.read'], [desk.north.handle], true), path(sales.sale.id));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect((await pdfText(new Uint8Array(await ok.arrayBuffer()))).text).toContain(sales.sale.receiptNumber);
    const refused = await pdf(await userCredential(['orders.search'], [desk.north.handle], true), path(sales.sale.id));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('API_READ_REQUIRED');
  });

  it('refuses a transaction out of the caller’s scope as one that does not exist, and a caller without a credential or permission', async () => {
    const refusedWith = async (token: string | null, at: string) => {
      const answer = await pdf(token, at);
      return { status: answer.status, code: ((await answer.json()) as { error: { code: string } }).error.code };
    };
    // A user of South only, and an Orders/Tickets user in North whose sale has no ticket.
    expect(await refusedWith(await userCredential(['orders.search'], [desk.south.handle]), path(sales.sale.id))).toEqual({ status: 404, code: 'TRANSACTION_NOT_FOUND' });
    expect(await refusedWith(await userCredential(['tickets.manage'], [desk.north.handle]), path(sales.sale.id))).toEqual({ status: 404, code: 'TRANSACTION_NOT_FOUND' });
    expect(await refusedWith(await userCredential(['members.manage'], [desk.north.handle]), path(sales.sale.id))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await refusedWith(desk.master.token, path(randomUUID()))).toEqual({ status: 404, code: 'TRANSACTION_NOT_FOUND' });
    expect(await refusedWith(desk.master.token, path(sales.sale.id, desk.south.handle))).toEqual({ status: 404, code: 'TRANSACTION_NOT_FOUND' });
    expect(await refusedWith(null, path(sales.sale.id))).toEqual({ status: 401, code: 'NOT_SIGNED_IN' });
    const badId = await pdf(desk.master.token, path('not-an-id'));
    expect(badId.status).toBe(400);
    expect((await badId.json()).error).toEqual({ code: 'INVALID_INPUT', message: 'transaction is not valid.' });
    // Another master account's owner, naming this master account or its own with this account.
    const others = await givenTicketDesk(server);
    expect(await refusedWith(others.master.token, path(sales.sale.id))).toEqual({ status: 403, code: 'NOT_A_MEMBER' });
    expect(await refusedWith(others.master.token, path(sales.sale.id, desk.north.handle, others.master.handle))).toEqual({ status: 404, code: 'TRANSACTION_NOT_FOUND' });
    expect(await refusedWith(others.master.token, path(sales.sale.id, others.north.handle, others.master.handle))).toEqual({ status: 404, code: 'TRANSACTION_NOT_FOUND' });
  });
});
