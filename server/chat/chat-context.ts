import { aboutHtmlToText } from '../candidate/rich-text'
import { compiledOnce } from '../db/compiled-once'
import type { Queryable } from '../db/database'
import { findCity } from '../master-data/cities'
import { DomainError } from '../domain-error'
import { RESUME_BOT } from './bots'
import type { MachineContext } from './chat-machine'
import { parseQuestionTemplate, type QuestionTemplate } from './question-template'

export type CandidateFacts = {
  candidateId: string
  name: string
  mobile: string
  email: string | null
  dateOfBirth: string | null
  currentCity: string | null
  languages: string[]
  /** Profile → About as plain text (the profile owns it; decision 010), or null */
  about: string | null
  /** the language the candidate chose (a code of the registered languages) */
  locale: string
  role: { id: string; name: string; names: Record<string, string>; jobType: 'blue_collar' | 'white_collar'; templateFamily: string; suggestedSkills: string[]; categoryName: string }
}

// read on every turn of the resume bot: compiled once (decision 024)
const candidateFactsQuery = compiledOnce(
  () => '',
  (db, _: null, v: { candidateId: string }) =>
    db
      .selectFrom('candidates as c')
      .leftJoin('job_roles as r', 'r.id', 'c.preferred_role_id')
      .leftJoin('job_categories as cat', 'cat.id', 'c.preferred_category_id')
      .select([
        'c.id',
        'c.full_name',
        'c.mobile',
        'c.email',
        'c.date_of_birth',
        'c.current_city_name',
        'c.languages',
        'c.about_html',
        'c.locale',
        'r.id as role_id',
        'r.name as role_name',
        'r.translations as role_translations',
        'r.job_type',
        'r.template_family',
        'r.suggested_skills',
        'cat.name as category_name',
      ])
      .where('c.id', '=', v.candidateId),
)

/** The candidate as the bot sees them now: the latest profile preferences are the source of truth. */
export async function loadCandidateFacts(db: Queryable, candidateId: string): Promise<CandidateFacts> {
  const [c] = await candidateFactsQuery(db, null, { candidateId })
  if (!c) throw new DomainError('NOT_FOUND', 'Please log in again')
  if (!c.role_id || !c.role_name || !c.job_type || !c.template_family) {
    throw new DomainError('PRECONDITION_FAILED', 'Choose your preferred job role in your profile first')
  }
  return {
    candidateId: c.id,
    name: c.full_name,
    mobile: c.mobile,
    email: c.email,
    dateOfBirth: c.date_of_birth,
    currentCity: c.current_city_name,
    languages: c.languages,
    about: c.about_html ? aboutHtmlToText(c.about_html) || null : null,
    locale: c.locale,
    role: {
      id: c.role_id,
      name: c.role_name,
      names: { ...(c.role_translations ?? {}), en: c.role_name },
      jobType: c.job_type,
      templateFamily: c.template_family,
      suggestedSkills: c.suggested_skills ?? [],
      categoryName: c.category_name ?? '',
    },
  }
}

/** Parsed templates by `family@version`: a version never changes once stored, so caching is safe. */
export type TemplateCache = Map<string, QuestionTemplate>

/** A template by family: a pinned version (an existing conversation) or the newest. */
export async function loadTemplate(db: Queryable, family: string, version?: number, cache?: TemplateCache): Promise<QuestionTemplate> {
  if (version === undefined && cache) {
    // the newest version's number is a cheap read; its definition is parsed once per version
    const newest = await db.selectFrom('question_templates').select((eb) => eb.fn.max('version').as('version')).where('family', '=', family).executeTakeFirst()
    if (newest?.version == null) throw new Error(`no question template for family ${family}`)
    version = newest.version
  }
  const cached = version === undefined ? undefined : cache?.get(`${family}@${version}`)
  if (cached) return cached
  let q = db.selectFrom('question_templates').select(['definition', 'translations', 'version']).where('family', '=', family)
  q = version === undefined ? q.orderBy('version', 'desc') : q.where('version', '=', version)
  const row = await q.limit(1).executeTakeFirst()
  if (!row) throw new Error(`no question template for family ${family}`)
  // NOTE: translations are cached with the version; a corrected translation shows after a restart
  const template = parseQuestionTemplate({ ...(row.definition as Record<string, unknown>), translations: row.translations })
  cache?.set(`${family}@${row.version}`, template)
  return template
}

/** The resume bot's machine context for a candidate. */
export function machineContext(facts: CandidateFacts, template: QuestionTemplate, now: Date): MachineContext {
  return {
    bot: RESUME_BOT,
    template,
    profile: {
      name: facts.name,
      dateOfBirth: facts.dateOfBirth,
      currentCity: facts.currentCity,
      languages: facts.languages,
      about: facts.about,
      roleName: facts.role.name,
      roleNames: facts.role.names,
      jobType: facts.role.jobType,
    },
    suggestedSkills: facts.role.suggestedSkills,
    now,
    resolveCity: (input) => findCity(input)?.name ?? null,
  }
}
