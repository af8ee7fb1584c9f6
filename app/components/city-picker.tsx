import { X } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { controlClasses, ErrorList } from './ui/field'
import { cn } from './ui/cn'

export type CityOption = { id: string; name: string; state: string }

function useCitySearch(query: string) {
  const [options, setOptions] = useState<CityOption[]>([])
  useEffect(() => {
    const q = query.trim()
    if (q.length < 1) {
      setOptions([])
      return
    }
    const controller = new AbortController()
    // debounce so a slow phone on 3G is not flooded with requests
    const timer = setTimeout(() => {
      fetch(`/resources/cities?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<CityOption[]>) : []))
        .then(setOptions)
        .catch(() => {})
    }, 150)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])
  return options
}

/**
 * An accessible combobox (ARIA 1.2 pattern). Without JavaScript it is a plain text field whose
 * name the server resolves against the city dataset, so the form still works.
 */
function CityCombobox({
  id,
  label,
  placeholder,
  initial,
  onPick,
  textName,
  errors,
  clearOnPick,
}: {
  id: string
  label: string
  placeholder?: string
  initial?: string
  onPick: (c: CityOption) => void
  textName?: string
  errors?: string[] | null
  clearOnPick?: boolean
}) {
  const [text, setText] = useState(initial ?? '')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const options = useCitySearch(open ? text : '')
  const listId = `${id}-list`
  const pick = (c: CityOption) => {
    onPick(c)
    setText(clearOnPick ? '' : c.name)
    setOpen(false)
  }
  return (
    <div className="relative space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-ink-900">
        {label}
      </label>
      <input
        id={id}
        name={textName}
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        aria-invalid={errors?.length ? true : undefined}
        autoComplete="off"
        className={controlClasses}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setOpen(true)
          setActive(0)
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
            setActive((a) => Math.min(a + 1, options.length - 1))
          } else if (e.key === 'ArrowUp') {
            e.preventDefault()
            setActive((a) => Math.max(a - 1, 0))
          } else if (e.key === 'Enter' && open && options[active]) {
            e.preventDefault()
            pick(options[active])
          } else if (e.key === 'Escape') {
            setOpen(false)
          }
        }}
      />
      {open && options.length > 0 ? (
        <ul id={listId} role="listbox" className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-xl border border-brand-200 bg-white shadow-glass-lg">
          {options.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={cn('cursor-pointer px-3 py-2 text-sm', i === active ? 'bg-brand-100 text-brand-900' : 'text-ink-900')}
              onMouseDown={(e) => {
                e.preventDefault()
                pick(c)
              }}
            >
              <span className="font-semibold">{c.name}</span> <span className="text-ink-700">· {c.state}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorList errors={errors} />
    </div>
  )
}

export function CityPicker({ name, label, initial, errors }: { name: string; label: string; initial?: CityOption | null; errors?: string[] | null }) {
  const id = useId()
  const { t } = useTranslation('jobs')
  const [city, setCity] = useState<CityOption | null>(initial ?? null)
  return (
    <div>
      <input type="hidden" name={`${name}Id`} value={city?.id ?? ''} />
      <CityCombobox
        id={id}
        label={label}
        placeholder={t('city.placeholder')}
        initial={initial?.name}
        textName={`${name}Name`}
        onPick={setCity}
        errors={errors}
      />
    </div>
  )
}

export function MultiCityPicker({ name, label, initial, errors, max = 5 }: { name: string; label: string; initial?: CityOption[]; errors?: string[] | null; max?: number }) {
  const id = useId()
  const { t } = useTranslation('jobs')
  const [cities, setCities] = useState<CityOption[]>(initial ?? [])
  const hydrated = useRef(false)
  const [js, setJs] = useState(false)
  useEffect(() => {
    hydrated.current = true
    setJs(true)
  }, [])
  return (
    <div className="space-y-2">
      {cities.map((c) => (
        <input key={c.id} type="hidden" name={`${name}Ids`} value={c.id} />
      ))}
      {js ? (
        <>
          <CityCombobox
            id={id}
            label={label}
            placeholder={cities.length >= max ? t('city.upTo', { max }) : t('city.add')}
            clearOnPick
            onPick={(c) => setCities((prev) => (prev.some((p) => p.id === c.id) || prev.length >= max ? prev : [...prev, c]))}
            errors={errors}
          />
          <ul className="flex flex-wrap gap-2" aria-label={t('city.selected', { label: label.toLowerCase() })}>
            {cities.map((c) => (
              <li key={c.id} className="inline-flex min-h-[44px] items-center rounded-full bg-brand-100 pl-3 text-sm font-semibold text-brand-800">
                {c.name}
                <button type="button" className="grid h-11 w-11 place-items-center rounded-full text-brand-700 hover:bg-brand-200" aria-label={t('city.remove', { name: c.name })} onClick={() => setCities((prev) => prev.filter((p) => p.id !== c.id))}>
                  <X aria-hidden className="h-4 w-4" />
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        // no JavaScript yet: a comma-separated list the server resolves
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-semibold text-ink-900">
            {label}
          </label>
          <input id={id} name={`${name}Names`} className={controlClasses} defaultValue={cities.map((c) => c.name).join(', ')} placeholder={t('city.namesPlaceholder')} />
          <ErrorList errors={errors} />
        </div>
      )}
    </div>
  )
}
