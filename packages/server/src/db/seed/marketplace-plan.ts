import type { SeededRole } from './master-accounts.js';
import type { NicheKey } from './seller-niches.js';

/**
 * The marketplace demo, as data: a seller, Mara Quinn, whose master account links three of
 * her seller accounts (a fourth waits to be linked with its own sign-in), with months of
 * sales, an API-only user for her shop's back-end, and two helpers who each work in only
 * some of the accounts. The demo prints every credential below: never use them anywhere real.
 * Every password meets the master account's rule (two capitals, two small letters, two digits,
 * two special characters).
 */

export const marketplaceMaster = {
  handle: 'quinn-digital',
  name: 'Quinn Digital',
  owner: { email: 'mara@quinn-digital.example', password: 'Quinn-Master#2026', name: 'Mara Quinn' },
} as const;

export interface PlannedSellerAccount {
  /** The nickname. */
  handle: string;
  name: string;
  niche: NicheKey;
  /** Linked to the master account by the seed; the others wait for "Add account". */
  linked: boolean;
  /** The account's own sign-in: its owner's email (or its nickname, to link it) and password. */
  owner: { email: string; password: string; name: string };
  expect: string;
}

export const sellerAccountPlan: readonly PlannedSellerAccount[] = [
  {
    handle: 'ketokitchen',
    name: 'Keto Kitchen',
    niche: 'cooking',
    linked: true,
    owner: { email: 'ketokitchen@quinn-digital.example', password: 'Keto-Kitchen#26', name: 'Mara Quinn' },
    expect: 'The biggest account: recipes and a monthly club, so rebills and cancellations too. Both helpers work here.',
  },
  {
    handle: 'fretboard',
    name: 'Fretboard Academy',
    niche: 'music',
    linked: true,
    owner: { email: 'fretboard@quinn-digital.example', password: 'Fret-Board#2026', name: 'Mara Quinn' },
    expect: 'Guitar and piano courses with two memberships. The customer-service manager works here, the ticket helper does not.',
  },
  {
    handle: 'flowyoga',
    name: 'Flow Yoga Studio',
    niche: 'fitness',
    linked: true,
    owner: { email: 'flowyoga@quinn-digital.example', password: 'Flow-Yoga#2026', name: 'Mara Quinn' },
    expect: 'A studio pass that rebills monthly. Only the owner and the API user reach it.',
  },
  {
    handle: 'lenscraft',
    name: 'Lenscraft Photo School',
    niche: 'photography',
    linked: false,
    owner: { email: 'lenscraft@quinn-digital.example', password: 'Lens-Craft#2026', name: 'Mara Quinn' },
    expect: 'Not linked yet: link it from Accounts with its nickname and password; the confirmation goes to its own address.',
  },
];

/** Transactions of all four accounts together: a few months of a small seller's business, shown per day. */
export const marketplaceTransactions = 4500;

/**
 * Customer-service tickets per linked account, opened by the shop's back-end and worked (type
 * changes, refunds, comments, closing and reopening) by the owner and the helpers who work in
 * that account: every type and status, and a history for every report to show.
 */
export const marketplaceTickets: Readonly<Record<string, number>> = { ketokitchen: 140, fretboard: 70, flowyoga: 30 };

export interface PlannedMasterUser {
  email: string;
  firstName: string;
  lastName: string;
  description: string;
  /** An API-only user has no password: it works with its key alone. */
  apiOnly: boolean;
  password: string | null;
  role: SeededRole;
  /** The linked accounts the user may work in, by nickname. */
  accounts: readonly string[];
  expect: string;
}

export const masterUserPlan: readonly PlannedMasterUser[] = [
  {
    email: 'tom@quinn-digital.example',
    firstName: 'Tom',
    lastName: 'Becker',
    description: 'Answers Keto Kitchen’s tickets',
    apiOnly: false,
    password: 'Tickets-Tom#26',
    role: { template: 'customer-service' },
    accounts: ['ketokitchen'],
    expect: 'Orders/Tickets in Keto Kitchen only: sees Tickets and the transactions of tickets, no other transactions, no Dashboard, no Accounts.',
  },
  {
    email: 'priya@quinn-digital.example',
    firstName: 'Priya',
    lastName: 'Nair',
    description: 'Customer service manager',
    apiOnly: false,
    password: 'Orders-Priya#26',
    role: { template: 'customer-service-manager' },
    accounts: ['ketokitchen', 'fretboard'],
    expect:
      'Orders/Tickets, Search orders and Manage users in Keto Kitchen and Fretboard Academy: works their tickets, searches all their transactions, manages users, sees Reports; never Dashboard or Accounts.',
  },
  {
    email: 'shop-backend@quinn-digital.example',
    firstName: 'Shop',
    lastName: 'Backend',
    description: 'Records sales from the shop’s back-end',
    apiOnly: true,
    password: null,
    role: { template: 'api-writer' },
    accounts: ['ketokitchen', 'fretboard', 'flowyoga'],
    expect: 'API read/write in all three linked accounts, with its key only: it cannot sign in to the interface.',
  },
];
