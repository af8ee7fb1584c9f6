/**
 * Pure helpers for the education / work entry form (the `entries` question kind): what one
 * entry's fields hold while typed, whether it is blank, and how it reads in a card and in the
 * user's bubble. The server checks every field (server/chat/entries.ts) and re-asks with
 * "Entry 2: …" when one is wrong; the form keeps what was typed.
 */
import { fallbackLocale, translator, type Locale } from '~/i18n/i18n'

export type EntryKind = 'education' | 'work'

export type EducationFields = { institution: string; degree: string; year: string }
export type WorkFields = { company: string; selfEmployed: boolean; title: string; start: string; end: string; current: boolean; duration: string }
export type EntryFields = EducationFields | WorkFields

export const emptyEducation = (): EducationFields => ({ institution: '', degree: '', year: '' })
export const emptyWork = (): WorkFields => ({ company: '', selfEmployed: false, title: '', start: '', end: '', current: false, duration: '' })
export const emptyEntry = (kind: EntryKind): EntryFields => (kind === 'education' ? emptyEducation() : emptyWork())

export function isWork(e: EntryFields): e is WorkFields {
  return 'title' in e
}

const s = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The question's prefill (form entries as the server wrote them) → the form's entries. */
export function entriesFromPrefill(kind: EntryKind, prefill: unknown): EntryFields[] {
  if (!Array.isArray(prefill)) return []
  return prefill.filter(isObject).map((p) =>
    kind === 'education'
      ? { institution: s(p.institution), degree: s(p.degree), year: s(p.year) }
      : { company: s(p.company), selfEmployed: p.selfEmployed === true, title: s(p.title), start: s(p.start), end: s(p.end), current: p.current === true, duration: s(p.duration) },
  )
}

export function isBlankEntry(e: EntryFields): boolean {
  if (isWork(e)) return !e.selfEmployed && !e.current && [e.company, e.title, e.start, e.end, e.duration].every((v) => v.trim() === '')
  return [e.institution, e.degree, e.year].every((v) => v.trim() === '')
}

/** What is sent: blank entries left out; work sends dates or "how long", not both. */
export function entriesToSend(entries: readonly EntryFields[]): EntryFields[] {
  return entries
    .filter((e) => !isBlankEntry(e))
    .map((e) => {
      if (!isWork(e)) return { institution: e.institution.trim(), degree: e.degree.trim(), year: e.year.trim() }
      const dated = e.start.trim() !== '' || e.current
      return {
        company: e.selfEmployed ? '' : e.company.trim(),
        selfEmployed: e.selfEmployed,
        title: e.title.trim(),
        start: dated ? e.start.trim() : '',
        end: dated && !e.current ? e.end.trim() : '',
        current: e.current,
        duration: dated ? '' : e.duration.trim(),
      }
    })
}

/** `2021-03` (a month picker) → `Mar 2021` ("मार्च 2021": the month names are `ui:date.month`); anything else as typed. */
export function monthLabel(value: string, locale: Locale = fallbackLocale): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim())
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${translator(locale, 'ui')(`date.month.${Number(m[2]) - 1}`)} ${m[1]}` : value.trim()
}

/** One entry as a line: "B.Com, Fergusson College (2019)", "Accountant at Tata Steel (Mar 2021 – Present)", in the page's language. */
export function describeFields(e: EntryFields, locale: Locale = fallbackLocale): string {
  if (!isWork(e)) {
    const main = [e.degree.trim(), e.institution.trim()].filter(Boolean).join(', ')
    return e.year.trim() ? `${main} (${e.year.trim()})` : main
  }
  const t = translator(locale, 'chat')
  const title = e.title.trim()
  const company = e.company.trim()
  const role = e.selfEmployed
    ? title ? t('entries.selfEmployedLine', { title }) : t('entries.selfEmployedAlone')
    : title && company ? t('entries.at', { title, company }) : title || company
  const period = e.start.trim() ? `${monthLabel(e.start, locale)} – ${e.current ? t('entries.present') : monthLabel(e.end, locale) || '?'}` : e.duration.trim()
  return period ? `${role} (${period})` : role
}

/** The user's bubble while the answer is on its way. */
export function entriesLabel(entries: readonly EntryFields[], locale: Locale = fallbackLocale): string {
  return entries.map((e) => describeFields(e, locale)).join('; ')
}
