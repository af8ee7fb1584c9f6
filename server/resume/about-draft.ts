import { SELF_EMPLOYED, type Answers } from './resume-answers'
import { formatExperience, labelOf, VEHICLE_TYPE_LABELS, type JobType } from './resume-pdf'

/**
 * The offline "write it for me" about-me (SPEC §4: "offer to write it from the answers"):
 * 2–3 plain sentences built only from facts the candidate gave (answers) and the role they chose
 * (profile). Nothing is inferred: no "hard-working", no skills or employers that are not there.
 * Blue-collar drafts are short and concrete (role, experience, licence/vehicle, languages);
 * white-collar drafts lead with experience, then skills and education.
 */
export type AboutDraftProfile = { roleName: string; jobType: JobType; city?: string | null }

const MAX_SENTENCES = 3

const list = new Intl.ListFormat('en-IN', { style: 'long', type: 'conjunction' })

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}

function clean(text: string | null | undefined): string | null {
  const t = text?.trim().replace(/\s+/g, ' ').replace(/[.;,]+$/, '')
  return t ? t : null
}

function cleanList(items: string[] | undefined, max: number): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const item of items ?? []) {
    const c = clean(item)
    if (c && !seen.has(c.toLowerCase())) {
      seen.add(c.toLowerCase())
      out.push(c)
    }
  }
  return out.slice(0, max)
}

/** The current job if one is marked `present`, else the first listed. */
function latestJob(answers: Answers): { title: string | null; company: string | null } | null {
  const jobs = (answers.work_history ?? []).map((w) => ({ title: clean(w.title), company: clean(w.company), end: w.end }))
  const job = jobs.find((j) => j.end === 'present' && (j.title || j.company)) ?? jobs.find((j) => j.title || j.company)
  return job ? { title: job.title, company: job.company } : null
}

/** `as Delivery Executive at Swiggy` / `as Delivery Executive` / `at Swiggy` */
function jobPhrase(job: { title: string | null; company: string | null }): string {
  // a job answered as "Self-employed" in the chat has no employer to name
  if (job.company === SELF_EMPLOYED) return job.title ? `as ${job.title} (self-employed)` : 'self-employed'
  return [job.title ? `as ${job.title}` : null, job.company ? `at ${job.company}` : null].filter(Boolean).join(' ')
}

const EDUCATION_PHRASES: Record<string, string> = {
  '10th': 'I have passed 10th',
  '12th': 'I have passed 12th',
  iti: 'I have an ITI qualification',
  diploma: 'I have a diploma',
  graduate: 'I am a graduate',
  post_graduate: 'I am a post-graduate',
}

function experienceSentence(answers: Answers, whenFresher: string): string | null {
  const months = answers.experience_months
  const job = latestJob(answers)
  if (months !== undefined && months > 0) {
    return `I have ${formatExperience(months)} of work experience${job ? `, most recently ${jobPhrase(job)}` : ''}.`
  }
  if (months === 0) return whenFresher
  return job ? `I have worked ${jobPhrase(job)}.` : null
}

// in-sentence spellings (the PDF's labels are for a heading-like box)
const LICENCE_PHRASES: Record<string, string> = { two_wheeler: 'two-wheeler', lmv: 'LMV', hmv: 'HMV', transport: 'transport' }

function licenceVehiclePhrase(answers: Answers): string | null {
  const types = (answers.licence_type ?? []).map((t) => labelOf(LICENCE_PHRASES, t))
  const licence = answers.has_driving_licence ? `a driving licence${types.length > 0 ? ` (${list.format(types)})` : ''}` : null
  const ownsType = answers.vehicle_type && answers.vehicle_type !== 'none' ? answers.vehicle_type : null
  const vehicle =
    answers.owns_vehicle !== false && ownsType
      ? `my own ${labelOf(VEHICLE_TYPE_LABELS, ownsType).toLowerCase()}`
      : answers.owns_vehicle === true
        ? 'my own vehicle'
        : null
  const parts = [licence, vehicle].filter((p): p is string => p !== null)
  return parts.length > 0 ? `I have ${list.format(parts)}` : null
}

