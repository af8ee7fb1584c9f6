import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../ui/button'
import { cn } from '../ui/cn'
import { controlClasses } from '../ui/field'
import {
  describeFields,
  emptyEntry,
  entriesFromPrefill,
  entriesLabel,
  entriesToSend,
  isBlankEntry,
  isWork,
  type EducationFields,
  type EntryFields,
  type EntryKind,
  type WorkFields,
} from './entries-form'
import type { QuestionView } from './transcript'

type Props = { question: QuestionView; busy: boolean; onAnswer: (value: unknown, label: string) => void }

const fieldClasses = cn(controlClasses, 'min-h-[44px] w-full min-w-0')

function Field({ label, children, id }: { label: string; id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-ink-800">
        {label}
      </label>
      {children}
    </div>
  )
}

function Check({ label, checked, onChange, disabled }: { label: string; checked: boolean; onChange: (on: boolean) => void; disabled: boolean }) {
  return (
    <label className="flex min-h-[44px] items-center gap-2 text-sm font-semibold text-ink-800">
      <input type="checkbox" className="h-5 w-5 accent-brand-600" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  )
}

/** A month picker (the phone's own wheel); a stored bare year ("2019") stays editable as text. */
function MonthField({ id, value, disabled, onChange }: { id: string; value: string; disabled: boolean; onChange: (v: string) => void }) {
  const { t } = useTranslation('chat')
  const picker = value === '' || /^\d{4}-\d{2}$/.test(value)
  return (
    <input
      id={id}
      type={picker ? 'month' : 'text'}
      inputMode={picker ? undefined : 'numeric'}
      placeholder={picker ? undefined : t('entries.yearPlaceholder')}
      value={value}
      disabled={disabled}
      className={fieldClasses}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  )
}

function EducationForm({ value, busy, onChange }: { value: EducationFields; busy: boolean; onChange: (v: EducationFields) => void }) {
  const id = useId()
  const { t } = useTranslation('chat')
  const set = (patch: Partial<EducationFields>) => onChange({ ...value, ...patch })
  return (
    <div className="grid gap-2">
      <Field id={`${id}-degree`} label={t('entries.degree')}>
        <input id={`${id}-degree`} type="text" autoComplete="off" maxLength={120} placeholder={t('entries.degreePlaceholder')} value={value.degree} disabled={busy} className={fieldClasses} onChange={(e) => set({ degree: e.currentTarget.value })} />
      </Field>
      <Field id={`${id}-institution`} label={t('entries.institution')}>
        <input id={`${id}-institution`} type="text" autoComplete="off" maxLength={150} placeholder={t('entries.institutionPlaceholder')} value={value.institution} disabled={busy} className={fieldClasses} onChange={(e) => set({ institution: e.currentTarget.value })} />
      </Field>
      <Field id={`${id}-year`} label={t('entries.year')}>
        <input id={`${id}-year`} type="text" inputMode="numeric" autoComplete="off" maxLength={4} placeholder={t('entries.yearPlaceholder')} value={value.year} disabled={busy} className={fieldClasses} onChange={(e) => set({ year: e.currentTarget.value.replace(/\D/g, '') })} />
      </Field>
    </div>
  )
}

function WorkForm({ value, busy, onChange }: { value: WorkFields; busy: boolean; onChange: (v: WorkFields) => void }) {
  const id = useId()
  const { t } = useTranslation('chat')
  const set = (patch: Partial<WorkFields>) => onChange({ ...value, ...patch })
  return (
    <div className="grid gap-2">
      <Field id={`${id}-company`} label={t('entries.company')}>
        <input id={`${id}-company`} type="text" autoComplete="off" maxLength={150} placeholder={t('entries.companyPlaceholder')} value={value.selfEmployed ? '' : value.company} disabled={busy || value.selfEmployed} className={fieldClasses} onChange={(e) => set({ company: e.currentTarget.value })} />
      </Field>
      <Check label={t('entries.selfEmployed')} checked={value.selfEmployed} disabled={busy} onChange={(on) => set({ selfEmployed: on })} />
      <Field id={`${id}-title`} label={t('entries.title')}>
        <input id={`${id}-title`} type="text" autoComplete="off" maxLength={120} placeholder={t('entries.titlePlaceholder')} value={value.title} disabled={busy} className={fieldClasses} onChange={(e) => set({ title: e.currentTarget.value })} />
      </Field>
      <div className="grid grid-cols-2 gap-2">
        <Field id={`${id}-start`} label={t('entries.from')}>
          <MonthField id={`${id}-start`} value={value.start} disabled={busy} onChange={(v) => set({ start: v })} />
        </Field>
        {value.current ? (
          <p className="self-end pb-3 text-sm font-semibold text-ink-700">{t('entries.toPresent')}</p>
        ) : (
          <Field id={`${id}-end`} label={t('entries.to')}>
            <MonthField id={`${id}-end`} value={value.end} disabled={busy} onChange={(v) => set({ end: v })} />
          </Field>
        )}
      </div>
      <Check label={t('entries.current')} checked={value.current} disabled={busy} onChange={(on) => set({ current: on, end: on ? '' : value.end })} />
      {value.start.trim() === '' && !value.current ? (
        <Field id={`${id}-duration`} label={t('entries.duration')}>
          <input id={`${id}-duration`} type="text" autoComplete="off" maxLength={40} placeholder={t('entries.durationPlaceholder')} value={value.duration} disabled={busy} className={fieldClasses} onChange={(e) => set({ duration: e.currentTarget.value })} />
        </Field>
      ) : null}
    </div>
  )
}

