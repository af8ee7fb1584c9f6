/** What `applications.prepare` says about applying to one job (the fields the pages use). */
export type ApplyQuestion = {
  key: string
  label: string
  kind: 'yes_no' | 'single_select' | 'multi_select'
  options?: Array<{ value: string; label: string }>
}
export type PreparedApply = {
  hasResume: boolean
  alreadyApplied: { id: string; status: string } | null
  hardMismatches: string[]
  questions: ApplyQuestion[]
}

/**
 * The sheet's fields (`answer.<key>`) as the answers `applications.apply` takes: yes/no → boolean,
 * single select → its value, multi select → the values ticked. Unasked or unanswered keys are left
 * out (the server asks again rather than guessing).
 */
export function answersFromForm(form: FormData, questions: readonly ApplyQuestion[]): Record<string, boolean | string | string[]> {
  const answers: Record<string, boolean | string | string[]> = {}
  for (const q of questions) {
    const values = form.getAll(`answer.${q.key}`).filter((v): v is string => typeof v === 'string' && v.length > 0)
    if (q.kind === 'multi_select') {
      answers[q.key] = values
      continue
    }
    const v = values[0]
    if (v === undefined) continue
    if (q.kind === 'yes_no') {
      if (v === 'yes' || v === 'no') answers[q.key] = v === 'yes'
    } else answers[q.key] = v
  }
  return answers
}
