import { addDays, format, subYears } from 'date-fns'
import type { ProfileUpdateInput } from '#server/candidate/profile-schema'
import { PROFILE_LIMITS } from '#server/candidate/profile-schema'
import { plainTextToAboutHtml } from '#server/candidate/rich-text'
import { cityIdFromForm, cityIdsFromForm } from '~/utils/city-form.server'

/**
 * Server half of the profile page: each section posts its own form with an `intent`; this turns
 * the form into the `candidate.updateProfile` input. Validation stays in the procedure (zod);
 * here only the no-JavaScript spellings are mapped (typed city names, comma lists, plain text).
 */
export const PROFILE_INTENTS = ['basic', 'preferences', 'location', 'about', 'personal', 'identity', 'remove-aadhaar', 'remove-pan'] as const
export type ProfileIntent = (typeof PROFILE_INTENTS)[number]

export function isProfileIntent(v: unknown): v is ProfileIntent {
  return typeof v === 'string' && (PROFILE_INTENTS as readonly string[]).includes(v)
}

// the no-JavaScript textarea's plain text → about-HTML: one rule, shared with the resume bot's About
export { plainTextToAboutHtml }

const splitList = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)

export type ParsedProfileForm =
  | { ok: true; input: ProfileUpdateInput; echo: Record<string, string> }
  | { ok: false; fieldErrors: Record<string, string[]>; echo: Record<string, string> }

/** `echo` holds what a no-JavaScript page shows again after an error (never Aadhaar/PAN). */
export function profileFormToInput(intent: ProfileIntent, form: FormData): ParsedProfileForm {
  const str = (k: string) => String(form.get(k) ?? '')
  switch (intent) {
    case 'basic':
      return { ok: true, input: { name: str('name'), email: str('email') }, echo: { name: str('name'), email: str('email') } }
    case 'preferences':
      return {
        ok: true,
        input: { preferredCategoryId: str('preferredCategoryId'), preferredRoleId: str('preferredRoleId'), preferredCityIds: cityIdsFromForm(form, 'preferredCities') },
        echo: {},
      }
    case 'location':
      return { ok: true, input: { currentCityId: cityIdFromForm(form, 'currentCity'), pinCode: str('pinCode') }, echo: { pinCode: str('pinCode') } }
    case 'about': {
      const html = form.has('aboutHtml') ? str('aboutHtml') : plainTextToAboutHtml(str('aboutHtmlText'))
      return { ok: true, input: { aboutHtml: html }, echo: {} }
    }
    case 'personal': {
      const tags = form.getAll('languages').map(String).filter((t) => t.trim())
      const languages = tags.length ? tags : splitList(str('languagesText'))
      return {
        ok: true,
        input: { currentSalaryMonthly: str('currentSalaryMonthly'), dateOfBirth: str('dateOfBirth'), languages: languages.length ? languages : null },
        echo: { currentSalaryMonthly: str('currentSalaryMonthly'), dateOfBirth: str('dateOfBirth'), languagesText: languages.join(', ') },
      }
    }
    case 'identity': {
      // an empty box means "keep what is saved"; removing has its own button
      const aadhaar = str('aadhaar').trim()
      const pan = str('pan').trim()
      if (!aadhaar && !pan) return { ok: false, fieldErrors: { aadhaar: ['Enter a new Aadhaar number or PAN to save'] }, echo: {} }
      return { ok: true, input: { ...(aadhaar ? { aadhaar } : {}), ...(pan ? { pan } : {}) }, echo: {} }
    }
    case 'remove-aadhaar':
      return { ok: true, input: { aadhaar: null }, echo: {} }
    case 'remove-pan':
      return { ok: true, input: { pan: null }, echo: {} }
  }
}

/** Bounds for the calendar picker (ages 18–70 today); the server rules decide, not these. */
export function dobPickerRange(now: Date): { minIso: string; maxIso: string } {
  return {
    maxIso: format(subYears(now, PROFILE_LIMITS.ageMin), 'yyyy-MM-dd'),
    minIso: format(addDays(subYears(now, PROFILE_LIMITS.ageMax + 1), 1), 'yyyy-MM-dd'),
  }
}
