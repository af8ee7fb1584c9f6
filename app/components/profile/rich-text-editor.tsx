import Underline from '@tiptap/extension-underline'
import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { useState, type ReactNode } from 'react'
import { List, ListOrdered } from 'lucide-react'
import { controlClasses } from '../ui/field'
import { cn } from '../ui/cn'

type Mark = { key: string; label: string; shortcut: string; icon: ReactNode; active: (e: Editor) => boolean; run: (e: Editor) => void }

const TOOLS: Mark[] = [
  { key: 'bold', label: 'Bold', shortcut: 'Ctrl+B', icon: <span className="font-black">B</span>, active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { key: 'italic', label: 'Italic', shortcut: 'Ctrl+I', icon: <span className="font-serif italic">I</span>, active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { key: 'underline', label: 'Underline', shortcut: 'Ctrl+U', icon: <span className="underline">U</span>, active: (e) => e.isActive('underline'), run: (e) => e.chain().focus().toggleUnderline().run() },
  { key: 'strike', label: 'Strikethrough', shortcut: 'Ctrl+Shift+S', icon: <span className="line-through">S</span>, active: (e) => e.isActive('strike'), run: (e) => e.chain().focus().toggleStrike().run() },
  { key: 'bulletList', label: 'Bullet list', shortcut: 'Ctrl+Shift+8', icon: <List aria-hidden className="h-4 w-4" />, active: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { key: 'orderedList', label: 'Numbered list', shortcut: 'Ctrl+Shift+7', icon: <ListOrdered aria-hidden className="h-4 w-4" />, active: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
]

// Only what the server's allow-list keeps (server/candidate/rich-text.ts): no headings, quotes, code.
const EXTENSIONS = [StarterKit.configure({ heading: false, blockquote: false, code: false, codeBlock: false, horizontalRule: false }), Underline]

/** Lists need their markers back (Tailwind's reset removes them). */
const RICH_TEXT_CLASSES = '[&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-1 [&_ul]:list-disc [&_ul]:pl-6'

/**
 * tiptap with its toolbar; its HTML is posted in `name`. Its own chunk (tiptap is ≈ 350 KB of
 * script): AboutEditor loads it after the page is up.
 */
export function RichTextEditor({ name, labelId, hintId, initialHtml, maxChars, invalid }: { name: string; labelId: string; hintId: string; initialHtml: string; maxChars: number; invalid: boolean }) {
  const [html, setHtml] = useState(initialHtml)
  const [length, setLength] = useState(0)
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: initialHtml,
    // NOTE: server rendering has no editor; creating it only in the browser avoids a hydration mismatch
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': hintId,
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        'data-testid': 'about-editor',
        class: cn(controlClasses, RICH_TEXT_CLASSES, 'min-h-[140px] rounded-t-none'),
      },
    },
    onCreate: ({ editor: e }) => setLength(e.getText().trim().length),
    onUpdate: ({ editor: e }) => {
      setHtml(e.getHTML())
      setLength(e.getText().trim().length)
    },
  })
  return (
    <div>
      <input type="hidden" name={name} value={html} />
      <div role="toolbar" aria-label="Text formatting" className="flex flex-wrap gap-1 rounded-t-xl border border-b-0 border-brand-200 bg-brand-50/90 p-1">
        {TOOLS.map((t) => {
          const pressed = editor ? t.active(editor) : false
          return (
            <button
              key={t.key}
              type="button"
              aria-label={t.label}
              aria-pressed={pressed}
              title={`${t.label} (${t.shortcut})`}
              disabled={!editor}
              // a mouse click must not pull focus out of the text (the next keystroke would be lost)
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => editor && t.run(editor)}
              className={cn('grid h-11 min-w-11 place-items-center rounded-lg px-2 text-base text-ink-900', pressed ? 'bg-brand-600 text-white' : 'hover:bg-brand-100')}
            >
              {t.icon}
            </button>
          )
        })}
      </div>
      {editor ? <EditorContent editor={editor} /> : <div className={cn(controlClasses, 'min-h-[140px] rounded-t-none')} aria-hidden />}
      <p className={cn('mt-1 text-right text-xs', length > maxChars ? 'font-semibold text-red-700' : 'text-ink-700')}>
        {length.toLocaleString('en-IN')} / {maxChars.toLocaleString('en-IN')} characters
      </p>
    </div>
  )
}
