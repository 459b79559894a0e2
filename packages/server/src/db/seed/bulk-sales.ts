import type { Knex } from 'knex';
import { hashPassword } from '../../security/passwords.js';
import { customerNames } from './customer-names.js';
import { salesCalendar } from './sales-calendar.js';
import { salesStatement } from './sales-statement.js';
import { nameAdjectives, nicheKeys, priceIn, sellerNiches, type NicheKey } from './seller-niches.js';

/** The password of every generated seller account's owner; printed by `foyer seed-marketplace`. */
export const generatedSellerPassword = 'Seller-Demo#2026';

/** A seller account to create: its nickname (the handle), what it sells, and its owner's sign-in. */
export interface SellerAccountPlan {
  handle: string;
  name: string;
  niche: NicheKey;
  owner: { email: string; name: string; password: string };
}

export interface CreatedSellerAccount {
  id: string;
  handle: string;
  name: string;
  ownerId: string;
  ownerEmail: string;
  password: string;
}

export interface SellerAccountsCreated {
  accounts: CreatedSellerAccount[];
  products: number;
  transactions: number;
}

/** How far back sales go: about fifteen months. */
export const salesHistoryDays = 456;
/** Sales generated per statement: each is one pass of a few hundred thousand sales and their follow-ups. */
const salesPerStatement = 500_000;
const generatedOwnerDomain = 'sellers.example';

/**
 * `count` seller accounts to generate, numbered on after those generated before: nicknames
 * like `goldenketo17`, a niche each in turn, owners at `<nickname>@sellers.example` who
 * sign in with {@link generatedSellerPassword}.
 */
export async function generatedSellerAccounts(db: Knex, count: number): Promise<SellerAccountPlan[]> {
  const taken = await db('workspaces').where({ kind: 'account', catalog_template: 'marketplace' }).whereLike('account_email', `%@${generatedOwnerDomain}`).count({ n: '*' }).first();
  const first = Number(taken?.n ?? 0) + 1;
  const owners = customerNames.USD;
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const niche = nicheKeys[n % nicheKeys.length]!;
    const adjective = nameAdjectives[Math.floor(n / nicheKeys.length) % nameAdjectives.length]!;
    const handle = `${adjective.toLowerCase()}${sellerNiches[niche].stem}${n}`;
    const ownerName = `${owners.first[(n * 7) % owners.first.length]} ${owners.last[(n * 11) % owners.last.length]}`;
    return { handle, name: `${adjective} ${sellerNiches[niche].title}`, niche, owner: { email: `${handle}@${generatedOwnerDomain}`, name: ownerName, password: generatedSellerPassword } };
  });
}

/**
 * Creates the seller accounts (owner, workspace, products) and `transactions` transactions
 * among them, in a few set-based statements in one database transaction: every row is
 * computed in SQL from a number of `generate_series` and hashes of it, so five million
 * transactions are a handful of statements, not five million round trips.
 *
 * What the sales look like: spread over the last {@link salesHistoryDays} days by the
 * calendar in sales-calendar.ts; the first accounts and each account's first products sell
 * most; customers come back and pay in their own region's currency (USD mostly, some EUR and
 * GBP) with its tax; about 5 % of sales are refunded within four weeks and 0.5 % charged back;
 * a recurring product is rebilled monthly until its buyer cancels (about one in six each
 * month) or until now. Refunds, chargebacks, rebills and cancellations carry their sale's
 * receipt, product and currency. The count is exact: the follow-ups of the last sale are cut
 * where the count is reached.
 */
