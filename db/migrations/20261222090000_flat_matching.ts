import { sql, type Kysely } from 'kysely'

/**
 * Flat matching (issue 13, docs/decisions/013-flat-matching.md): the top of a candidate's list is
 * found by reading the newest jobs of their field and area first and stopping once nothing older
 * can outscore the page, so a top-20 reads about as many rows at 200 k jobs as at 10 k.
 *
 * - `jobs_week(posted)`: the posting's week since 1970-01-01 UTC (an integer).
 * - `jobs_match_week_keys(…)`: each `jobs_match_keys()` key with `jobs_week()` appended
 *   (`r<role>@<cell>#<week>`, `c<category>@remote#<week>`), GIN-indexed: one lookup reads the
 *   field × area × weeks a segment needs. The week-less index stays for older jobs.
 * - A btree on the posting time for the rare job posted after the newest indexed week (a page
 *   scored with an earlier `now`), so no posting is ever out of reach.
 * - `skill_keys`: the skills lower-cased, each once (the skills factor without a subquery per row).
 * NOTE: server/matching/match-sql.ts computes the same weeks (MATCH_WEEK_MS).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // interval arithmetic, not date_part(timestamptz): immutable, so it may be indexed
  await sql`
    create function jobs_week(posted timestamptz) returns integer
    language sql immutable parallel safe
    as $$ select floor(extract(epoch from (posted - timestamptz '1970-01-01 00:00:00+00')) / 604800)::int $$`.execute(db)
  // NOTE: self-contained (no call to jobs_match_keys/jobs_week): index builds run functions with a
  // search_path of pg_catalog only (Postgres ≥ 17), where our functions are not found
  await sql`
    create function jobs_match_week_keys(role_id uuid, category_ids uuid[], work_mode text, lat double precision, lng double precision, posted timestamptz)
    returns text[]
    language sql immutable parallel safe
    -- NOTE: costly on purpose: computing the keys per row is what the GIN index spares; at the
    -- default cost the planner would read every published job through a partial btree and filter
    cost 1000
    as $$
      select array(
        select k || '@' || case when work_mode = 'remote' then 'remote' else floor(lat * 2)::int::text || ',' || floor(lng * 2)::int::text end
          || '#' || floor(extract(epoch from (posted - timestamptz '1970-01-01 00:00:00+00')) / 604800)::int::text
        from unnest(
          case when role_id is null then '{}'::text[] else array['r' || role_id::text] end
          || array(select 'c' || c::text from unnest(category_ids) as c)
        ) as k)
    $$`.execute(db)
  await sql`
    create index jobs_match_week_keys_idx on jobs
    using gin (jobs_match_week_keys(role_id, category_ids, work_mode, lat, lng, coalesce(published_at, created_at)))
    with (fastupdate = off)
    where status = 'published'`.execute(db)
  // the skills factor compares lower-cased skills, once each: kept beside them, so scoring a row
  // needs no subquery over its array
  await sql`
    create function jobs_skill_keys(skills text[]) returns text[]
    language sql immutable parallel safe
    as $$ select array(select distinct lower(s) from unnest(skills) as s) $$`.execute(db)
  await sql`alter table jobs add column skill_keys text[] generated always as (jobs_skill_keys(skills)) stored`.execute(db)
  // NOTE: not partial: a partial index on `status = 'published'` is, to the planner, a cheap way to
  // read every published job, and it preferred that (then computing the keys per row) to the GIN
  await sql`create index jobs_posted_idx on jobs ((coalesce(published_at, created_at)))`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists jobs_posted_idx`.execute(db)
  await sql`alter table jobs drop column if exists skill_keys`.execute(db)
  await sql`drop function if exists jobs_skill_keys(text[])`.execute(db)
  await sql`drop index if exists jobs_match_week_keys_idx`.execute(db)
  await sql`drop function if exists jobs_match_week_keys(uuid, uuid[], text, double precision, double precision, timestamptz)`.execute(db)
  await sql`drop function if exists jobs_week(timestamptz)`.execute(db)
}
