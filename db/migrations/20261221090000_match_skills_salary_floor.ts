import { sql, type Kysely } from 'kysely'

/**
 * The match score now reads the job's skills (overlap with the resume's) and uses an expected
 * salary as a floor (issue 15). Stored application scores (migration 20261218090000) were made by
 * the old rule: mark them all stale, so the next applicants list rescores them with the new one.
 * A job's skills are now a fact the score reads, so changing them marks that job's applications
 * stale too (the resume trigger already fires on any change of the resume's data, skills included).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists jobs_match_facts_changed on jobs`.execute(db)
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
      or old.required_languages is distinct from new.required_languages
      or old.skills is distinct from new.skills)
    execute function applications_mark_stale_for_job()`.execute(db)
  await sql`update applications set match_score = null, score_rev = score_rev + 1 where match_score is not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists jobs_match_facts_changed on jobs`.execute(db)
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
  // scores made by the new rule are stale under the old one
  await sql`update applications set match_score = null, score_rev = score_rev + 1 where match_score is not null`.execute(db)
}
