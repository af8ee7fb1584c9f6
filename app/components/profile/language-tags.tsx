import { X } from 'lucide-react'
import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorList, controlClasses } from '../ui/field'
import { cn } from '../ui/cn'

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * Languages as tags: suggestions (Indian languages, from the loader) plus anything typed.
 * Enter or comma adds, Backspace in the empty field removes the last tag. Before JavaScript it is
 * one comma-separated text field (`${name}Text`) that the server splits.
 */
export function LanguageTags({ name, label, initial, suggestions, errors, max = 15 }: { name: string; label: string; initial: string[]; suggestions: readonly string[]; errors?: string[] | null; max?: number }) {
  const { t: tr } = useTranslation('profile')
  const id = useId()
  const listId = `${id}-list`
  const hintId = `${id}-hint`
  const [hydrated, setHydrated] = useState(false)
  const [tags, setTags] = useState<string[]>(initial)
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const [arrowed, setArrowed] = useState(false)
  useEffect(() => setHydrated(true), [])

  const options = useMemo(() => {
    const q = text.trim().toLowerCase()
    return suggestions.filter((s) => !tags.some((t) => same(t, s)) && (q === '' || s.toLowerCase().startsWith(q))).slice(0, 8)
  }, [suggestions, tags, text])

  const add = (value: string) => {
    const v = value.trim().replace(/\s+/g, ' ')
    if (v && !tags.some((t) => same(t, v)) && tags.length < max) setTags((prev) => [...prev, suggestions.find((s) => same(s, v)) ?? v])
    setText('')
    setActive(0)
    setArrowed(false)
    // typing or the arrow keys open the list again; an open list would cover the Save button
    setOpen(false)
  }
  const remove = (tag: string) => setTags((prev) => prev.filter((t) => t !== tag))

  if (!hydrated) {
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold text-ink-900">
          {label}
        </label>
        <input id={id} name={`${name}Text`} className={controlClasses} defaultValue={initial.join(', ')} placeholder="e.g. Hindi, English, Marathi" aria-describedby={hintId} />
        <p id={hintId} className="text-xs text-ink-700">
          Separate languages with commas.
        </p>
        <ErrorList errors={errors} />
      </div>
    )
  }

  const showList = open && options.length > 0
  return (
    <div className="relative space-y-1">
      {tags.map((t) => (
        <input key={t} type="hidden" name={name} value={t} />
      ))}
      <label htmlFor={id} className="block text-sm font-semibold text-ink-900">
        {label}
      </label>
      <ul className="flex flex-wrap gap-2" aria-label={tr('fields.languagesSelected', { label: label.toLowerCase() })} data-testid="language-tags">
        {tags.map((t) => (
          <li key={t} className="inline-flex min-h-[44px] items-center rounded-full bg-brand-100 pl-3 text-sm font-semibold text-brand-800">
            {t}
            <button type="button" className="grid h-11 w-11 place-items-center rounded-full text-brand-700 hover:bg-brand-200" aria-label={`Remove ${t}`} onClick={() => remove(t)}>
              <X aria-hidden className="h-4 w-4" />
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={hintId}
        aria-activedescendant={showList && options[active] ? `${listId}-${active}` : undefined}
        aria-invalid={errors?.length ? true : undefined}
        autoComplete="off"
        className={controlClasses}
        placeholder={tags.length >= max ? tr('fields.languagesMax', { max }) : tr('fields.languagePlaceholder')}
        value={text}
        disabled={tags.length >= max}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          const v = e.target.value
          // a comma (typed or pasted) ends a tag
          if (v.includes(',')) {
            v.split(',').slice(0, -1).forEach(add)
            setText(v.split(',').pop() ?? '')
          } else setText(v)
          setOpen(true)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
            setArrowed(true)
            // the first press highlights the first suggestion
            setActive((a) => (arrowed ? Math.min(a + 1, options.length - 1) : 0))
          } else if (e.key === 'ArrowUp') {
            e.preventDefault()
            setArrowed(true)
            setActive((a) => Math.max(a - 1, 0))
          } else if (e.key === 'Enter') {
            // Enter adds a tag (the highlighted suggestion, else the typed text) instead of
            // submitting; in an empty field, untouched by the arrow keys, it submits as usual
            const pick = showList && (text.trim() !== '' || arrowed) ? options[active] : undefined
            if (pick || text.trim()) {
              e.preventDefault()
              add(pick ?? text)
            }
          } else if (e.key === 'Backspace' && text === '' && tags.length) {
            remove(tags[tags.length - 1])
          } else if (e.key === 'Escape') {
            setOpen(false)
          }
        }}
      />
      <p id={hintId} className="text-xs text-ink-700">
        {tr('fields.languagesHint')}
      </p>
      {showList ? (
        <ul id={listId} role="listbox" aria-label="Language suggestions" className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-xl border border-brand-200 bg-white shadow-glass-lg">
          {options.map((o, i) => (
            <li
              key={o}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={cn('cursor-pointer px-3 py-2 text-sm', i === active ? 'bg-brand-100 text-brand-900' : 'text-ink-900')}
              onMouseDown={(e) => {
                e.preventDefault()
                add(o)
              }}
            >
              {o}
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorList errors={errors} />
    </div>
  )
}
