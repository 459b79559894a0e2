import { customerMailDomains, customerNames, type CustomerCurrency } from './customer-names.js';
import type { SalesCalendar } from './sales-calendar.js';

/** What the statement needs to know of the accounts: how many products each has, in the order of `seller_products.a`. */
export interface SalesStatementInput {
  productCounts: readonly number[];
  /** All transactions to be generated: the pool of returning customers is sized by it. */
  transactions: number;
  calendar: SalesCalendar;
  now: Date;
  /** Seeds every hash: the same salt gives the same sales. */
  salt: number;
}

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;
const texts = (values: readonly string[]) => `(array[${values.map(sqlText).join(', ')}])`;
const floats = (values: readonly number[]) => `array[${values.map((v) => v.toPrecision(17)).join(',')}]::float8[]`;
const ints = (values: readonly number[]) => `(array[${values.join(',')}]::int[])`;

/** A name as it can stand in a mail address: `Müller` → `muller`, `de Jong` → `dejong`. */
const mailable = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const regions = Object.keys(customerNames) as CustomerCurrency[];

/** `(case s.currency when 'USD' then … end)`, one branch per region's name lists. */
function byRegion(pick: (names: { first: readonly string[]; last: readonly string[] }) => string): string {
  return `(case s.currency ${regions.map((currency) => `when ${sqlText(currency)} then ${pick(customerNames[currency])}`).join(' ')} end)`;
}

/**
 * The statement that inserts the transactions of sales number `?` to `?`, stopping after `?`
 * rows (the first `?` is the first sale's number again, for the ids), into the accounts of the temporary table `seller_products` (a, p, workspace_id, id,
 * kind, usd, eur, gbp). Every sale's number gives, through hashes of it, its account and
 * product, its moment, its customer, and its follow-ups: at most one refund or chargeback,
 * monthly rebills of a recurring product, and its cancellation. The running count of rows
 * (a window over the sales in order) stops the last sale's follow-ups exactly at the limit.
 *
 * Written in the order of the receipt indexes, with time-ordered UUIDs in that order
 * (version 7: the load's millisecond, then the row's place, then random bits): the primary key
 * grows at its end and each statement sweeps the receipt indexes once instead of landing at
 * random places, which makes a load of millions about twice as fast. Each layer of the
 * statement is computed once per row (`offset 0` keeps PostgreSQL from inlining a layer's
 * expressions into every place above that names them).
 */
