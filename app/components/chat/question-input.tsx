import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../ui/button'
import { cn } from '../ui/cn'
import { controlClasses } from '../ui/field'
import {
  EXPERIENCE_RANGE_PICKS,
  choicesOf,
  findChoice,
  formatDateTyping,
  isCompleteDate,
  itemWord,
  labelsFor,
  multiSelectLimits,
  prefillList,
  prefillText,
  salaryAnswer,
  salaryRangeAnswer,
  splitCustom,
  type Choice,
} from './answer-input'
import { EntriesInput } from './entries-input'
import { FilePicker } from './file-picker'
import type { QuestionView } from './transcript'
import { VoiceButton } from './voice-input'
import { Check, Sparkles } from 'lucide-react'

/** Sends one answer: `value` is the raw input the server parses, `label` the bubble shown until its own copy arrives. */
export type AnswerFn = (value: unknown, label: string) => void

/** `speechLang`: the chat's language for the mic on text and number answers ("hi-IN", "en-IN") */
type InputProps = { question: QuestionView; busy: boolean; onAnswer: AnswerFn; autoFocus: boolean; speechLang?: string }

/** Where each file question's bytes go; the answer is then `{ fileKey }`. */
const UPLOAD_ROUTES: Partial<Record<QuestionView['key'], string>> = { driving_licence_file: '/uploads/driving-licence' }

export const bigOption =
  'min-h-[48px] w-full rounded-xl border border-brand-200 bg-white px-4 py-2 text-left text-base font-semibold text-brand-900 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60'

/** The option just tapped, while its answer is on its way: filled and at full strength, never faded like the others. */
const pickedOption = 'min-h-[48px] w-full rounded-xl border border-brand-600 bg-brand-600 px-4 py-2 text-left text-base font-semibold text-white disabled:cursor-wait'

/** A quick pick in a 3-column grid: the 44 px tap target, the text smaller so "₹15k – 20k" fits a third of a phone. */
const compactOption = 'min-h-[44px] w-full rounded-xl border px-1 py-1 text-center text-sm font-semibold leading-tight'

/**
 * `row`: short options side by side (2 columns). `compact`: quick picks beside a typed answer
 * (pay ranges, experience): 3 columns of 44 px, so on a 360 px phone six picks take two rows and
 * leave the question and its error room above the answer area.
 */
function ChoiceList({ options, busy, onPick, label, row, compact }: { options: Choice[]; busy: boolean; onPick: (c: Choice) => void; label: string; row?: boolean; compact?: boolean }) {
  const [picked, setPicked] = useState<string | null>(null)
  return (
    <div role="group" aria-label={label} className={compact ? 'grid grid-cols-3 gap-2' : row ? 'grid grid-cols-2 gap-2' : 'grid gap-2 sm:grid-cols-2'}>
      {options.map((o) => {
        const on = busy && picked === o.value
        return (
          <button
            key={o.value}
            type="button"
            aria-pressed={on || undefined}
            className={compact ? cn(compactOption, on ? 'border-brand-600 bg-brand-600 text-white disabled:cursor-wait' : 'border-brand-200 bg-white text-brand-900 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60') : cn(on ? pickedOption : bigOption, row && 'text-center')}
            disabled={busy}
            onClick={() => {
              setPicked(o.value)
              onPick(o)
            }}
          >
            {on ? <Check aria-hidden className="mr-1 inline h-4 w-4 align-[-0.15em]" /> : null}
            {o.label}
          </button>
        )
      })}
    </div>
  )
}

function useAutoFocus<T extends HTMLElement>(on: boolean) {
  const ref = useRef<T>(null)
  useEffect(() => {
    // preventScroll: the list scrolls itself; a jump would hide the question bubble
    if (on) ref.current?.focus({ preventScroll: true })
  }, [on])
  return ref
}

