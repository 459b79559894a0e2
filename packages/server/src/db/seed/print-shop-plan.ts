import type { ContactStatus, JobStatus } from '@foyer/schema';

/**
 * The print shop of the demo, as data: contacts in every status, jobs in every
 * status, and a few hundred generated customers so the contacts table has pages to turn.
 */
export const printShopWorkspace = {
  handle: 'nordlys-trykk',
  name: 'Nordlys Trykk',
} as const;

/** Demo credentials of the shop's owner, who administers it. Never use them anywhere real. */
export const printShopAdmin = {
  email: 'admin@nordlys-trykk.example',
  password: 'nordlys-demo-2026',
  name: 'Ingrid Solberg',
} as const;

export const printShopTerms = {
  title: 'Terms of service 2026',
  text: [
    'Nordlys Trykk — terms of service',
    '',
    '1. Files are printed as delivered; check the preflight report before approving a job.',
    '2. Colours may differ slightly between screen and print.',
    '3. Invoices are due within 14 days.',
  ].join('\n'),
} as const;

export interface PlannedJob {
  name: string;
  status: JobStatus;
  /** A model JSON, as when edits were saved in the job editor. */
  model?: boolean;
  support?: string;
}

export interface PlannedContact {
  name: string;
  email: string;
  company?: string;
  status: ContactStatus;
  /** Unregistered contacts only: whether the activation request went out. */
  invited?: boolean;
  /** Contacts with a login sign in with this password. */
  password?: string;
  jobs?: PlannedJob[];
  /** What a visitor trying this contact should see. */
  expect: string;
}

export const contactPlan: readonly PlannedContact[] = [
  {
    name: 'Kari Nordmann',
    email: 'kari@fjordreklame.example',
    company: 'Fjord Reklame AS',
    status: 'active',
    password: 'kari-demo-2026',
    jobs: [
      { name: 'Spring catalogue', status: 'new' },
      { name: 'Roll-up banner', status: 'incoming', support: 'banner-notes.txt' },
      { name: 'Business cards', status: 'completed', model: true },
    ],
    expect: 'Active with jobs in New, Incoming and Completed: Delete contact removes her and all three jobs.',
  },
  {
    name: 'Ola Hansen',
    email: 'ola@bryggentrykk.example',
    company: 'Bryggen Design',
    status: 'active',
    password: 'ola-demo-2026',
    jobs: [
      { name: 'Poster A1', status: 'preflight', model: true, support: 'fonts.zip' },
      { name: 'Flyer A5', status: 'printing' },
      { name: 'Brochure', status: 'finishing' },
      { name: 'Menu cards', status: 'completed' },
    ],
    expect: 'Active with jobs in processing: Delete contact is refused and names Poster A1, Flyer A5 and Brochure.',
  },
  {
    name: 'Éva Kovács',
    email: 'eva@polarmedia.example',
    company: 'Polar Media Kft',
    status: 'active',
    password: 'eva-demo-2026',
    jobs: [{ name: 'Annual report', status: 'new', model: true }],
    expect: 'Active: Delete identities makes her Unregistered; Deactivate ends her sessions.',
  },
  {
    name: 'Lars Berg',
    email: 'lars@example.com',
    status: 'not-active',
    password: 'lars-demo-2026',
    expect: 'Not active (he has an account, the link was not followed): Activate, or send him a new activation request.',
  },
  {
    name: 'Maja Lund',
    email: 'maja@tindedesign.example',
    company: 'Tinde Design',
    status: 'not-active',
    password: 'maja-demo-2026',
    expect: 'Not active, no company shown is optional: Activate opens the shop to her.',
  },
  {
    name: 'Nils Moen',
    email: 'nils@example.com',
    status: 'unregistered',
    invited: true,
    expect: 'Unregistered with the invitation flag: follow his link from the outbox to activate him.',
  },
  {
    name: 'Sofie <b>Dahl</b>',
    email: 'sofie@kystmedia.example',
    company: 'Kyst & Co',
    status: 'unregistered',
    invited: false,
    expect: 'Unregistered, not invited yet; her name holds markup, shown as text.',
  },
  {
    name: 'Per Olsen',
    email: 'per@havnreklame.example',
    company: 'Havn Reklame',
    status: 'deactivated',
    password: 'per-demo-2026',
    jobs: [{ name: 'Old leaflet', status: 'completed' }],
    expect: 'Deactivated: only Delete contact and Back up user data remain; he cannot sign in.',
  },
];

/** Generated customers beside the planned ones: enough for several pages of the table. */
export const generatedContactCount = 300;