function blueCollar(answers: Answers, profile: AboutDraftProfile): string[] {
  const role = clean(profile.roleName)
  const city = clean(answers.current_location ?? profile.city)
  const intro = role
    ? city
      ? `I live in ${city} and am looking for work as ${article(role)} ${role}.`
      : `I am looking for work as ${article(role)} ${role}.`
    : city
      ? `I live in ${city} and am looking for work.`
      : null

  const education = answers.highest_education ? EDUCATION_PHRASES[answers.highest_education] : undefined
  const experience = experienceSentence(answers, education ? `I am a fresher and ${education.replace(/^I /, '')}.` : 'I am a fresher.')

  const languages = cleanList(answers.languages, 6)
  const speak = languages.length > 0 ? `I speak ${list.format(languages)}` : null
  const licence = licenceVehiclePhrase(answers)
  const practical = licence && speak ? `${licence}, and ${speak}.` : licence || speak ? `${licence ?? speak}.` : null

  const skills = cleanList(answers.skills, 5)
  const skillSentence = skills.length > 0 ? `My skills include ${list.format(skills)}.` : null
  return [intro, experience, practical, skillSentence].filter((s): s is string => s !== null)
}

function whiteCollar(answers: Answers, profile: AboutDraftProfile): string[] {
  const role = clean(profile.roleName)
  const city = clean(answers.current_location ?? profile.city)
  const seeking = role ? `${article(role)} ${role} role${city ? ` in ${city}` : ''}` : city ? `a role in ${city}` : null
  const months = answers.experience_months
  const job = latestJob(answers)

  let intro: string | null
  if (months !== undefined && months > 0) {
    intro = `I have ${formatExperience(months)} of experience${job ? `, most recently ${jobPhrase(job)}` : ''}${seeking ? `, and I am looking for ${seeking}` : ''}.`
  } else if (months === 0) {
    intro = `I am a fresher${seeking ? ` looking for ${seeking}` : ''}.`
  } else if (job) {
    intro = `I have worked ${jobPhrase(job)}${seeking ? ` and I am looking for ${seeking}` : ''}.`
  } else {
    intro = seeking ? `I am looking for ${seeking}.` : null
  }

  const skills = cleanList(answers.skills, 6)
  const skillSentence =
    skills.length > 1 ? `My key skills are ${list.format(skills)}.` : skills.length === 1 ? `My key skill is ${skills[0]}.` : null

  const edu = (answers.education ?? []).find((e) => e.degree || e.institution)
  const degree = clean(edu?.degree)
  const institution = clean(edu?.institution)
  const year = edu?.year ?? null
  const educationSentence = edu
    ? degree
      ? `I studied ${degree}${institution ? ` at ${institution}` : ''}${year !== null ? ` (${year})` : ''}.`
      : `I studied at ${institution}${year !== null ? ` (${year})` : ''}.`
    : answers.highest_education && EDUCATION_PHRASES[answers.highest_education]
      ? `${EDUCATION_PHRASES[answers.highest_education]}.`
      : null
  const certs = cleanList(answers.certifications, 3)
  const certSentence = certs.length > 0 ? `My certifications include ${list.format(certs)}.` : null
  const languages = cleanList(answers.languages, 6)
  const speak = languages.length > 0 ? `I speak ${list.format(languages)}.` : null

  return [intro, skillSentence, educationSentence ?? certSentence ?? speak].filter((s): s is string => s !== null)
}

/**
 * A 2–3 sentence about-me from the answers only; `''` when there is nothing to say.
 * The result fits the `about` answer (≤ 2 000 characters).
 */
export function draftAbout(answers: Answers, profile: AboutDraftProfile): string {
  const sentences = profile.jobType === 'blue_collar' ? blueCollar(answers, profile) : whiteCollar(answers, profile)
  // the slice is a guard only: sentence parts are bounded by the answer schemas
  return sentences.slice(0, MAX_SENTENCES).join(' ').slice(0, 2000)
}