/** One text field + Send, submitted with Enter too. */
function TextForm({
  question,
  busy,
  autoFocus,
  initial,
  inputMode,
  placeholder,
  prefix,
  suffix,
  multiline,
  maxLength,
  canSend = (t) => t.trim().length > 0,
  format = (t) => t,
  speechLang,
  onSubmit,
}: {
  question: QuestionView
  busy: boolean
  autoFocus: boolean
  initial: string
  inputMode?: 'text' | 'numeric' | 'decimal' | 'url' | 'email'
  placeholder?: string
  prefix?: string
  suffix?: string
  multiline?: boolean
  maxLength?: number
  canSend?: (text: string) => boolean
  format?: (text: string) => string
  /** a mic fills the field with what was said, to check and send (never sent by itself) */
  speechLang?: string
  onSubmit: (text: string) => void
}) {
  const id = useId()
  const { t } = useTranslation('chat')
  const [text, setText] = useState(initial)
  const inputRef = useAutoFocus<HTMLInputElement>(autoFocus && !multiline)
  const areaRef = useAutoFocus<HTMLTextAreaElement>(autoFocus && Boolean(multiline))
  const ok = canSend(text)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (ok && !busy) onSubmit(text)
  }
  return (
    <form onSubmit={submit} className="flex items-end gap-2">
      <label htmlFor={id} className="sr-only">
        {question.label}
      </label>
      <div className="flex min-w-0 flex-1 items-center gap-2">
        {prefix ? <span className="text-base font-semibold text-ink-700">{prefix}</span> : null}
        {multiline ? (
          <textarea
            ref={areaRef}
            id={id}
            rows={4}
            value={text}
            maxLength={maxLength}
            placeholder={placeholder}
            className={cn(controlClasses, 'min-w-0 resize-y')}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        ) : (
          <input
            ref={inputRef}
            id={id}
            type="text"
            inputMode={inputMode}
            autoComplete="off"
            autoCapitalize={inputMode === 'url' || inputMode === 'email' ? 'none' : 'sentences'}
            value={text}
            maxLength={maxLength}
            placeholder={placeholder}
            className={cn(controlClasses, 'min-h-[48px] min-w-0')}
            onChange={(e) => setText(format(e.currentTarget.value))}
          />
        )}
        {suffix ? <span className="shrink-0 text-sm font-semibold text-ink-700">{suffix}</span> : null}
      </div>
      {speechLang ? (
        <VoiceButton
          lang={speechLang}
          disabled={busy}
          onTranscript={(said) => {
            setText(format(said))
            ;(multiline ? areaRef.current : inputRef.current)?.focus({ preventScroll: true })
          }}
        />
      ) : null}
      <Button type="submit" className="min-h-[48px] shrink-0" disabled={!ok || busy}>
        {t('input.send')}
      </Button>
    </form>
  )
}

