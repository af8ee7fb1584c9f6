import { sql, type Kysely } from 'kysely'

/**
 * Applying and hiring (issue 11): one application per candidate and job, its status timeline,
 * interview details, the employer's private notes; per-user notifications with a monotonic
 * sequence; and whether an employer shares their phone number on a job.
 *
 * `applications.match_score` is the candidate ↔ job match score (server/matching/match-score.ts)
 * with the job's recency left at 1: recency is the same for every applicant of one job, so it
 * cannot change their order, and leaving it out keeps the stored figure from ageing. The
 * triggers below null it (and bump `score_rev`) whenever a fact the score reads changes —
 * the candidate's profile, their current resume, or the job — so the next applicants list
 * rescores exactly those rows and ranks the rest from the index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('jobs')
    .addColumn('share_phone', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute()

  await db.schema
    .createTable('applications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('job_id', 'uuid', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('candidate_id', 'uuid', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
    // the job's employer, copied so every employer-side statement checks ownership on one row
    .addColumn('employer_id', 'uuid', (c) => c.notNull().references('employers.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('applied', 'viewed', 'shortlisted', 'interview', 'hired', 'not_selected', 'position_filled', 'withdrawn')`),
    )
    // the request that created (or last re-opened) it: a retry of that request changes nothing
    .addColumn('client_request_id', 'text', (c) => c.notNull())
    .addColumn('resume_id', 'uuid', (c) => c.references('resumes.id').onDelete('set null'))
    .addColumn('answers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('match_score', 'double precision')
    .addColumn('score_rev', 'integer', (c) => c.notNull().defaultTo(0))
    // [{ status, at }], oldest first
    .addColumn('timeline', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('interview', 'jsonb')
    .addColumn('decision_message', 'text')
    // set once the employer shortlists (or interviews, or hires): from then on they see the mobile
    .addColumn('contact_revealed_at', 'timestamptz')
    .addColumn('applied_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('applications_one_per_job', ['candidate_id', 'job_id'])
    .execute()
  // the ranked applicants page, all statuses but withdrawn, and per status
  await sql`create index applications_rank_idx on applications (job_id, match_score desc nulls last, applied_at, id) where status <> 'withdrawn'`.execute(db)
  await sql`create index applications_status_rank_idx on applications (job_id, status, match_score desc nulls last, applied_at, id)`.execute(db)
  await sql`create index applications_stale_idx on applications (job_id) where match_score is null`.execute(db)
  await db.schema.createIndex('applications_candidate_idx').on('applications').columns(['candidate_id', 'applied_at desc']).execute()
  await db.schema.createIndex('applications_employer_idx').on('applications').columns(['employer_id']).execute()

  await db.schema
    .createTable('application_notes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('employer_id', 'uuid', (c) => c.notNull().references('employers.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('application_notes_application_idx').on('application_notes').columns(['application_id', 'created_at']).execute()

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('candidate_id', 'uuid', (c) => c.references('candidates.id').onDelete('cascade'))
    .addColumn('employer_id', 'uuid', (c) => c.references('employers.id').onDelete('cascade'))
    // per recipient, 1, 2, 3…: the stream's resume point (notification_counters hands them out)
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('href', 'text')
    .addColumn('application_id', 'uuid', (c) => c.references('applications.id').onDelete('cascade'))
    .addColumn('job_id', 'uuid', (c) => c.references('jobs.id').onDelete('cascade'))
    .addColumn('read_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('notifications_one_owner', sql`num_nonnulls(candidate_id, employer_id) = 1`)
    .execute()
  await sql`create unique index notifications_candidate_seq_idx on notifications (candidate_id, seq) where candidate_id is not null`.execute(db)
  await sql`create unique index notifications_employer_seq_idx on notifications (employer_id, seq) where employer_id is not null`.execute(db)
  await sql`create index notifications_candidate_unread_idx on notifications (candidate_id) where candidate_id is not null and read_at is null`.execute(db)
  await sql`create index notifications_employer_unread_idx on notifications (employer_id) where employer_id is not null and read_at is null`.execute(db)

  // NOTE: the row lock on a recipient's counter is held until commit, so a recipient's
  // notifications commit in seq order: a stream reading "after seq N" can never skip one that
  // commits later with a smaller number.
  await db.schema
    .createTable('notification_counters')
    .addColumn('owner', 'text', (c) => c.primaryKey()) // 'c:<candidate id>' or 'e:<employer id>'
    .addColumn('last_seq', 'bigint', (c) => c.notNull())
    .execute()

  await sql`
    create function applications_mark_stale_for_candidate() returns trigger language plpgsql as $$
    begin
      update applications set match_score = null, score_rev = score_rev + 1 where candidate_id = new.candidate_id;
      return null;
    end $$`.execute(db)
  await sql`
    create function applications_mark_stale_for_candidate_row() returns trigger language plpgsql as $$
    begin
      update applications set match_score = null, score_rev = score_rev + 1 where candidate_id = new.id;
      return null;
    end $$`.execute(db)
  await sql`
    create function applications_mark_stale_for_job() returns trigger language plpgsql as $$
    begin
      update applications set match_score = null, score_rev = score_rev + 1 where job_id = new.id;
      return null;
    end $$`.execute(db)
  await sql`
    create trigger candidates_match_facts_changed after update on candidates for each row
    when (old.preferred_role_id is distinct from new.preferred_role_id
      or old.preferred_category_id is distinct from new.preferred_category_id
      or old.current_city_id is distinct from new.current_city_id
      or old.preferred_city_ids is distinct from new.preferred_city_ids
      or old.languages is distinct from new.languages
      or old.has_driving_licence is distinct from new.has_driving_licence
      or old.vehicle_type is distinct from new.vehicle_type
      or old.current_salary_monthly is distinct from new.current_salary_monthly)
    execute function applications_mark_stale_for_candidate_row()`.execute(db)
  await sql`
    create trigger resumes_match_facts_changed after insert or update of is_current, data on resumes for each row
    when (new.is_current)
    execute function applications_mark_stale_for_candidate()`.execute(db)
  await sql`
    create trigger jobs_match_facts_changed after update on jobs for each row
    when (old.role_id is distinct from new.role_id
      or old.category_ids is distinct from new.category_ids
      or old.lat is distinct from new.lat or old.lng is distinct from new.lng
      or old.work_mode is distinct from new.work_mode
      or old.salary_min_monthly is distinct from new.salary_min_monthly
      or old.salary_max_monthly is distinct from new.salary_max_monthly
      or old.experience_min_months is distinct from new.experience_min_months
      or old.experience_max_months is distinct from new.experience_max_months
      or old.requires_driving_licence is distinct from new.requires_driving_licence
      or old.requires_two_wheeler is distinct from new.requires_two_wheeler
      or old.min_languages is distinct from new.min_languages
      or old.required_languages is distinct from new.required_languages)
    execute function applications_mark_stale_for_job()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists jobs_match_facts_changed on jobs`.execute(db)
  await sql`drop trigger if exists resumes_match_facts_changed on resumes`.execute(db)
  await sql`drop trigger if exists candidates_match_facts_changed on candidates`.execute(db)
  await sql`drop function if exists applications_mark_stale_for_job()`.execute(db)
  await sql`drop function if exists applications_mark_stale_for_candidate_row()`.execute(db)
  await sql`drop function if exists applications_mark_stale_for_candidate()`.execute(db)
  await db.schema.dropTable('notification_counters').execute()
  await db.schema.dropTable('notifications').execute()
  await db.schema.dropTable('application_notes').execute()
  await db.schema.dropTable('applications').execute()
  await db.schema.alterTable('jobs').dropColumn('share_phone').execute()
}
