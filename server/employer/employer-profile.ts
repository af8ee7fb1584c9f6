/** The employer profile form: the industry list, the input schema and the plain-text cleaner. Pure. */
import { z } from 'zod'
import { zMobile } from '../candidate/mobile'
import { getCityById } from '../master-data/cities'
import { zPersonName } from '../normalise/person-name'
import { normaliseUrl } from '../normalise/url'

/** A short list is enough to sort employers; "Other" keeps nobody out. */
export const INDUSTRIES = [
  'Logistics & Delivery',
  'Retail & E-commerce',
  'Manufacturing',
  'Construction & Real Estate',
  'Hotels, Restaurants & Catering',
  'Healthcare',
  'Security & Facility Services',
  'Transport & Automotive',
  'BPO & Customer Support',
  'Banking & Financial Services',
  'IT & Software',
  'Education',
  'Staffing & Recruitment',
  'Other',
] as const

export const ABOUT_MAX_CHARS = 2000
export const WEBSITE_MAX_CHARS = 300

/**
 * Plain text as typed, minus what only hides or disguises text: control characters (tabs and
 * newlines stay), bidi overrides and zero-width marks. Line breaks become \n; at most one blank
 * line in a row. React escapes it when shown, so no HTML handling is needed.
 */
export function cleanPlainText(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const optionalText = z
  .string()
  .max(ABOUT_MAX_CHARS * 2, `Keep it under ${ABOUT_MAX_CHARS} characters`)
  .transform(cleanPlainText)
  .pipe(z.string().max(ABOUT_MAX_CHARS, `Keep it under ${ABOUT_MAX_CHARS} characters`))
  .transform((s) => (s === '' ? null : s))

export const employerProfileInput = z
  .object({
    fullName: zPersonName('Please enter your name'),
    companyName: z
      .string({ required_error: 'Please enter your company name' })
      .transform((s) => cleanPlainText(s).replace(/\s+/g, ' '))
      .pipe(z.string().min(2, 'Company name must be at least 2 characters').max(120, 'Company name must be at most 120 characters')),
    phone: zMobile,
    industry: z
      .string()
      .trim()
      .refine((s) => s === '' || (INDUSTRIES as readonly string[]).includes(s), 'Choose an industry from the list')
      .transform((s) => (s === '' ? null : s)),
    cityId: z
      .string()
      .trim()
      .max(100)
      .refine((s) => s === '' || getCityById(s) !== null, 'Choose your city from the list')
      .transform((s) => (s === '' ? null : s)),
    website: z
      .string()
      .trim()
      .max(WEBSITE_MAX_CHARS, `A website address has at most ${WEBSITE_MAX_CHARS} characters`)
      .transform((s, ctx) => {
        if (s === '') return null
        const url = normaliseUrl(s)
        if (!url || url.length > WEBSITE_MAX_CHARS) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Enter a website address like example.com' })
          return z.NEVER
        }
        return url
      }),
    about: optionalText,
  })
  .strict('This form has fields we do not know. Please reload the page.')

export type EmployerProfileInput = z.output<typeof employerProfileInput>
