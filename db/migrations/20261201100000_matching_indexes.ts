import { sql, type Kysely } from 'kysely'

/**
 * One inverted index that answers "published jobs in this role or these categories, in these
 * places" in a single GIN lookup, so live matching reads only the rows it will score instead of
 * every job of a category across India (docs/decisions/004-live-matching-in-postgres.md).
 *
 * A job's keys: `r<role id>@<cell>` and `c<category id>@<cell>` for each category, where the cell
 * is a half-degree lat/lng square (`floor(lat*2),floor(lng*2)`, ≈ 55 km) — or `remote` for remote
 * jobs, which match from anywhere.
 * NOTE: server/matching/match-sql.ts builds the same keys and cells (MATCH_CELLS_PER_DEGREE,
 * cellNumber); changing the cell size means a new migration replacing these functions and indexes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function jobs_match_keys(role_id uuid, category_ids uuid[], work_mode text, lat double precision, lng double precision)
    returns text[]
    language sql immutable parallel safe
    as $$
      select array(
        select k || '@' || case when work_mode = 'remote' then 'remote' else floor(lat * 2)::int::text || ',' || floor(lng * 2)::int::text end
        from unnest(
          case when role_id is null then '{}'::text[] else array['r' || role_id::text] end
          || array(select 'c' || c::text from unnest(category_ids) as c)
        ) as k)
    $$`.execute(db)
  // fastupdate off: jobs are written rarely and read on every page view, so no pending list that
  // every search must scan until the next vacuum
  await sql`
    create index jobs_match_keys_idx on jobs using gin (jobs_match_keys(role_id, category_ids, work_mode, lat, lng))
    with (fastupdate = off)
    where status = 'published'`.execute(db)
  // A job's half-degree cell as one integer (always positive, unique for any lat/lng): "jobs near a
  // city" for explore and for candidates without a role or category, combinable with the
  // full-text and category indexes.
  await sql`
    create function jobs_cell(lat double precision, lng double precision) returns integer
    language sql immutable parallel safe
    as $$ select (floor(lat * 2)::int + 200) * 1000 + (floor(lng * 2)::int + 400) $$`.execute(db)
  await sql`create index jobs_cell_idx on jobs (jobs_cell(lat, lng)) where status = 'published'`.execute(db)
  // Matching and explore are many small queries at once. The planner cannot estimate a many-key
  // GIN lookup well and would start parallel workers for a few hundred rows: their start-up costs
  // more than the scan, and under load they only compete for the same cores.
  await sql`alter table jobs set (parallel_workers = 0)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table jobs reset (parallel_workers)`.execute(db)
  await sql`drop index if exists jobs_cell_idx`.execute(db)
  await sql`drop function if exists jobs_cell(double precision, double precision)`.execute(db)
  await sql`drop index if exists jobs_match_keys_idx`.execute(db)
  await sql`drop function if exists jobs_match_keys(uuid, uuid[], text, double precision, double precision)`.execute(db)
}
