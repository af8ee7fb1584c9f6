import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorList, controlClasses } from '../ui/field'

// a type only: the editor's code stays in its own chunk
type RichTextEditor = typeof import('./rich-text-editor').RichTextEditor

/**
 * "About you": a plain textarea (`${name}Text`) first, then tiptap (its HTML posted in `name`)
 * once its chunk has loaded, so the profile page's first download leaves the editor out (a phone
 * on a slow network fetches it while the page is already usable). The editor replaces the box
 * only if the person has not started using it: what they type in the box is posted as it is, and
 * the server turns it into the same HTML (server/candidate/rich-text.ts). The server sanitises
 * either way.
 */
export function AboutEditor({ name, label, initialHtml, initialText, maxChars, errors }: { name: string; label: string; initialHtml: string; initialText: string; maxChars: number; errors?: string[] | null }) {
  const labelId = useId()
  const hintId = useId()
  const textareaId = useId()
  const box = useRef<HTMLTextAreaElement>(null)
  const [Editor, setEditor] = useState<RichTextEditor | null>(null)
  // the box was in use when the editor arrived, so it stays for this visit
  const [keptPlain, setKeptPlain] = useState(false)
  const { t } = useTranslation('profile')
  useEffect(() => {
    let live = true
    import('./rich-text-editor').then(
      ({ RichTextEditor }) => {
        const el = box.current
        const inUse = el !== null && (el.value !== el.defaultValue || document.activeElement === el)
        if (!live) return
        if (inUse) setKeptPlain(true)
        else setEditor(() => RichTextEditor)
      },
      // a chunk lost on a flaky network: the plain box keeps working and saves the same way
      () => live && setKeptPlain(true),
    )
    return () => {
      live = false
    }
  }, [])
  const hint = <p id={hintId} className="text-xs text-ink-700">{t('fields.aboutHint')}</p>
  return (
    <div className="space-y-1" data-editor={Editor ? 'rich' : keptPlain ? 'plain' : 'loading'}>
      {Editor ? (
        <>
          <p id={labelId} className="block text-sm font-semibold text-ink-900">
            {label}
          </p>
          {hint}
          <Editor name={name} labelId={labelId} hintId={hintId} initialHtml={initialHtml} maxChars={maxChars} invalid={Boolean(errors?.length)} />
        </>
      ) : (
        <>
          <label htmlFor={textareaId} className="block text-sm font-semibold text-ink-900">
            {label}
          </label>
          {hint}
          <textarea ref={box} id={textareaId} name={`${name}Text`} rows={6} defaultValue={initialText} aria-describedby={hintId} className={controlClasses} />
        </>
      )}
      <ErrorList errors={errors} />
    </div>
  )
}