export function salesStatement(input: SalesStatementInput): string {
  const { salt, calendar } = input;
  const uniform = (x: string, k: number) => `((hashint8extended(${x}, ${salt + k}) & 4503599627370495)::float8 / 4503599627370496)`;
  const accounts = input.productCounts.length;
  const now = `${sqlText(input.now.toISOString())}::timestamptz`;
  const start = `${sqlText(calendar.start.toISOString())}::timestamptz`;
  const today = `date_trunc('day', ${now})`;
  // Repeat buyers: about one customer for every two and a half sales (a sale per 1.7 transactions).
  const customers = Math.max(50, Math.round((input.transactions / 1.7) * 0.4));
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const receipt = [35, 30, 25, 20, 15, 10, 5, 0].map((shift) => `substr('${alphabet}', ((s.scrambled >> ${shift}) & 31)::int + 1, 1)`).join(' || ');
  const firstIndex = (names: { first: readonly string[] }) => `1 + s.customer % ${names.first.length}`;
  const lastIndex = (names: { first: readonly string[]; last: readonly string[] }) => `1 + (s.customer / ${names.first.length}) % ${names.last.length}`;
  const first = byRegion((names) => `${texts(names.first)}[${firstIndex(names)}]`);
  const last = byRegion((names) => `${texts(names.last)}[${lastIndex(names)}]`);
  const firstMail = byRegion((names) => `${texts(names.first.map(mailable))}[${firstIndex(names)}]`);
  const lastMail = byRegion((names) => `${texts(names.last.map(mailable))}[${lastIndex(names)}]`);
  const idHigh = (BigInt(input.now.getTime()) << 16n) | 0x7000n;

  return `
    insert into transactions (id, workspace_id, product_id, receipt_number, kind, occurred_at, customer_name, customer_email, amount_minor, tax_minor, currency, created_at)
    select (lpad(to_hex(${idHigh}::bigint | ((t.sequence >> 30) & 4095)), 16, '0')
             || lpad(to_hex(x'8000000000000000'::bigint | ((t.sequence & 1073741823) << 32) | (hashint8extended(t.sequence, ${salt}) & 4294967295)), 16, '0'))::uuid,
           t.workspace_id, t.product_id, t.receipt, t.kind, t.at, t.customer_name, t.customer_email, t.amount, t.tax, t.currency, t.at
      from (
    -- In the order of the receipt indexes, each statement's rows sweep them once instead of
    -- landing at random places; the ids then follow that order.
    select ?::bigint * 32 + row_number() over (order by s.workspace_id, s.receipt, k.at) as sequence,
           s.workspace_id, s.product_id, s.receipt, k.kind, k.at, s.customer_name, s.customer_email,
           case when k.kind = 'cancellation' then 0 else s.amount end as amount,
           case when k.kind = 'cancellation' then null else s.tax end as tax,
           s.currency
      from (
        select s.*, sum(s.footprint) over (order by s.i rows unbounded preceding) - s.footprint as before
          from (
            select s.*,
                   1 + s.rebills + (s.back is not null)::int + (s.cancelled_at is not null)::int as footprint,
                   ${receipt} as receipt,
                   ${first} || ' ' || ${last} as customer_name,
                   (case s.customer % 4
                      when 0 then ${firstMail} || '.' || ${lastMail}
                      when 1 then ${firstMail} || ${lastMail} || (s.customer % 97)::text
                      when 2 then substr(${firstMail}, 1, 1) || ${lastMail}
                      else ${firstMail} || '_' || ${lastMail} || (s.customer % 89)::text end)
                   || '@' || ${texts(customerMailDomains)}[1 + (s.customer / 4) % ${customerMailDomains.length}] as customer_email
              from (
                select s.*,
                       case when s.product_kind = 'recurring' and s.back is null then least(s.lifetime, s.months) else 0 end as rebills,
                       -- A refunded or charged-back subscription ends with its money; any other ends when its buyer cancels, between two rebills.
                       case when s.product_kind <> 'recurring' then null
                            when s.back is not null then s.back_at + interval '1 second'
                            when s.lifetime < s.months then s.at + s.lifetime * interval '1 month' + (1 + s.u_cancel * 26) * interval '1 day' end as cancelled_at
                  from (
                    select s.*,
                           -- Refunds within four weeks, chargebacks after one to four; neither later than now.
                           case when s.u_back < 0.052 and s.at + interval '1 hour' + s.u_delay * interval '27 days' < ${now} then 'refund'
                                when s.u_back >= 0.052 and s.u_back < 0.0575 and s.at + interval '7 days' + s.u_delay * interval '21 days' < ${now} then 'chargeback' end as back,
                           case when s.u_back < 0.052 then s.at + interval '1 hour' + s.u_delay * interval '27 days' else s.at + interval '7 days' + s.u_delay * interval '21 days' end as back_at,
                           -- The whole months since the sale: each is a rebill unless cancelled before.
                           (extract(year from age(${now}, s.at)) * 12 + extract(month from age(${now}, s.at)))::int as months,
                           -- US buyers pay sales tax on top in some states; VAT is inside European prices.
                           case when s.currency = 'USD' and s.us_taxed then s.price + round(s.price * 0.0725)::bigint else s.price end as amount,
                           case s.currency when 'USD' then case when s.us_taxed then round(s.price * 0.0725)::bigint else 0 end
                                           when 'EUR' then round(s.price * (19 + s.customer % 3) / (119.0 + s.customer % 3))::bigint
                                           else round(s.price / 6.0)::bigint end as tax
                      from (
                        select s.*, sp.workspace_id, sp.id as product_id, sp.kind as product_kind,
                               case s.currency when 'USD' then sp.usd when 'EUR' then sp.eur else sp.gbp end as price
                          from (
                            select g.*,
                                   -- The first products of an account sell most.
                                   least(floor(${ints(input.productCounts)}[g.a + 1] * power(g.u_product, 1.5)), ${ints(input.productCounts)}[g.a + 1] - 1)::int as p,
                                   case when g.day = ${calendar.days - 1} then ${today} + g.u_second * (${now} - ${today})
                                        else ${start} + g.day * interval '1 day' + g.hour * interval '1 hour' + g.u_second * interval '1 hour' end as at,
                                   -- A customer pays in their own region's currency, each time.
                                   case when ${uniform('g.customer', 20)} < 0.8 then 'USD' when ${uniform('g.customer', 20)} < 0.93 then 'EUR' else 'GBP' end as currency,
                                   ${uniform('g.customer', 21)} < 0.35 as us_taxed
                              from (
                                select i,
                                       -- The first accounts sell most.
                                       least(floor(${accounts} * power(${uniform('i', 1)}, 1.6)), ${accounts - 1})::int as a,
                                       ${uniform('i', 2)} as u_product,
                                       width_bucket(${uniform('i', 3)}, ${floats(calendar.dayThresholds)}) as day,
                                       width_bucket(${uniform('i', 4)}, ${floats(calendar.hourThresholds)}) as hour,
                                       ${uniform('i', 5)} as u_second,
                                       floor(${uniform('i', 6)} * ${customers})::bigint as customer,
                                       ${uniform('i', 7)} as u_back,
                                       ${uniform('i', 8)} as u_delay,
                                       -- Months until the buyer cancels: about one in six each month.
                                       floor(ln(1 - ${uniform('i', 9)}) / ln(1 - 0.17))::int as lifetime,
                                       ${uniform('i', 10)} as u_cancel,
                                       -- A bijection of the sale's number on 40 bits (odd multiplier, then xorshift): receipts never repeat.
                                       ((i * 2654435761 + ${salt}) & 1099511627775) # (((i * 2654435761 + ${salt}) & 1099511627775) >> 17) as scrambled
                                  from generate_series(?::bigint, ?::bigint) as i
                                offset 0
                              ) g
                            offset 0
                          ) s
                          join seller_products sp on sp.a = s.a and sp.p = s.p
                        offset 0
                      ) s
                    offset 0
                  ) s
                offset 0
              ) s
            offset 0
          ) s
      ) s
     cross join lateral (
       select j,
              case when j = 0 then 'sale' when j <= s.rebills then 'rebill' when j = s.rebills + 1 and s.back is not null then s.back else 'cancellation' end as kind,
              case when j = 0 then s.at when j <= s.rebills then s.at + j * interval '1 month' when j = s.rebills + 1 and s.back is not null then s.back_at else s.cancelled_at end as at
         from generate_series(0, s.footprint - 1) as j
        where s.before + j < ?
     ) k
      ) t`;
}
