import { aboutHtmlToText, plainTextToAboutHtml, sanitiseAboutHtml, ABOUT_MAX_CHARS } from '../candidate/rich-text'
import { zLanguages } from '../candidate/profile-schema'
import type { Answers } from './resume-answers'

/**
 * One source of truth per fact (docs/decisions/010): the profile owns About and Languages (and the
 * preferred job locations, which only the profile asks).
 * A resume keeps a copy of them as they were when it was saved, but every reader shows the
 * profile's (the resume preview, the PDF, "Edit" in the bot, the employer's PDF), and saving a
 * resume writes the bot's About and Languages to the profile. So editing either place shows in
 * the other and in the next resume render. Pure.
 */
export interface ProfileOwnedFacts {
  /** sanitised rich text (`candidates.about_html`), or null/'' when none */
  aboutHtml: string | null
  languages: readonly string[]
  /** preferred job locations' city names, in the profile's order; absent when the reader did not load them */
  preferredLocations?: readonly string[]
}

/** The resume's answers with About and Languages read from the profile (when the profile has them). */
export function withProfileFacts(answers: Answers, profile: ProfileOwnedFacts): Answers {
  const out: Answers = { ...answers }
  // the PDF prints plain text; the profile's marks (bold, lists) become plain lines and bullets
  const about = profile.aboutHtml ? aboutHtmlToText(profile.aboutHtml).slice(0, ABOUT_MAX_CHARS).trim() : ''
  if (about !== '') out.about = about
  const languages = ownedLanguages(profile.languages, answers.languages)
  if (languages.length > 0) out.languages = languages
  if (profile.preferredLocations && profile.preferredLocations.length > 0) out.preferred_locations = [...profile.preferredLocations]
  return out
}

/**
 * The candidate's languages as every reader shows them: the profile's when it lists any, else the
 * resume's copy (a resume saved before the profile had languages, or whose list the profile's rule
 * refused). Matching reads this too, so a language counts exactly when it is shown.
 */
export function ownedLanguages(profileLanguages: readonly string[], resumeLanguages: readonly string[] | null | undefined): string[] {
  return [...(profileLanguages.length > 0 ? profileLanguages : (resumeLanguages ?? []))]
}

/**
 * What a saved resume writes to the profile: its About (as sanitised about-HTML) unless the
 * profile already says the same in its own words (keeping the profile's bold and lists), and its
 * Languages. Nothing the resume does not say is cleared.
 */
export function profileUpdateFromResume(answers: Answers, profile: ProfileOwnedFacts): { aboutHtml?: string; languages?: string[] } {
  const update: { aboutHtml?: string; languages?: string[] } = {}
  const about = answers.about?.trim() ?? ''
  const current = profile.aboutHtml ? aboutHtmlToText(profile.aboutHtml) : ''
  if (about !== '' && normaliseSpace(about) !== normaliseSpace(current)) {
    const { html } = sanitiseAboutHtml(plainTextToAboutHtml(about.slice(0, ABOUT_MAX_CHARS)))
    if (html !== '') update.aboutHtml = html
  }
  // through the profile's own rule (letters only, de-duplicated, at most 15): the profile stays valid
  const languages = answers.languages && answers.languages.length > 0 ? zLanguages.safeParse(answers.languages) : null
  if (languages?.success) update.languages = languages.data
  return update
}

const normaliseSpace = (text: string) => text.replace(/\s+/g, ' ').trim()
