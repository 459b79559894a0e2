import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import { databaseKinds, startTestServer, type TestServer } from './test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace, registeredAgency } from './test-support/builders.js';
import { setFeature } from './areas/workspaces/features.js';
import { givenMasterAccount, givenSellerAccount, type GivenMaster } from './test-support/marketplace.js';

/**
 * No id from another workspace reads or changes anything. For every procedure: the owner of
 * workspace A names A but passes B's ids, then names B outright; both are refused and B's
 * data is exactly as before.
 */
describe.each(databaseKinds)('workspace boundaries on %s', (kind) => {
  let server: TestServer;
  let a: GivenWorkspace;
  let b: GivenWorkspace;
  let bIds: { gallery: string; child: string; item: string; access: string; code: string };
  let bTeam: { role: string; member: string; apiUser: string; invitation: string };
  let aIds: { gallery: string; access: string };
  let aClientToken: string;
  // Print-shop and hosting pairs for the contacts, jobs, terms and notify procedures.
  let pa: GivenWorkspace;
  let pb: GivenWorkspace;
  let ha: GivenWorkspace;
  let hb: GivenWorkspace;
  let bContacts: { contact: string; job: string; token: string };
  let bAgency: { id: string; email: string };
  let aAgencyEmail: string;
  // Marketplace pairs: A's and B's seller accounts, each linked to its own master account.
  let sa: GivenWorkspace;
  let sb: GivenWorkspace;
  let ma: GivenMaster;
  let mb: GivenMaster;
  let bMaster: { user: string; product: string };
  let bTicket: { number: number; receipt: string; transaction: string };

  const tenantTables = [
    'galleries',
    'gallery_items',
    'client_accesses',
    'access_galleries',
    'access_favourites',
    'outbox',
    'audit_log',
    'contacts',
    'jobs',
    'contact_activation_links',
    'terms_versions',
    'terms_acceptances',
    'workspace_roles',
    'member_invitations',
    'api_keys',
    'password_resets',
    'products',
    'transactions',
    'sales_daily',
    'master_links',
    'master_user_accounts',
    'master_link_requests',
    'tickets',
    'ticket_history',
    'ticket_counts',
    'ticket_history_daily',
  ];
  async function snapshotOf(workspaceId: string) {
    const snapshot: Record<string, unknown[]> = {};
    for (const table of tenantTables) {
      const order: Record<string, string[]> = {
        access_galleries: ['gallery_id'],
        access_favourites: ['item_id'],
        terms_versions: ['version'],
        terms_acceptances: ['version', 'contact_id'],
        sales_daily: ['day', 'currency', 'slot'],
        master_links: ['account_id'],
        master_user_accounts: ['identity_id', 'account_id'],
        tickets: ['number'],
        ticket_counts: ['status', 'type', 'product_kind'],
        ticket_history_daily: ['kind', 'day', 'to_type', 'from_type', 'actor_identity_id', 'slot'],
      };
      snapshot[table] = await server.deps
        .db(table)
        .where({ workspace_id: workspaceId })
        .orderBy(order[table] ?? ['id']);
    }
    snapshot.memberships = await server.deps.db('memberships').where({ workspace_id: workspaceId }).orderBy('identity_id');
    snapshot.sessions = await server.deps.db('sessions').where({ workspace_id: workspaceId }).orderBy('id');
    snapshot.memberships = await server.deps.db('memberships').where({ workspace_id: workspaceId }).orderBy('identity_id');
    snapshot.workspace = await server.deps.db('workspaces').where({ id: workspaceId });
    return snapshot;
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    a = await givenWorkspace(server);
    b = await givenWorkspace(server);
    const bGallery = await b.gallery('B gallery', { allowNavigation: true, password: 'b-password' });
    const bChild = await b.gallery('B child', { parentId: bGallery });
    const bItem = await b.item(bGallery, 'b.jpg');
    const bAccess = await b.owner.accesses.create({ workspace: b.handle, name: 'B access', code: 'b-access-code', email: 'b@example.com', galleryIds: [bGallery] });
    bIds = { gallery: bGallery, child: bChild, item: bItem, access: bAccess.access.id, code: bAccess.code };
    const bRole = await b.owner.roles.create({ workspace: b.handle, name: 'B role', permissions: ['galleries.view'] });
    const bMember = await b.member('assistant');
    const bApiUser = await b.owner.apiUsers.create({ workspace: b.handle, email: `b-api-${b.handle}@example.com`, firstName: 'B', lastName: 'Robot', role: { template: 'viewer' } });
    const bInvitation = await b.owner.members.invite({ workspace: b.handle, email: `b-invited-${b.handle}@example.com`, role: { customRoleId: bRole.id } });
    bTeam = { role: bRole.id, member: bMember.identityId, apiUser: bApiUser.user.identityId, invitation: bInvitation.id };
    const aGallery = await a.gallery('A gallery');
    const aAccess = await a.owner.accesses.create({ workspace: a.handle, name: 'A access', code: 'a-access-code', galleryIds: [aGallery] });
    aIds = { gallery: aGallery, access: aAccess.access.id };
    aClientToken = (await server.caller().client.signIn({ workspace: a.handle, code: 'a-access-code' })).token;

    pa = await givenWorkspace(server, undefined, { template: 'print-shop' });
    pb = await givenWorkspace(server, undefined, { template: 'print-shop' });
    ha = await givenWorkspace(server, undefined, { template: 'hosting' });
    hb = await givenWorkspace(server, undefined, { template: 'hosting' });
    const bContact = await pb.owner.contacts.create({ workspace: pb.handle, name: 'B contact', email: 'b-contact@example.com' });
    const bJob = await pb.owner.jobs.create({ workspace: pb.handle, contactId: bContact.id, name: 'B job' });
    const request = await pb.owner.contacts.activationRequest({ workspace: pb.handle, contactIds: [bContact.id], send: 'mailto' });
    const bToken = /%23token%3D([A-Za-z0-9_-]+)/.exec(request.results[0]!.mailto!)![1]!;
    await pb.owner.terms.upload({ workspace: pb.handle, title: 'B terms', text: 'B terms text' });
    await hb.owner.contacts.create({ workspace: hb.handle, name: 'B hosting contact', email: 'b-host@example.com', notifications: ['invoice'] });
    bContacts = { contact: bContact.id, job: bJob.id, token: bToken };
    // Both workspaces may grant agencies; B has granted one, A's owner knows another agency.
    await setFeature(server.deps, a.handle, 'agency', true);
    await setFeature(server.deps, b.handle, 'agency', true);
    const registered = await registeredAgency(server, { email: `agency-b-${b.handle}@example.com`, password: 'correct horse battery', name: 'B agency' });
    bAgency = { id: registered.identity.id, email: registered.identity.email };
    await b.owner.agencyGrants.grant({ workspace: b.handle, agencyEmail: bAgency.email, role: { template: 'viewer' } });
    aAgencyEmail = (await registeredAgency(server, { email: `agency-a-${a.handle}@example.com`, password: 'correct horse battery', name: 'A agency' })).identity.email;

    sa = await givenSellerAccount(server);
    sb = await givenSellerAccount(server);
    ma = await givenMasterAccount(server, sa);
    mb = await givenMasterAccount(server, sb);
    const bProduct = await sb.owner.sales.saveProduct({ workspace: sb.handle, sku: 'b-product', name: 'B product', kind: 'standard' });
    const bUser = await mb.owner.masterUsers.create({
      workspace: mb.handle,
      email: `b-helper-${sb.handle}@example.com`,
      firstName: 'B',
      lastName: 'Helper',
      role: { permissions: ['tickets.manage'] },
      accounts: [sb.handle],
    });
    bMaster = { user: bUser.user.identityId, product: bProduct.id };
    const bSale = await sb.owner.sales.record({
      workspace: sb.handle,
      receiptNumber: 'BSALE001',
      kind: 'sale',
      occurredAt: '2026-11-01T10:00:00Z',
      productSku: 'b-product',
      customer: { name: 'B customer', email: 'b-customer@example.com' },
      amount: 500,
      currency: 'USD',
    });
    const opened = await sb.owner.tickets.open({ workspace: sb.handle, type: 'refund', customerEmail: 'b-customer@example.com', receiptNumber: bSale.receiptNumber, comment: 'B ticket' });
    bTicket = { number: opened.number, receipt: bSale.receiptNumber, transaction: bSale.id };
  });
  afterAll(() => server.close());

  type Call = (handle: string) => Promise<unknown>;
  /** Each procedure, called by A's owner (or A's client) with B's ids and the given handle. */
  const calls = (): Record<string, Call> => {
    const owner = a.owner;
    const client = server.caller(aClientToken);
    // A's print-shop and hosting owners, naming their own workspace (for A's handle) or B's.
    const ps = (w: string) => (w === a.handle ? pa.handle : pb.handle);
    const host = (w: string) => (w === a.handle ? ha.handle : hb.handle);
    const contact = bContacts.contact;
    // A's master and seller accounts, naming their own (for A's handle) or B's.
    const mk = (w: string) => (w === a.handle ? ma.handle : mb.handle);
    const sk = (w: string) => (w === a.handle ? sa.handle : sb.handle);
    const sale = {
      receiptNumber: 'SNEAKY01',
      kind: 'sale' as const,
      occurredAt: '2026-11-01T10:00:00Z',
      productSku: 'b-product',
      customer: { name: 'S', email: 's@example.com' },
      amount: 100,
      currency: 'USD',
    };
    return {
      'sales.saveProduct': (w) => sa.owner.sales.saveProduct({ workspace: sk(w), sku: 'b-product', name: 'Hijacked', kind: 'recurring' }),
      'sales.products': (w) => sa.owner.sales.products({ workspace: sk(w) }),
      'sales.record': (w) => sa.owner.sales.record({ workspace: sk(w), ...sale }),
      'sales.recordMany': (w) => sa.owner.sales.recordMany({ workspace: sk(w), transactions: [{ ...sale, receiptNumber: 'SNEAKY02' }] }),
      'sales.transactions': (w) => sa.owner.sales.transactions({ workspace: sk(w) }),
      'master.view': (w) => ma.owner.master.view({ workspace: mk(w) }),
      'master.accounts': (w) => ma.owner.master.accounts({ workspace: mk(w) }),
      'master.linkAccount': (w) => ma.owner.master.linkAccount({ workspace: mk(w), nickname: sb.handle, password: 'not the password' }),
      'master.unlinkAccount': (w) => ma.owner.master.unlinkAccount({ workspace: mk(w), account: sb.handle }),
      'masterUsers.list': (w) => ma.owner.masterUsers.list({ workspace: mk(w) }),
      'masterUsers.create': (w) =>
        ma.owner.masterUsers.create({
          workspace: mk(w),
          email: 'sneaky-helper@example.com',
          firstName: 'S',
          lastName: 'Neaky',
          role: { permissions: ['tickets.manage'] },
          accounts: [sb.handle],
        }),
      'masterUsers.update': (w) => ma.owner.masterUsers.update({ workspace: mk(w), identityId: bMaster.user, enabled: false, accounts: [sb.handle] }),
      'masterUsers.sendPasswordLink': (w) => ma.owner.masterUsers.sendPasswordLink({ workspace: mk(w), identityId: bMaster.user }),
      'tickets.open': (w) => sa.owner.tickets.open({ workspace: sk(w), type: 'refund', customerEmail: 's@example.com', receiptNumber: bTicket.receipt, comment: 'Sneaky' }),
      'tickets.list': (w) => ma.owner.tickets.list({ workspace: mk(w), ticketNumber: bTicket.number }),
      'tickets.ofAccount': (w) => sa.owner.tickets.ofAccount({ workspace: sk(w), receiptNumber: bTicket.receipt }),
      'tickets.get': (w) => ma.owner.tickets.get({ workspace: mk(w), ticket: bTicket.number }),
      'tickets.comment': (w) => ma.owner.tickets.comment({ workspace: mk(w), ticket: bTicket.number, text: 'Sneaky' }),
      'tickets.close': (w) => ma.owner.tickets.close({ workspace: mk(w), tickets: [bTicket.number] }),
      'tickets.reopen': (w) => ma.owner.tickets.reopen({ workspace: mk(w), tickets: [bTicket.number] }),
      'tickets.changeType': (w) => ma.owner.tickets.changeType({ workspace: mk(w), ticket: bTicket.number, type: 'support' }),
      'tickets.changeEmail': (w) => ma.owner.tickets.changeEmail({ workspace: mk(w), ticket: bTicket.number, customerEmail: 'sneaky@example.com' }),
      'tickets.refund': (w) => ma.owner.tickets.refund({ workspace: mk(w), ticket: bTicket.number }),
      'tickets.openForTransaction': (w) => ma.owner.tickets.openForTransaction({ workspace: mk(w), account: sb.handle, receiptNumber: bTicket.receipt, type: 'support' }),
      // A's master account names B's account, or its own account with B's transaction.
      'transactions.search': (w) => ma.owner.transactions.search({ workspace: mk(w), account: sb.handle }),
      'transactions.get': (w) => ma.owner.transactions.get({ workspace: mk(w), account: sa.handle, transaction: bTicket.transaction }),
      'receipts.email': (w) => ma.owner.receipts.email({ workspace: mk(w), account: sa.handle, transaction: bTicket.transaction }),
      // A's master account asks for B's account, or for B's third party.
      'reports.thirdParties': (w) => ma.owner.reports.thirdParties({ workspace: mk(w) }),
      'reports.ticketsCreated': (w) => ma.owner.reports.ticketsCreated({ workspace: mk(w), from: '2026-11-01', to: '2026-11-30', account: sb.handle }),
      'reports.ticketChanges': (w) => ma.owner.reports.ticketChanges({ workspace: mk(w), from: '2026-11-01', to: '2026-11-30', account: sb.handle }),
      'reports.closedByThirdParties': (w) => ma.owner.reports.closedByThirdParties({ workspace: mk(w), from: '2026-11-01', to: '2026-11-30', thirdParty: bMaster.user }),
      'reports.openedByThirdParties': (w) => ma.owner.reports.openedByThirdParties({ workspace: mk(w), from: '2026-11-01', to: '2026-11-30', account: sb.handle }),
      'reports.ticketsByTypePerThirdParty': (w) => ma.owner.reports.ticketsByTypePerThirdParty({ workspace: mk(w), from: '2026-11-01', to: '2026-11-30', thirdParty: bMaster.user }),
      'reports.thirdPartyChanges': (w) => ma.owner.reports.thirdPartyChanges({ workspace: mk(w), from: '2026-11-01', to: '2026-11-30', thirdParty: bMaster.user }),
      'reports.thirdPartyComments': (w) => ma.owner.reports.thirdPartyComments({ workspace: mk(w), from: '2026-11-01', to: '2026-11-30' }),
      'galleries.list': (w) => owner.galleries.list({ workspace: w }),
      'galleries.create': (w) => owner.galleries.create({ workspace: w, title: 'Sneaky', parentId: bIds.gallery }),
      'galleries.update': (w) => owner.galleries.update({ workspace: w, galleryId: bIds.gallery, title: 'Hijacked', password: null }),
      'galleries.move': (w) => owner.galleries.move({ workspace: w, galleryId: bIds.child, parentId: null, position: 0 }),
      'galleries.delete': (w) => owner.galleries.delete({ workspace: w, galleryId: bIds.child }),
      'galleries.items': (w) => owner.galleries.items({ workspace: w, galleryId: bIds.gallery }),
      'galleries.updateItem': (w) => owner.galleries.updateItem({ workspace: w, itemId: bIds.item, title: 'Hijacked' }),
      'galleries.deleteItem': (w) => owner.galleries.deleteItem({ workspace: w, itemId: bIds.item }),
      'galleries.cancelUpload': (w) => owner.galleries.cancelUpload({ workspace: w, galleryId: bIds.gallery, key: bIds.item }),
      'accesses.list': (w) => owner.accesses.list({ workspace: w }),
      'accesses.get': (w) => owner.accesses.get({ workspace: w, accessId: bIds.access }),
      'accesses.create': (w) => owner.accesses.create({ workspace: w, name: 'Sneaky', galleryIds: [bIds.gallery] }),
      'accesses.update': (w) => owner.accesses.update({ workspace: w, accessId: bIds.access, name: 'Hijacked' }),
      'accesses.setDisabled': (w) => owner.accesses.setDisabled({ workspace: w, accessId: bIds.access, disabled: true }),
      'accesses.rotateCode': (w) => owner.accesses.rotateCode({ workspace: w, accessId: bIds.access }),
      'accesses.delete': (w) => owner.accesses.delete({ workspace: w, accessId: bIds.access }),
      'accesses.addGalleries': (w) => owner.accesses.addGalleries({ workspace: w, accessId: bIds.access, galleryIds: [bIds.child] }),
      'accesses.removeGalleries': (w) => owner.accesses.removeGalleries({ workspace: w, accessId: bIds.access, galleryIds: [bIds.gallery] }),
      'accesses.invitation': (w) => owner.accesses.invitation({ workspace: w, accessId: bIds.access, code: bIds.code }),
      'accesses.send': (w) => owner.accesses.send({ workspace: w, accessId: bIds.access, code: bIds.code }),
      'accesses.preview': (w) => owner.accesses.preview({ workspace: w, accessId: bIds.access }),
      'accesses.revealCode': (w) => owner.accesses.revealCode({ workspace: w, accessId: bIds.access }),
      'accesses.selection': (w) => owner.accesses.selection({ workspace: w, accessId: bIds.access }),
      'outbox.list': (w) => owner.outbox.list({ workspace: w }),
      'roles.list': (w) => owner.roles.list({ workspace: w }),
      'roles.create': (w) => owner.roles.create({ workspace: w, name: 'Sneaky', permissions: ['galleries.view'] }),
      'roles.update': (w) => owner.roles.update({ workspace: w, roleId: bTeam.role, name: 'Hijacked', permissions: ['galleries.manage'] }),
      'roles.delete': (w) => owner.roles.delete({ workspace: w, roleId: bTeam.role }),
      'members.list': (w) => owner.members.list({ workspace: w }),
      'members.invite': (w) => owner.members.invite({ workspace: w, email: 'sneaky@example.com', role: { customRoleId: bTeam.role } }),
      'members.resendInvitation': (w) => owner.members.resendInvitation({ workspace: w, invitationId: bTeam.invitation }),
      'members.revokeInvitation': (w) => owner.members.revokeInvitation({ workspace: w, invitationId: bTeam.invitation }),
      'members.changeRole': (w) => owner.members.changeRole({ workspace: w, identityId: bTeam.member, role: { template: 'administrator' } }),
      'members.setDisabled': (w) => owner.members.setDisabled({ workspace: w, identityId: bTeam.member, disabled: true }),
      'members.resetPassword': (w) => owner.members.resetPassword({ workspace: w, identityId: bTeam.member }),
      'members.endSessions': (w) => owner.members.endSessions({ workspace: w, identityId: bTeam.member }),
      'members.remove': (w) => owner.members.remove({ workspace: w, identityId: bTeam.member }),
      'apiUsers.create': (w) => owner.apiUsers.create({ workspace: w, email: 'sneaky-api@example.com', firstName: 'S', lastName: 'Neaky', role: { customRoleId: bTeam.role } }),
      'apiUsers.rotateKey': (w) => owner.apiUsers.rotateKey({ workspace: w, identityId: bTeam.apiUser }),
      'apiUsers.revokeKey': (w) => owner.apiUsers.revokeKey({ workspace: w, identityId: bTeam.apiUser }),
      'permissions.mine': (w) => owner.permissions.mine({ workspace: w }),
      'permissions.check': (w) => owner.permissions.check({ workspace: w, permission: 'galleries.manage' }),
      'activity.list': (w) => owner.activity.list({ workspace: w }),
      'dashboard.sales': (w) => owner.dashboard.sales({ workspace: w, from: '2026-01-01', to: '2026-01-31' }),
      'workspaces.settings': (w) => owner.workspaces.settings({ workspace: w }),
      'workspaces.update': (w) => owner.workspaces.update({ workspace: w, name: 'Hijacked', entryUrl: 'https://evil.example/', requireSecondFactor: false }),
      'workspaces.features': (w) => owner.workspaces.features({ workspace: w }),
      'agencyGrants.list': (w) => owner.agencyGrants.list({ workspace: w }),
      'agencyGrants.grant': (w) => owner.agencyGrants.grant({ workspace: w, agencyEmail: w === a.handle ? bAgency.email : aAgencyEmail, role: { permissions: [] } }),
      'agencyGrants.changeRole': (w) => owner.agencyGrants.changeRole({ workspace: w, agencyId: bAgency.id, role: { permissions: [] } }),
      'agencyGrants.revoke': (w) => owner.agencyGrants.revoke({ workspace: w, agencyId: bAgency.id }),
      'client.overview': (w) => client.client.overview({ workspace: w }),
      'client.gallery': (w) => client.client.gallery({ workspace: w, galleryId: bIds.gallery }),
      'client.setFavourite': (w) => client.client.setFavourite({ workspace: w, galleryId: bIds.gallery, itemId: bIds.item, favourite: true }),
      'client.signOut': (w) => client.client.signOut({ workspace: w }),
      'client.signIn': (w) => server.caller().client.signIn({ workspace: w, code: w === a.handle ? bIds.code : 'a-access-code' }),
      'publicGallery.info': (w) => server.caller().publicGallery.info({ workspace: w, galleryId: w === a.handle ? bIds.gallery : aIds.gallery }),
      'publicGallery.unlock': (w) => server.caller().publicGallery.unlock({ workspace: w, galleryId: w === a.handle ? bIds.gallery : aIds.gallery, password: 'b-password' }),
      'publicGallery.open': (w) => server.caller().publicGallery.open({ workspace: w, galleryId: w === a.handle ? bIds.child : aIds.gallery }),
      'contacts.list': (w) => pa.owner.contacts.list({ workspace: ps(w), search: 'B contact' }),
      'contacts.get': (w) => pa.owner.contacts.get({ workspace: ps(w), contactId: contact }),
      'contacts.create': (w) => pa.owner.contacts.create({ workspace: ps(w), name: 'Sneaky', email: 'b-contact@example.com' }),
      'contacts.update': (w) => pa.owner.contacts.update({ workspace: ps(w), contactId: contact, name: 'Hijacked' }),
      'contacts.activationRequest': (w) => pa.owner.contacts.activationRequest({ workspace: ps(w), contactIds: [contact], send: 'server' }),
      'contacts.activate': (w) => pa.owner.contacts.activate({ workspace: ps(w), contactId: contact }),
      'contacts.deactivate': (w) => pa.owner.contacts.deactivate({ workspace: ps(w), contactIds: [contact] }),
      'contacts.deleteIdentities': (w) => pa.owner.contacts.deleteIdentities({ workspace: ps(w), contactId: contact }),
      'contacts.deletionPreview': (w) => pa.owner.contacts.deletionPreview({ workspace: ps(w), contactId: contact }),
      'contacts.delete': (w) => pa.owner.contacts.delete({ workspace: ps(w), contactId: contact }),
      'contacts.me': (w) => pa.owner.contacts.me({ workspace: ps(w) }),
      'contacts.registrants': (w) => pa.owner.contacts.registrants({ workspace: ps(w) }),
      'activation.describe': (w) => server.caller().activation.describe({ workspace: ps(w), token: bContacts.token }),
      'activation.complete': (w) => server.caller().activation.complete({ workspace: ps(w), token: bContacts.token, password: 'sneaky password 1', acceptTerms: true }),
      'terms.upload': (w) => pa.owner.terms.upload({ workspace: ps(w), title: 'Sneaky terms', text: 'Sneaky' }),
      'terms.current': (w) => pa.owner.terms.current({ workspace: ps(w) }),
      'terms.versions': (w) => pa.owner.terms.versions({ workspace: ps(w) }),
      'terms.accept': (w) => pa.owner.terms.accept({ workspace: ps(w), version: 1 }),
      'jobs.create': (w) => pa.owner.jobs.create({ workspace: ps(w), contactId: contact, name: 'Sneaky job' }),
      'jobs.submit': (w) => pa.owner.jobs.submit({ workspace: ps(w), name: 'Sneaky job' }),
      'jobs.list': (w) => pa.owner.jobs.list({ workspace: ps(w), contactId: contact }),
      'jobs.mine': (w) => pa.owner.jobs.mine({ workspace: ps(w) }),
      'jobs.setStatus': (w) => pa.owner.jobs.setStatus({ workspace: ps(w), jobId: bContacts.job, status: 'printing' }),
      'notifications.notify': (w) => ha.owner.notifications.notify({ workspace: host(w), category: 'invoice', subject: 'Invoice issued', text: 'An invoice was issued.' }),
    };
  };

  /** Procedures that name no workspace: they cannot cross one. */
  const workspaceless = [
    'health.ping',
    'identity.signUp',
    'identity.signUpOpen',
    'identity.signIn',
    'identity.signOut',
    'identity.me',
    'workspaces.create',
    'workspaces.get',
    // The signed-in identity's own second factor, email and list of its workspaces.
    'identity.signInSecondFactor',
    'identity.changeEmail',
    'identity.changePassword',
    'identity.passwordRules',
    // The language of the person's own mail, from every workspace.
    'identity.language',
    'identity.setLanguage',
    'identity.sessions.list',
    'identity.sessions.end',
    'identity.sessions.endOthers',
    'identity.accounts',
    'identity.secondFactor.status',
    'identity.secondFactor.begin',
    'identity.secondFactor.confirm',
    'identity.secondFactor.disable',
    'identity.secondFactor.regenerateRecoveryCodes',
    // A new agency account belongs to no workspace until one grants it access.
    'agencies.register',
    // Bound to a one-time link's token, not to a workspace the call names: the token decides.
    'identity.resetPassword',
    'identity.describePasswordReset',
    'identity.requestPasswordReset',
    'identity.confirmSignUp',
    'identity.confirmEmailChange',
    'invitations.describe',
    'invitations.accept',
    // Opening a master account proves control of a seller account by its sign-in; its links are bound to their tokens.
    'master.register',
    'master.describeRegistration',
    'master.completeRegistration',
    'master.confirmLink',
  ];

  it('covers every procedure of the router', () => {
    const all = Object.keys(appRouter._def.procedures).sort();
    expect([...Object.keys(calls()), ...workspaceless].sort()).toEqual(all);
  });

  it("refuses B's ids in A's workspace, and A's caller in B's workspace, changing nothing of B", async () => {
    const snapshots = async () => [await snapshotOf(b.id), await snapshotOf(pb.id), await snapshotOf(hb.id), await snapshotOf(sb.id), await snapshotOf(mb.id)];
    const before = await snapshots();
    for (const [name, call] of Object.entries(calls())) {
      const inOwn = await call(a.handle).then(
        (result) => ({ ok: true as const, result }),
        (error: { code: string }) => ({ ok: false as const, code: error.code }),
      );
      // Listing A's own things is fine, but nothing of B may show up in the answer.
      if (inOwn.ok) {
        expect(JSON.stringify(inOwn.result), name).not.toMatch(
          new RegExp(
            `${bIds.gallery}|${bIds.access}|${bIds.item}|B gallery|B access|B contact|B job|B terms|B hosting|${bTeam.role}|${bTeam.member}|${bTeam.apiUser}|${bTeam.invitation}|B role|b-api-|b-invited-|B product|b-helper-|B ticket|b-customer@|${sb.handle}`,
          ),
        );
      } else {
        expect(['NOT_FOUND', 'BAD_REQUEST', 'FORBIDDEN', 'UNAUTHORIZED'], name).toContain(inOwn.code);
        if (name.startsWith('contacts.') || name.startsWith('jobs.') || name.startsWith('activation.')) {
          expect(['NOT_FOUND', 'FORBIDDEN'], name).toContain(inOwn.code);
        }
      }
      if (name.startsWith('publicGallery.') || name.startsWith('activation.') || name === 'client.signIn') continue;
      const inOther = await refusal(call(b.handle));
      expect(['FORBIDDEN', 'UNAUTHORIZED'], name).toContain(inOther.code);
    }
    expect(await snapshots()).toEqual(before);
  });

  it("still lets B's owner and B's client do everything with B's ids afterwards", async () => {
    const detail = await b.owner.accesses.get({ workspace: b.handle, accessId: bIds.access });
    expect(detail.access.status).toBe('active');
    const { token } = await server.caller().client.signIn({ workspace: b.handle, code: bIds.code });
    const view = await server.caller(token).client.gallery({ workspace: b.handle, galleryId: bIds.gallery });
    expect(view.items.map((i) => i.name)).toEqual(['b.jpg']);
    await server.caller(token).client.setFavourite({ workspace: b.handle, galleryId: bIds.gallery, itemId: bIds.item, favourite: true });
    expect((await b.owner.accesses.selection({ workspace: b.handle, accessId: bIds.access })).count).toBe(1);
  });
});
