import { ButtonLink } from '../ui/button'
import { Card } from '../ui/card'

/** An unfinished job conversation with AIVI (a new job, or an edit of a live one). */
export type JobDraft = {
  id: string
  title: string
  /** the job this conversation edits; null for a new job */
  jobId: string | null
  /** "Last change 5 Dec 2026, 3:04 pm", worded on the server so both renders agree */
  updated: string
}

/** Where an unfinished conversation continues: an edit re-opens its job (the same conversation), a new job its own chat. */
export function continueHref(draft: Pick<JobDraft, 'id' | 'jobId'>): string {
  return draft.jobId ? `/employer/jobs/${draft.jobId}/edit` : `/employer/jobs/new?session=${draft.id}`
}

/** "Drafts in progress": job posts started with AIVI and not yet published — continued on any device. */
export function JobDrafts({ drafts }: { drafts: readonly JobDraft[] }) {
  if (drafts.length === 0) return null
  return (
    <Card data-testid="job-drafts">
      <section aria-labelledby="job-drafts-heading" className="space-y-3">
        <div>
          <h2 id="job-drafts-heading" className="text-lg font-bold text-ink-900">
            Drafts in progress
          </h2>
          <p className="text-sm text-ink-700">Job posts you started with AIVI. Continue where you left off, on this or any device.</p>
        </div>
        <ul className="divide-y divide-brand-100">
          {drafts.map((d) => (
            <li key={d.id} className="flex items-center justify-between gap-3 py-2">
              <span className="min-w-0">
                <span className="block truncate font-semibold text-ink-900">{d.title}</span>
                <span className="block text-xs text-ink-700">{d.updated}</span>
              </span>
              <ButtonLink to={continueHref(d)} variant="secondary" className="shrink-0" aria-label={`Continue ${d.title} (${d.updated})`}>
                Continue
              </ButtonLink>
            </li>
          ))}
        </ul>
      </section>
    </Card>
  )
}