function MultiSelect({ question, busy, onAnswer }: InputProps) {
  const customId = useId()
  const { t } = useTranslation('chat')
  const choices = useMemo(() => choicesOf(question), [question])
  const { min, max } = multiSelectLimits(question)
  const [selected, setSelected] = useState<string[]>(() => prefillList(question))
  const [custom, setCustom] = useState('')
  const [note, setNote] = useState<string | null>(null)
  const maxLength = question.validation?.maxLength ?? 60
  const isOn = (v: string) => selected.some((s) => s.toLowerCase() === v.toLowerCase())
  const full = selected.length >= max

  const toggle = (value: string) => {
    setNote(null)
    setSelected((prev) => (prev.some((s) => s.toLowerCase() === value.toLowerCase()) ? prev.filter((s) => s.toLowerCase() !== value.toLowerCase()) : prev.length >= max ? prev : [...prev, value]))
  }
  const addCustom = (e: FormEvent) => {
    e.preventDefault()
    const entries = splitCustom(custom)
    if (entries.length === 0) return
    const tooLong = entries.find((t) => t.length > maxLength)
    if (tooLong) {
      setNote(t('input.entryTooLong', { max: maxLength }))
      return
    }
    let next = [...selected]
    for (const entry of entries) {
      const value = findChoice(choices, entry)?.value ?? entry
      if (next.some((s) => s.toLowerCase() === value.toLowerCase())) continue
      if (next.length >= max) {
        setNote(t('input.atMost', { max, noun: itemWord(question, max) }))
        break
      }
      next = [...next, value]
    }
    setSelected(next)
    setCustom('')
  }
  const customs = selected.filter((v) => !findChoice(choices, v))
  const short = selected.length < min
  const status = short
    ? t(selected.length > 0 ? 'input.pickAtLeastSelected' : 'input.pickAtLeast', { min, noun: itemWord(question, min), n: selected.length })
    : Number.isFinite(max)
      ? t('input.selectedUpTo', { n: selected.length, max })
      : t('input.selected', { n: selected.length })

  return (
    <div className="space-y-3">
      <div role="group" aria-label={question.label} className="flex flex-wrap gap-2">
        {[...choices, ...customs.map((c) => ({ value: c, label: c }))].map((c) => {
          const on = isOn(c.value)
          return (
            <button
              key={c.value}
              type="button"
              aria-pressed={on}
              disabled={busy || (!on && full)}
              onClick={() => toggle(c.value)}
              // a selected chip stays filled and at full strength while the answer is sending (never looks disabled);
              // only chips that cannot be added (the limit reached) fade
              className={cn(
                'min-h-[44px] rounded-full border px-3 py-1.5 text-sm font-semibold transition-colors disabled:cursor-not-allowed',
                on ? 'border-brand-700 bg-brand-600 text-white shadow-sm' : 'border-brand-200 bg-white text-brand-900 hover:bg-brand-50 disabled:opacity-50',
              )}
            >
              {on ? <Check aria-hidden className="mr-1 inline h-4 w-4 align-[-0.15em]" /> : null}
              {c.label}
            </button>
          )
        })}
      </div>
      {question.allowCustom ? (
        <form onSubmit={addCustom} className="flex gap-2">
          <label htmlFor={customId} className="sr-only">
            {t('input.addOwn', { noun: itemWord(question, 1) })}
          </label>
          <input
            id={customId}
            type="text"
            autoComplete="off"
            value={custom}
            placeholder={t('input.addOwn', { noun: itemWord(question, 1) })}
            maxLength={maxLength * 4}
            disabled={busy || full}
            className={cn(controlClasses, 'min-h-[44px] min-w-0 flex-1')}
            onChange={(e) => setCustom(e.currentTarget.value)}
          />
          <Button type="submit" variant="secondary" className="min-h-[44px] shrink-0" disabled={busy || full || custom.trim() === ''}>
            {t('input.add')}
          </Button>
        </form>
      ) : null}
      {/* stays in view at the bottom of the composer while a long list of chips scrolls */}
      <div className="sticky bottom-0 -mx-3 flex items-center justify-between gap-2 border-t border-brand-100 bg-white px-3 py-2">
        <p className={cn('text-sm', short ? 'font-medium text-ink-700' : 'text-ink-700')} aria-live="polite">
          {note ?? status}
        </p>
        <Button className="min-h-[48px] shrink-0" disabled={busy || short || selected.length === 0} onClick={() => onAnswer(selected, labelsFor(selected, choices))}>
          {t('input.send')}
        </Button>
      </div>
    </div>
  )
}

