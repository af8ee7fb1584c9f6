import { isExists } from 'date-fns'
import { z } from 'zod'
import { zAadhaar } from './aadhaar'
import { PERSON_NAME_LIMITS, zPersonName } from '../normalise/person-name'
import { zPan } from './pan'
import { foldDigits } from '../normalise/text'
import { zAboutHtml } from './rich-text'
import { canonicalLanguage, INDIAN_LANGUAGE_NAMES } from '../normalise/languages'

/**
 * Input schemas for the basic-profile gate (SPEC §3.2) and the full profile page (§3.4).
 *
 * Update semantics (full profile): a key that is absent (`undefined`) leaves the stored value
 * unchanged; for optional fields `''` or `null` removes the stored value (output `null`).
 * Required-in-the-gate fields (name, city, pin code, category, role, preferred cities) can be
 * changed but never removed. Both schemas are `.strict()`: the mobile number (the identity) and
 * any other unknown key is rejected, never silently ignored.
 */

/** Suggestions for the languages tag input; any other language can be typed in. */
export const INDIAN_LANGUAGES = INDIAN_LANGUAGE_NAMES

// NOTE: the one language normaliser (server/normalise/languages.ts): the profile, the resume bot
// and the job side must spell a language alike, or matching's exact comparison misses it
export { canonicalLanguage }

export const PROFILE_LIMITS = {
  nameMin: PERSON_NAME_LIMITS.min,
  nameMax: PERSON_NAME_LIMITS.max,
  preferredCitiesMax: 5,
  languagesMax: 15,
  salaryMonthlyMax: 1_000_000,
  ageMin: 18,
  ageMax: 70,
} as const

const zName = zPersonName('Enter your name')

const zEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Email is too long')
  .email('Enter a valid email address, e.g. name@example.com')

const zPinCode = z
  .string({ required_error: 'Enter your 6-digit PIN code' })
  // Devanagari (or any script's) digits count: "४११००१" is 411001
  .transform((v) => foldDigits(v).replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[1-9]\d{5}$/, 'A PIN code has 6 digits and does not start with 0'))

const zCityId = z.string({ required_error: 'Choose your city' }).trim().min(1, 'Choose your city').max(100)

const zPreferredCityIds = z
  .array(zCityId, { required_error: 'Choose at least one preferred job location' })
  .transform((ids) => [...new Set(ids)])
  .pipe(
    z
      .array(z.string())
      .min(1, 'Choose at least one preferred job location')
      .max(PROFILE_LIMITS.preferredCitiesMax, 'Choose at most 5 preferred job locations'),
  )

const zCategoryId = z.string({ required_error: 'Choose a job category' }).uuid('Choose a job category')
const zRoleId = z.string({ required_error: 'Choose a job role' }).uuid('Choose a job role')

// Forms send strings like "18,000", "₹ 18000" or "१८०००"; NaN when it is not a number at all.
function parseRupees(text: string): number {
  const digits = foldDigits(text).replace(/^\s*(₹|rs\.?|inr)\s*/i, '').replace(/[,\s]/g, '')
  return /^-?\d+(\.\d+)?$/.test(digits) ? Number(digits) : Number.NaN
}

const zSalaryMonthly = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    const n = typeof v === 'number' ? v : parseRupees(v)
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Enter your monthly salary as a number, e.g. 18000' })
      return z.NEVER
    }
    return n
  })
  .pipe(
    z
      .number()
      .int('Enter your salary in whole rupees')
      .min(0, 'Salary cannot be negative')
      .max(PROFILE_LIMITS.salaryMonthlyMax, 'Monthly salary must be ₹10,00,000 or less'),
  )

export const zLanguages = z
  .array(z.string())
  .transform((tags, ctx) => {
    const seen = new Map<string, string>()
    for (const tag of tags) {
      const lang = canonicalLanguage(tag)
      if (lang === '') continue
      if (lang.length < 2 || lang.length > 40) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${lang.slice(0, 40)}" is not a language name (2–40 letters)` })
        return z.NEVER
      }
      if (!/^[\p{L}\p{M}][\p{L}\p{M} ()'-]*$/u.test(lang)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${lang}" is not a language name; use letters only` })
        return z.NEVER
      }
      if (!seen.has(lang.toLowerCase())) seen.set(lang.toLowerCase(), lang)
    }
    return [...seen.values()]
  })
  .pipe(
    z
      .array(z.string())
      .min(1, 'Add at least one language')
      .max(PROFILE_LIMITS.languagesMax, 'Add at most 15 languages'),
  )

