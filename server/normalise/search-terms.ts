import { foldScripts, phraseRegExp, vocabulary } from './language-packs'
import { collapse, foldText } from './text'

/**
 * A job search as typed in any language pack → what full-text search should look for. Postings
 * are written in English, so "डिलीवरी" must find "delivery", "ड्राइवर मुंबई" "driver Mumbai":
 * each known term becomes a group of alternatives (the term as typed, in case a posting is
 * written in Hindi, and its English words); words no posting contains ("की नौकरी चाहिए") are
 * dropped; everything else is searched as typed. Pure.
 */
export interface ExpandedSearch {
  /** the rest of the query, searched as typed */
  text: string
  /** every group must match; within a group any one alternative */
  groups: string[][]
}

type Entry = { kind: 'term'; alternatives: readonly string[] } | { kind: 'stop' }

let table: { re: RegExp | null; entries: Map<string, Entry> } | null = null

function load() {
  if (table) return table
  const v = vocabulary()
  const entries = new Map<string, Entry>()
  for (const w of v.searchStopWords) entries.set(w, { kind: 'stop' })
  // a city's name in another script finds postings that name the city ("मुंबई" → Mumbai)
  for (const [alias, name] of v.cityAliases) entries.set(foldScripts(alias), { kind: 'term', alternatives: [name] })
  for (const [term, english] of v.searchTerms) entries.set(term, { kind: 'term', alternatives: english })
  table = { re: phraseRegExp(entries.keys()), entries }
  return table
}

/** Builds the search-term table now (the server, before it listens). */
export function prepareSearchTerms(): void {
  load()
}

export function expandSearchQuery(query: string): ExpandedSearch {
  const { re, entries } = load()
  const folded = foldScripts(foldText(query))
  const groups: string[][] = []
  let touched = false
  const text = re
    ? folded.replace(re, (m) => {
        const entry = entries.get(m.replace(/\s+/g, ' '))
        if (!entry) return m
        touched = true
        if (entry.kind === 'term') groups.push([m, ...entry.alternatives.filter((a) => a !== m)])
        return ' '
      })
    : folded
  // an English query goes to search exactly as typed
  return touched ? { text: collapse(text), groups } : { text: query, groups }
}