export async function insertSellerAccounts(db: Knex, plans: readonly SellerAccountPlan[], transactions: number, now: Date): Promise<SellerAccountsCreated> {
  if (plans.length === 0) return { accounts: [], products: 0, transactions: 0 };
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (password: string) => {
    if (!hashes.has(password)) hashes.set(password, hashPassword(password));
    return hashes.get(password)!;
  };
  const accounts = await Promise.all(
    plans.map(async (plan, n) => ({
      n,
      handle: plan.handle,
      name: plan.name,
      owner_email: plan.owner.email,
      owner_name: plan.owner.name,
      password_hash: await hashOf(plan.owner.password),
    })),
  );
  const products = plans.flatMap((plan, a) =>
    sellerNiches[plan.niche].products.map((product, p) => ({
      a,
      p,
      sku: product.sku,
      name: product.name,
      kind: product.kind,
      usd: priceIn('USD', product.price),
      eur: priceIn('EUR', product.price),
      gbp: priceIn('GBP', product.price),
    })),
  );
  const calendar = salesCalendar(now, salesHistoryDays);
  const opened = new Date(calendar.start.getTime() - 30 * 86_400_000);

  const inserted = await db.transaction(async (trx) => {
    // Months and days are counted in UTC, as the daily sales are. The statements are large and
    // run once: compiling them (JIT) would cost more than running them.
    await trx.raw("set local timezone to 'UTC'");
    await trx.raw('set local jit = off');
    await trx.raw("set local work_mem = '256MB'");
    await trx.raw(
      `create temp table seller_accounts on commit drop as
       select x.n, gen_random_uuid() as workspace_id, gen_random_uuid() as identity_id, x.handle, x.name, x.owner_email, x.owner_name, x.password_hash
         from json_to_recordset(?::json) as x(n int, handle text, name text, owner_email text, owner_name text, password_hash text)`,
      [JSON.stringify(accounts)],
    );
    await trx.raw('insert into identities (id, email, name, password_hash, created_at) select identity_id, owner_email, owner_name, password_hash, ? from seller_accounts', [opened]);
    await trx.raw(
      `insert into workspaces (id, handle, name, catalog_template, kind, account_email, created_at)
       select workspace_id, handle, name, 'marketplace', 'account', owner_email, ? from seller_accounts`,
      [opened],
    );
    await trx.raw("insert into memberships (workspace_id, identity_id, kind, created_at) select workspace_id, identity_id, 'owner', ? from seller_accounts", [opened]);
    await trx.raw(
      `create temp table seller_products on commit drop as
       select x.*, a.workspace_id, gen_random_uuid() as id
         from json_to_recordset(?::json) as x(a int, p int, sku text, name text, kind text, usd bigint, eur bigint, gbp bigint)
         join seller_accounts a on a.n = x.a`,
      [JSON.stringify(products)],
    );
    await trx.raw('insert into products (id, workspace_id, sku, name, kind, created_at) select id, workspace_id, sku, name, kind, ? from seller_products', [opened]);
    await trx.raw('analyze seller_products');
    const statement = salesStatement({
      productCounts: plans.map((plan) => sellerNiches[plan.niche].products.length),
      transactions,
      calendar,
      now,
      salt: saltOf(plans),
    });
    let remaining = transactions;
    let next = 1;
    while (remaining > 0) {
      // Sales have 1.7 transactions each on average; asking for fewer sales than rows keeps a small count to one statement.
      const sales = Math.min(salesPerStatement, Math.ceil(remaining / 1.2) + 16);
      const result = await trx.raw(statement, [next, next, next + sales - 1, remaining]);
      remaining -= result.rowCount;
      next += sales;
    }
    const rows = await trx.raw('select n, workspace_id, identity_id from seller_accounts order by n');
    return rows.rows as Array<{ n: number; workspace_id: string; identity_id: string }>;
  });
  // Fresh statistics, so the first queries over millions of new rows are planned for them.
  await db.raw('analyze transactions');
  await db.raw('analyze sales_daily');
  return {
    accounts: inserted.map((row) => {
      const plan = plans[row.n]!;
      return { id: row.workspace_id, handle: plan.handle, name: plan.name, ownerId: row.identity_id, ownerEmail: plan.owner.email, password: plan.owner.password };
    }),
    products: products.length,
    transactions,
  };
}

/** A seed for the hashes, from the accounts' nicknames: the same accounts get the same sales. */
function saltOf(plans: readonly SellerAccountPlan[]): number {
  let h = 2166136261;
  for (const plan of plans) for (const c of plan.handle) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h % 1_000_000_007;
}
