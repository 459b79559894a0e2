import type { Knex } from 'knex';

/**
 * Each gallery's number of items, kept on the gallery. Every card a client sees shows it, and
 * counting a few dozen index entries per card on every overview call was the largest part of
 * the overview's database time. Statement-level triggers keep it right for every way items
 * are written (one upload, a bulk import, a cascade from a deleted gallery), in the same
 * transaction as the write.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('galleries', (t) => {
    t.integer('item_count').notNullable().defaultTo(0);
  });
  await knex.raw(`
    update galleries g set item_count = c.n
      from (select workspace_id, gallery_id, count(*)::int as n from gallery_items group by workspace_id, gallery_id) c
     where g.workspace_id = c.workspace_id and g.id = c.gallery_id`);
  // One function for the three events; each branch reads only the transition tables its event has.
  await knex.raw(`
    create function gallery_items_count() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        update galleries g set item_count = g.item_count + d.n
          from (select workspace_id, gallery_id, count(*)::int as n from new_items group by workspace_id, gallery_id) d
         where g.workspace_id = d.workspace_id and g.id = d.gallery_id;
      elsif tg_op = 'DELETE' then
        update galleries g set item_count = g.item_count - d.n
          from (select workspace_id, gallery_id, count(*)::int as n from old_items group by workspace_id, gallery_id) d
         where g.workspace_id = d.workspace_id and g.id = d.gallery_id;
      else
        -- Only galleries whose count changes are written: renaming or reordering items touches none.
        update galleries g set item_count = g.item_count + d.n
          from (select workspace_id, gallery_id, sum(n)::int as n
                  from (select workspace_id, gallery_id, 1 as n from new_items
                        union all
                        select workspace_id, gallery_id, -1 from old_items) moved
                 group by workspace_id, gallery_id
                having sum(n) <> 0) d
         where g.workspace_id = d.workspace_id and g.id = d.gallery_id;
      end if;
      return null;
    end $$`);
  await knex.raw(`create trigger gallery_items_count_insert after insert on gallery_items
    referencing new table as new_items for each statement execute function gallery_items_count()`);
  await knex.raw(`create trigger gallery_items_count_delete after delete on gallery_items
    referencing old table as old_items for each statement execute function gallery_items_count()`);
  // An update may move items between galleries.
  await knex.raw(`create trigger gallery_items_count_update after update on gallery_items
    referencing old table as old_items new table as new_items for each statement execute function gallery_items_count()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger gallery_items_count_update on gallery_items');
  await knex.raw('drop trigger gallery_items_count_delete on gallery_items');
  await knex.raw('drop trigger gallery_items_count_insert on gallery_items');
  await knex.raw('drop function gallery_items_count()');
  await knex.schema.alterTable('galleries', (t) => {
    t.dropColumn('item_count');
  });
}
