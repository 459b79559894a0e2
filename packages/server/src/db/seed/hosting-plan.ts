import type { NotificationCategory } from '@foyer/schema';

/**
 * The hosting demo, as data: a hosting customer's portal (Fjordweb AS) whose primary user has
 * added an accountant, a web helper and the CEO, and a second customer (Nordkapp Bakeri) that
 * has the same web helper as a contact — one person, one email, one login for both.
 */
export const hostingCustomer = {
  handle: 'fjordweb',
  name: 'Fjordweb AS',
} as const;

export const secondHostingCustomer = {
  handle: 'nordkapp-bakeri',
  name: 'Nordkapp Bakeri',
} as const;

/** Demo credentials of each customer's primary user. Never use them anywhere real. */
export const hostingPrimaryUser = {
  email: 'sigrid@fjordweb.example',
  password: 'fjordweb-demo-2026',
  name: 'Sigrid Fjell',
} as const;

export const secondPrimaryUser = {
  email: 'bjorn@nordkapp-bakeri.example',
  password: 'nordkapp-demo-2026',
  name: 'Bjørn Bakke',
} as const;

export interface PlannedHostingContact {
  /** How the demo names this contact's part. */
  role: 'accountant' | 'web-helper' | 'ceo';
  name: string;
  email: string;
  company?: string;
  kind: 'sub-account' | 'notification-only';
  permissions: string[];
  notifications: NotificationCategory[];
  /** A sub-account's password, set by the primary user. */
  password?: string;
  /** What a visitor trying this contact should see. */
  expect: string;
}

export const hostingContactPlan: readonly PlannedHostingContact[] = [
  {
    role: 'accountant',
    name: 'Anders Regnskap',
    email: 'anders@tallverk.example',
    company: 'Tallverk Regnskap',
    kind: 'sub-account',
    permissions: ['invoices.pay', 'sso.perform'],
    notifications: ['invoice'],
    password: 'anders-demo-2026',
    expect: 'Pays invoices and signs in to control panels; receives invoice mail. Sees no contacts, services or domains.',
  },
  {
    role: 'web-helper',
    name: 'Vilde Nettmaker',
    email: 'vilde@nettverksted.example',
    company: 'Nettverksted',
    kind: 'sub-account',
    permissions: ['products.view', 'domains.manage', 'domains.view', 'tickets.open', 'sso.perform', 'orders.place'],
    notifications: ['general', 'product', 'domain', 'support'],
    password: 'vilde-demo-2026',
    expect: 'Looks after the sites of Fjordweb AS and Nordkapp Bakeri with one login: switch between them in Accounts.',
  },
  {
    role: 'ceo',
    name: 'Kristin Dahl',
    email: 'kristin@fjordweb.example',
    kind: 'notification-only',
    permissions: [],
    notifications: ['general', 'invoice'],
    expect: 'Notification-only: receives general and invoice mail, and has no login.',
  },
];

/** What the web helper holds at the second customer, which its own primary user chose. */
export const secondCustomerHelperPermissions = ['products.view', 'domains.view', 'tickets.open', 'sso.perform'] as const;
export const secondCustomerHelperNotifications: readonly NotificationCategory[] = ['product', 'support'];

/**
 * The host's back-end: an API-only user of Fjordweb AS that notifies the customer's contacts
 * and reads the contacts a domain's registrant may be (hosting's contacts.manage covers
 * contacts.view, which contacts.registrants needs).
 */
export const hostingBackEnd = {
  email: 'backend@host.example',
  firstName: 'Host',
  lastName: 'back-end',
  description: 'The host’s billing and domain systems: notifications and registrants.',
  permissions: ['notifications.send', 'contacts.manage'],
} as const;