function CityInput({ question, busy, onAnswer, autoFocus }: InputProps) {
  const id = useId()
  const listId = `${id}-cities`
  const { t } = useTranslation('chat')
  const [text, setText] = useState(prefillText(question))
  const [options, setOptions] = useState<string[]>([])
  const ref = useAutoFocus<HTMLInputElement>(autoFocus)
  useEffect(() => {
    const q = text.trim()
    if (q.length < 2) return
    const controller = new AbortController()
    // debounced: a slow phone on 3G should not be flooded with requests
    const timer = setTimeout(() => {
      fetch(`/resources/cities?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<unknown>) : []))
        .then((rows) => {
          if (!Array.isArray(rows)) return
          setOptions(rows.flatMap((r: unknown) => (typeof r === 'object' && r !== null && 'name' in r && typeof r.name === 'string' ? [r.name] : [])))
        })
        .catch(() => {})
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [text])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (text.trim().length >= 2 && !busy) onAnswer(text.trim(), text.trim())
  }
  return (
    <form onSubmit={submit} className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {question.label}
      </label>
      <input
        ref={ref}
        id={id}
        type="text"
        list={listId}
        autoComplete="off"
        value={text}
        placeholder={t('input.cityPlaceholder')}
        className={cn(controlClasses, 'min-h-[48px] min-w-0 flex-1')}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <datalist id={listId}>
        {[...new Set(options)].map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Button type="submit" className="min-h-[48px] shrink-0" disabled={busy || text.trim().length < 2}>
        {t('input.send')}
      </Button>
    </form>
  )
}

/** One amount (`salary`) or a min–max range (`salary_range`, a job's pay): quick picks + your own. */
function SalaryInput({ question, busy, onAnswer, autoFocus }: InputProps) {
  const { t } = useTranslation('chat')
  const unit = question.salaryUnit
  const picks = question.quickPicks ?? []
  const range = question.kind === 'salary_range'
  return (
    <div className="space-y-2">
      {picks.length > 0 ? (
        <ChoiceList
          label={t('input.ranges', { label: question.label })}
          options={picks.map((p) => ({ value: p.value, label: p.label }))}
          busy={busy}
          compact
          onPick={(c) => onAnswer(c.value, c.label)}
        />
      ) : null}
      <p className="text-xs font-semibold uppercase tracking-wide text-ink-700">{unit === 'lpa' ? t('input.ownPerYear') : t('input.ownPerMonth')}</p>
      <TextForm
        question={question}
        busy={busy}
        autoFocus={autoFocus && picks.length === 0}
        initial={prefillText(question)}
        // a range needs "-" or "to", which a phone's number pad may not have
        inputMode={range ? 'text' : unit === 'lpa' ? 'decimal' : 'numeric'}
        placeholder={t('input.example', { example: range ? (unit === 'lpa' ? '4-6' : '15000-20000') : unit === 'lpa' ? '6' : '18000' })}
        prefix={unit === 'lpa' ? undefined : '₹'}
        suffix={unit === 'lpa' ? t('input.lpa') : t('input.perMonth')}
        maxLength={40}
        onSubmit={(text) => {
          const a = range ? salaryRangeAnswer(text, unit, t) : salaryAnswer(text, unit, t)
          onAnswer(a.value, a.label)
        }}
      />
    </div>
  )
}

/** How much experience a job needs: a few quick picks, or typed ("2+ years", "6 months"). */
function ExperienceRangeInput({ question, busy, onAnswer }: InputProps) {
  const { t } = useTranslation('chat')
  return (
    <div className="space-y-3">
      <ChoiceList label={t('input.choices', { label: question.label })} options={[...EXPERIENCE_RANGE_PICKS]} busy={busy} compact onPick={(c) => onAnswer(c.value, c.label)} />
      <p className="text-xs font-semibold uppercase tracking-wide text-ink-700">{t('input.typeIt')}</p>
      <TextForm
        question={question}
        busy={busy}
        // the picks come first: a keyboard popping up would hide them on a phone
        autoFocus={false}
        initial={prefillText(question)}
        placeholder={t('input.experiencePlaceholder')}
        maxLength={40}
        onSubmit={(t) => onAnswer(t.trim(), t.trim())}
      />
    </div>
  )
}

/** The stored file of a question opened again (back / change): `{ fileKey }`, or null. */
function currentFile(question: QuestionView): { fileKey: string } | null {
  const p = question.prefill
  return typeof p === 'object' && p !== null && 'fileKey' in p && typeof p.fileKey === 'string' ? { fileKey: p.fileKey } : null
}

function FileInput({ question, busy, onAnswer }: InputProps) {
  const spec = question.file ?? { accept: ['image/png', 'image/jpeg', 'application/pdf'], maxBytes: 2_000_000 }
  // NOTE: the licence route is the only file route so far; a new file question needs its own entry above
  const url = UPLOAD_ROUTES[question.key] ?? '/uploads/driving-licence'
  const kept = currentFile(question)
  const { t } = useTranslation('chat')
  return (
    <div className="space-y-2">
      {kept ? (
        <button type="button" className={bigOption} disabled={busy} onClick={() => onAnswer(kept, t('input.keepFile'))}>
          {t('input.keepFile')}
        </button>
      ) : null}
      <FilePicker
        label={t('input.chooseFile', { label: question.label.toLowerCase() })}
        accept={spec.accept}
        maxBytes={spec.maxBytes}
        url={url}
        disabled={busy}
        onUploaded={(body, file) => {
          const fileId = typeof body.fileId === 'string' ? body.fileId : null
          if (fileId) onAnswer({ fileKey: fileId }, t('input.uploaded', { name: file.name }))
        }}
      />
    </div>
  )
}

function KindInput(props: InputProps) {
  const { question, busy, onAnswer, autoFocus, speechLang } = props
  const { t } = useTranslation('chat')
  const options: Choice[] = (question.options ?? []).map((o) => ({ value: o.value, label: o.label }))
  if (question.mode === 'confirm') {
    return <ChoiceList label={question.label} options={options} busy={busy} row onPick={(c) => onAnswer(c.value, c.label)} />
  }
  const v = question.validation
  switch (question.kind) {
    case 'yes_no':
      return <ChoiceList label={question.label} options={options} busy={busy} row onPick={(c) => onAnswer(c.value, c.label)} />
    case 'single_select':
      return (
        <div className="space-y-3">
          <ChoiceList label={question.label} options={options} busy={busy} row={options.length === 2} onPick={(c) => onAnswer(c.value, c.label)} />
          {question.allowCustom ? (
            <TextForm question={question} busy={busy} autoFocus={false} initial="" placeholder={t('input.somethingElse')} maxLength={v?.maxLength ?? 60} onSubmit={(t) => onAnswer(t.trim(), t.trim())} />
          ) : null}
        </div>
      )
    case 'multi_select':
      return <MultiSelect {...props} />
    case 'date':
      return (
        <TextForm
          question={question}
          busy={busy}
          autoFocus={autoFocus}
          initial={prefillText(question)}
          inputMode="numeric"
          placeholder={t('input.datePlaceholder')}
          maxLength={10}
          format={formatDateTyping}
          canSend={isCompleteDate}
          onSubmit={(t) => onAnswer(t, t)}
        />
      )
    case 'number':
      return (
        <TextForm
          question={question}
          busy={busy}
          autoFocus={autoFocus}
          initial={prefillText(question)}
          inputMode="decimal"
          placeholder={v?.example ? t('input.example', { example: v.example }) : undefined}
          maxLength={20}
          speechLang={speechLang}
          onSubmit={(t) => onAnswer(t.trim(), t.trim())}
        />
      )
    case 'salary':
    case 'salary_range':
      return <SalaryInput {...props} />
    case 'experience_range':
      return <ExperienceRangeInput {...props} />
    case 'file':
      return <FileInput {...props} />
    case 'city':
      return <CityInput {...props} />
    case 'entries':
      return <EntriesInput {...props} />
    case 'text': {
      const multiline = (v?.maxLength ?? 0) > 300
      const inputMode = v?.format === 'url' ? 'url' : v?.format === 'email' ? 'email' : 'text'
      return (
        <TextForm
          question={question}
          busy={busy}
          autoFocus={autoFocus}
          initial={prefillText(question)}
          inputMode={inputMode}
          multiline={multiline}
          maxLength={v?.maxLength}
          placeholder={v?.example ? t('input.example', { example: v.example }) : multiline ? t('input.typeHere') : undefined}
          // links and e-mail addresses are typed, not said
          speechLang={v?.format ? undefined : speechLang}
          onSubmit={(t) => onAnswer(t, t.length > 140 ? `${t.slice(0, 140)}…` : t)}
        />
      )
    }
  }
}

/**
 * Leaving a re-opened answer as it was: its current value sent back unchanged (the machine
 * parses it to the same answer and returns to the preview, or goes on to what is still missing);
 * an optional one never answered is skipped. NOTE: no machine event of its own, so both bots and
 * the exactly-once turn rules stay as they are.
 */
function unchangedAnswer(question: QuestionView): unknown {
  return question.prefill === null || question.prefill === undefined ? { skip: true } : question.prefill
}

/** The input for the question the bot is asking now, with Skip / Write it for me where allowed. */
export function QuestionInput(props: InputProps & { extra?: ReactNode; backToPreview?: boolean }) {
  const { question, busy, onAnswer } = props
  const { t } = useTranslation('chat')
  const canLeave = question.editing && (question.prefill !== null || !question.required)
  return (
    <div className="space-y-3">
      {question.editing ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t('input.changing', { label: question.label })}</p>
          {canLeave && question.kind !== 'file' ? (
            <Button variant="secondary" size="sm" className="min-h-[44px]" disabled={busy} onClick={() => onAnswer(unchangedAnswer(question), props.backToPreview ? t('input.backToPreview') : t('input.keepAsItWas'))}>
              {props.backToPreview ? t('input.backToPreview') : t('input.keepAsItWas')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <KindInput {...props} />
      {question.mode === 'ask' && ((question.canSkip && !question.noneLabel) || question.canDraft) ? (
        <div className="flex flex-wrap gap-2">
          {question.canDraft ? (
            <Button variant="teal" className="min-h-[44px]" disabled={busy} onClick={() => onAnswer({ draft: true }, t('input.writeForMe'))}>
              <Sparkles aria-hidden className="mr-1 h-4 w-4" />
              {t('input.writeForMe')}
            </Button>
          ) : null}
          {question.canSkip && !question.noneLabel ? (
            <Button variant="secondary" className="min-h-[44px]" disabled={busy} onClick={() => onAnswer({ skip: true }, t('input.skip'))}>
              {t('input.skip')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {props.extra}
    </div>
  )
}