/** Today's calendar date in India (the product's users), independent of the server's TZ. */
function indiaDateParts(now: Date): { y: number; m: number; d: number } {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
    .split('-')
    .map(Number)
  return { y, m, d }
}

/** Age in whole years on `now` (Indian calendar date) for a date of birth. */
export function ageOn(dob: { y: number; m: number; d: number }, now: Date): number {
  const t = indiaDateParts(now)
  return t.y - dob.y - (t.m < dob.m || (t.m === dob.m && t.d < dob.d) ? 1 : 0)
}

/** `dd-mm-yyyy` (also `/` or `.`), or ISO `yyyy-mm-dd` from a native date input → ISO, age 18–70. */
function makeDateOfBirth(now: Date) {
  return z.string({ required_error: 'Enter your date of birth' }).transform((value, ctx) => {
    const v = foldDigits(value).trim()
    const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v)
    const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
    const parts = dmy
      ? { d: Number(dmy[1]), m: Number(dmy[2]), y: Number(dmy[3]) }
      : ymd
        ? { y: Number(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]) }
        : null
    if (!parts) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Enter your date of birth as dd-mm-yyyy, e.g. 15-08-1995' })
      return z.NEVER
    }
    if (!isExists(parts.y, parts.m - 1, parts.d)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'This date does not exist; please check the day and month' })
      return z.NEVER
    }
    const age = ageOn(parts, now)
    const t = indiaDateParts(now)
    if (parts.y * 10_000 + parts.m * 100 + parts.d > t.y * 10_000 + t.m * 100 + t.d) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Date of birth cannot be in the future' })
      return z.NEVER
    }
    if (age < PROFILE_LIMITS.ageMin) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'You must be at least 18 years old' })
      return z.NEVER
    }
    if (age > PROFILE_LIMITS.ageMax) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Age must be 70 or less; please check the year' })
      return z.NEVER
    }
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${parts.y}-${pad(parts.m)}-${pad(parts.d)}`
  })
}

/** `''` (or only spaces) or `null` → `null` (remove); absent → unchanged; anything else → `schema`. */
function clearable<T extends z.ZodTypeAny>(schema: T) {
  const blank = z.string().regex(/^\s*$/).transform((): null => null)
  return z.union([blank, z.null(), schema]).optional()
}

const STRICT_MESSAGE = 'Unknown field; the mobile number and other read-only fields cannot be changed'

/** Schemas depend on `now` only through the date-of-birth age rule. */
export function makeProfileSchemas(now: Date) {
  const basicProfile = z
    .object({
      name: zName,
      currentCityId: zCityId,
      pinCode: zPinCode,
      preferredCategoryId: zCategoryId,
      preferredRoleId: zRoleId,
      preferredCityIds: zPreferredCityIds,
    })
    .strict(STRICT_MESSAGE)

  const profileUpdate = z
    .object({
      name: zName.optional(),
      email: clearable(zEmail),
      currentCityId: zCityId.optional(),
      pinCode: zPinCode.optional(),
      preferredCategoryId: zCategoryId.optional(),
      preferredRoleId: zRoleId.optional(),
      preferredCityIds: zPreferredCityIds.optional(),
      aboutHtml: clearable(zAboutHtml),
      currentSalaryMonthly: clearable(zSalaryMonthly),
      dateOfBirth: clearable(makeDateOfBirth(now)),
      aadhaar: clearable(zAadhaar),
      pan: clearable(zPan),
      languages: clearable(zLanguages),
    })
    .strict(STRICT_MESSAGE)

  return { basicProfile, profileUpdate }
}

export type ProfileSchemas = ReturnType<typeof makeProfileSchemas>
export type BasicProfileInput = z.input<ProfileSchemas['basicProfile']>
export type BasicProfile = z.output<ProfileSchemas['basicProfile']>
export type ProfileUpdateInput = z.input<ProfileSchemas['profileUpdate']>
export type ProfileUpdate = z.output<ProfileSchemas['profileUpdate']>
