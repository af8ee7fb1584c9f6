import { sql } from 'kysely'
import type { Queryable, Trx } from '../db/database'
import { getCityById } from '../master-data/cities'
import { answersSchema, type Answers } from './resume-answers'
import { renderResumePdf } from './resume-pdf'
import { profileUpdateFromResume, withProfileFacts } from './profile-owned-facts'
import { getCurrentResume } from './resume.repo'

export type SaveResumeInput = {
  candidateId: string
  answers: Answers
  source: 'bot' | 'upload'
  jobType: 'blue_collar' | 'white_collar'
  roleId: string | null
  chatSessionId: string | null
  sourceFileId: string | null
}

/**
 * Saves a new current resume in the caller's transaction: the previous one stops being current
 * and the version goes up by one. The candidate row lock serialises two saves racing.
 */
export async function saveResume(trx: Trx, input: SaveResumeInput): Promise<{ id: string; version: number }> {
  const answers = answersSchema.parse(input.answers)
  await trx.selectFrom('candidates').select('id').where('id', '=', input.candidateId).forUpdate().executeTakeFirstOrThrow()
  const { max } = await trx
    .selectFrom('resumes')
    .select(sql<number>`coalesce(max(version), 0)::int`.as('max'))
    .where('candidate_id', '=', input.candidateId)
    .executeTakeFirstOrThrow()
  await trx.updateTable('resumes').set({ is_current: false }).where('candidate_id', '=', input.candidateId).where('is_current', '=', true).execute()
  const row = await trx
    .insertInto('resumes')
    .values({
      candidate_id: input.candidateId,
      version: max + 1,
      is_current: true,
      source: input.source,
      job_type: input.jobType,
      role_id: input.roleId,
      data: JSON.stringify(answers),
      chat_session_id: input.chatSessionId,
      source_file_id: input.sourceFileId,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow()
  // facts the matching and the profile share: fill what the profile does not have yet; About and
  // Languages belong to the profile (decision 010), so the resume's copies are written through to it
  const profile = await trx.selectFrom('candidates').select(['date_of_birth', 'languages', 'email', 'about_html']).where('id', '=', input.candidateId).executeTakeFirstOrThrow()
  const owned = profileUpdateFromResume(answers, { aboutHtml: profile.about_html, languages: profile.languages })
  await trx
    .updateTable('candidates')
    .set({
      date_of_birth: profile.date_of_birth ?? answers.date_of_birth ?? null,
      languages: owned.languages ?? profile.languages,
      about_html: owned.aboutHtml ?? profile.about_html,
      email: profile.email ?? answers.email ?? null,
      has_driving_licence: answers.has_driving_licence ?? null,
      vehicle_type: answers.vehicle_type ?? null,
      updated_at: new Date(),
    })
    .where('id', '=', input.candidateId)
    .execute()
  return row
}

/**
 * The current resume with the facts the profile owns (About, Languages, preferred locations) read from the profile:
 * what the candidate sees on My Resume, in the PDF and when re-opening it in the bot.
 */
export async function loadCurrentResume(db: Queryable, candidateId: string) {
  const resume = await getCurrentResume(db, candidateId)
  if (!resume) return null
  const profile = await db.selectFrom('candidates').select(['about_html', 'languages', 'preferred_city_ids']).where('id', '=', candidateId).executeTakeFirstOrThrow()
  const preferredLocations = profile.preferred_city_ids.flatMap((id) => getCityById(id)?.name ?? [])
  const answers = withProfileFacts(answersSchema.parse(resume.data), { aboutHtml: profile.about_html, languages: profile.languages, preferredLocations })
  return { ...resume, answers }
}

/** The current resume as a PDF, rendered on demand from the stored JSON (the JSON is the record). */
export async function renderCurrentResumePdf(db: Queryable, candidateId: string, now: Date): Promise<{ pdf: Uint8Array; version: number; name: string } | null> {
  const resume = await loadCurrentResume(db, candidateId)
  if (!resume) return null
  const c = await db
    .selectFrom('candidates as c')
    .leftJoin('job_roles as r', 'r.id', 'c.preferred_role_id')
    .leftJoin('job_categories as cat', 'cat.id', 'c.preferred_category_id')
    .select(['c.full_name', 'c.mobile', 'c.email', 'c.current_city_name', 'r.name as role_name', 'cat.name as category_name'])
    .where('c.id', '=', candidateId)
    .executeTakeFirstOrThrow()
  const roleName = resume.role_id
    ? ((await db.selectFrom('job_roles').select('name').where('id', '=', resume.role_id).executeTakeFirst())?.name ?? c.role_name ?? '')
    : (c.role_name ?? '')
  const answers = resume.answers
  const pdf = renderResumePdf({
    answers,
    profile: {
      name: answers.full_name ?? c.full_name,
      mobileE164: c.mobile,
      email: answers.email ?? c.email,
      city: answers.current_location ?? c.current_city_name,
      roleName,
      categoryName: c.category_name ?? '',
    },
    jobType: resume.job_type,
    version: resume.version,
    generatedAt: now,
  })
  return { pdf, version: resume.version, name: answers.full_name ?? c.full_name }
}