/**
 * The `entries` question: entries added so far as cards (change or remove), one small form for
 * the next, "Add another" and "Send". Optional lists offer the template's "none" answer
 * ("Fresher", "No previous work"), which sends an empty list.
 */
export function EntriesInput({ question, busy, onAnswer }: Props) {
  const { t, i18n } = useTranslation('chat')
  const describe = (e: EntryFields) => describeFields(e, i18n.language)
  const kind: EntryKind = question.entry ?? 'education'
  const initial = entriesFromPrefill(kind, question.prefill)
  // a re-opened answer: its entries listed, the form empty for one more
  const [entries, setEntries] = useState<EntryFields[]>(initial)
  const [draft, setDraft] = useState<EntryFields>(emptyEntry(kind))
  const max = question.validation?.maxItems ?? 10
  const all = isBlankEntry(draft) ? entries : [...entries, draft]
  const toSend = entriesToSend(all)
  const canAddAnother = !isBlankEntry(draft) && entries.length + 1 < max

  const addAnother = () => {
    setEntries([...entries, draft])
    setDraft(emptyEntry(kind))
  }
  const change = (index: number) => {
    const picked = entries[index]
    if (!picked) return
    // the entry being typed is kept in the list, so nothing is lost
    setEntries([...entries.filter((_, i) => i !== index), ...(isBlankEntry(draft) ? [] : [draft])])
    setDraft(picked)
  }

  return (
    <div className="space-y-3">
      {question.noneLabel && question.mode === 'ask' ? (
        <Button variant="secondary" className="min-h-[44px] w-full" disabled={busy} onClick={() => onAnswer([], question.noneLabel ?? t('entries.none'))}>
          {question.noneLabel}
        </Button>
      ) : null}
      {entries.length > 0 ? (
        <ol className="space-y-2" aria-label={t('entries.added', { label: question.label })}>
          {entries.map((e, i) => (
            <li key={i} className="space-y-1 rounded-xl border border-brand-200 bg-brand-50 px-3 py-2">
              <p className="break-words text-sm text-ink-900">
                {i + 1}. {describe(e)}
              </p>
              <div className="flex gap-2">
                <Button variant="secondary" size="sm" disabled={busy} aria-label={t('entries.changeEntry', { entry: describe(e) })} onClick={() => change(i)}>
                  {t('entries.change')}
                </Button>
                <Button variant="secondary" size="sm" disabled={busy} aria-label={t('entries.removeEntry', { entry: describe(e) })} onClick={() => setEntries(entries.filter((_, j) => j !== i))}>
                  {t('entries.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <fieldset className="space-y-2 rounded-xl border border-brand-100 bg-white p-3">
        <legend className="px-1 text-xs font-semibold uppercase tracking-wide text-brand-700">{entries.length === 0
            ? t(kind === 'education' ? 'entries.yourQualification' : 'entries.yourJob')
            : t(kind === 'education' ? 'entries.anotherQualification' : 'entries.anotherJob', { n: entries.length + 1 })}</legend>
        {isWork(draft) ? (
          <WorkForm value={draft} busy={busy} onChange={setDraft} />
        ) : (
          <EducationForm value={draft} busy={busy} onChange={setDraft} />
        )}
      </fieldset>
      {/* stays in view at the bottom of the composer while the form scrolls */}
      <div className="sticky bottom-0 -mx-3 grid grid-cols-2 gap-2 border-t border-brand-100 bg-white px-3 py-2">
        <Button variant="secondary" className="min-h-[48px] whitespace-nowrap px-2" disabled={busy || !canAddAnother} onClick={addAnother}>
          {t('entries.addAnother')}
        </Button>
        <Button className="min-h-[48px]" disabled={busy || toSend.length === 0} onClick={() => onAnswer(toSend, entriesLabel(toSend, i18n.language))}>
          {t('input.send')}
        </Button>
      </div>
    </div>
  )
}
