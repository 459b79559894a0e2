import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../mail/smtp-mailer.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal } from '../../test-support/builders.js';
import { givenMasterAccount, givenSellerAccount, type GivenMaster } from '../../test-support/marketplace.js';
import { decodedText, startSmtp } from '../../test-support/smtp.js';

describe.each(databaseKinds)('linking seller accounts to a master account, mailed through SMTP, on %s', (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;
  let master: GivenMaster;
  const linkIn = (raw: string) => /#master-link=([A-Za-z0-9_-]{43})/.exec(decodedText(raw))?.[1];
  const mailTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address)).at(-1);
  const linked = async () => (await master.owner.master.accounts({ workspace: master.handle })).accounts.map((a) => a.handle);

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startTestServer(kind, { mailer: (deps) => createSmtpMailer(deps, { url: smtp.url, from: 'Foyer <foyer@example.com>' }) });
    master = await givenMasterAccount(server, await givenSellerAccount(server));
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('mails the confirmation to the account’s own address, and links the account only once it is followed', async () => {
    const account = await givenSellerAccount(server);
    await account.owner.workspaces.update({ workspace: account.handle, accountEmail: 'confirmations@seller.example' });
    expect(await master.owner.master.linkAccount({ workspace: master.handle, nickname: account.handle, password: 'correct horse battery' })).toEqual({ requested: true });
    const mail = mailTo('confirmations@seller.example');
    expect(mail?.raw).toMatch(/Subject: Link seller-/);
    expect(mailTo(master.email)?.raw ?? '').not.toContain('#master-link=');
    // Waiting: listed as pending, not linked, and the account opens to nobody through the master.
    const waiting = await master.owner.master.accounts({ workspace: master.handle });
    expect(waiting.pending.map((p) => p.handle)).toContain(account.handle);
    expect(waiting.accounts.map((a) => a.handle)).not.toContain(account.handle);
    expect(await refusal(master.owner.sales.products({ workspace: account.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });

    const token = linkIn(mail!.raw)!;
    expect(await server.caller().master.confirmLink({ token })).toEqual({ master: master.handle, account: account.handle });
    expect(await linked()).toContain(account.handle);
    expect((await master.owner.master.accounts({ workspace: master.handle })).pending.map((p) => p.handle)).not.toContain(account.handle);
    expect(await refusal(server.caller().master.confirmLink({ token }))).toMatchObject({ appCode: 'MASTER_LINK_INVALID' });
    // Recorded in the master account's activity.
    const actions = (await server.deps.db('audit_log').where({ workspace_id: master.id }).select('action')).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['master.linkAccount', 'master.confirmLink']));
  });

  it('removes a link at any time, and the account stops opening through the master account at once', async () => {
    const account = await givenSellerAccount(server);
    await master.owner.master.linkAccount({ workspace: master.handle, nickname: account.handle, password: 'correct horse battery' });
    await server.caller().master.confirmLink({ token: linkIn(mailTo(account.ownerEmail)!.raw)! });
    expect(await master.owner.sales.products({ workspace: account.handle })).toEqual([]);
    await master.owner.master.unlinkAccount({ workspace: master.handle, account: account.handle });
    expect(await linked()).not.toContain(account.handle);
    expect(await refusal(master.owner.sales.products({ workspace: account.handle }))).toMatchObject({ appCode: 'NOT_A_MEMBER' });
    expect(await refusal(master.owner.master.unlinkAccount({ workspace: master.handle, account: account.handle }))).toMatchObject({ code: 'NOT_FOUND', appCode: 'ACCOUNT_NOT_LINKED' });
  });

  it('answers a wrong nickname and a wrong password alike and mails nothing', async () => {
    const account = await givenSellerAccount(server);
    const sent = smtp.received.length;
    const wrongPassword = await refusal(master.owner.master.linkAccount({ workspace: master.handle, nickname: account.handle, password: 'not the password' }));
    const wrongNickname = await refusal(master.owner.master.linkAccount({ workspace: master.handle, nickname: 'nobody-sells-here', password: 'not the password' }));
    expect(wrongNickname).toEqual(wrongPassword);
    expect(wrongPassword).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'SELLER_SIGN_IN_WRONG' });
    expect(smtp.received.length).toBe(sent);
  });

  it('refuses an account linked here or to another master account, an expired link, and a link the account got elsewhere meanwhile', async () => {
    const mine = (await linked())[0]!;
    expect(await refusal(master.owner.master.linkAccount({ workspace: master.handle, nickname: mine, password: 'correct horse battery' }))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'ACCOUNT_LINKED_HERE',
    });
    const elsewhere = await givenSellerAccount(server);
    await givenMasterAccount(server, elsewhere);
    expect(await refusal(master.owner.master.linkAccount({ workspace: master.handle, nickname: elsewhere.handle, password: 'correct horse battery' }))).toMatchObject({
      appCode: 'ACCOUNT_ALREADY_LINKED',
    });

    const late = await givenSellerAccount(server);
    await master.owner.master.linkAccount({ workspace: master.handle, nickname: late.handle, password: 'correct horse battery' });
    const token = linkIn(mailTo(late.ownerEmail)!.raw)!;
    server.clock.advance(2 * 24 * 60 * 60_000);
    expect(await refusal(server.caller().master.confirmLink({ token }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'MASTER_LINK_EXPIRED' });
    expect(await server.deps.db('master_links').where({ account_id: late.id })).toEqual([]);
  });

  it('keeps the accounts tab to the owner and to master accounts', async () => {
    const account = await givenSellerAccount(server);
    expect(await refusal(account.owner.master.accounts({ workspace: account.handle }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'NOT_A_MASTER_ACCOUNT' });
    const stranger = await givenSellerAccount(server);
    expect(await refusal(stranger.owner.master.linkAccount({ workspace: master.handle, nickname: account.handle, password: 'correct horse battery' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
