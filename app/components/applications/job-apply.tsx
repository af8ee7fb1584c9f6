import { Form } from '@remix-run/react'
import { ButtonLink, Button } from '../ui/button'
import { Card } from '../ui/card'
import { AppliedState, ApplySheet, resumeFirstHref, useApply, type PreparedApply } from './apply'

/**
 * The job page's Apply card. What `prepare` said arrives with the page, so the first tap applies at
 * once, or opens the sheet inline (unknown requirements, hard mismatches said plainly), or goes to
 * My Resume first. Without JavaScript every step is a form post to the page's action.
 */
export function JobApply({
  jobId,
  jobTitle,
  prepared,
  sheetOpen,
  resumeSaved,
  requestId,
  serverError,
}: {
  jobId: string
  jobTitle: string
  prepared: PreparedApply
  sheetOpen: boolean
  resumeSaved: boolean
  requestId: string
  serverError: string | null
}) {
  const apply = useApply(jobId, prepared.alreadyApplied?.status ?? null, requestId)
  const { phase } = apply
  const asks = prepared.questions.length > 0 || prepared.hardMismatches.length > 0
  const showSheet = phase.kind === 'sheet' || (sheetOpen && phase.kind === 'idle' && asks)
  const error = phase.kind === 'error' ? phase.message : serverError

  return (
    <Card id="apply" className="scroll-mt-20 space-y-3" data-testid="job-apply">
      <section aria-labelledby="apply-heading" className="space-y-3">
        <h2 id="apply-heading" className="text-lg font-bold text-ink-900">
          {phase.kind === 'applied' ? 'Your application' : 'Apply for this job'}
        </h2>
        {phase.kind === 'applied' ? (
          <>
            <AppliedState status={phase.status} />
            <p className="text-sm text-ink-700" role="status">
              {phase.created ? 'Done — the employer can see your resume now. We will tell you the moment they reply.' : 'You have applied. Follow every step in My applications.'}
            </p>
          </>
        ) : !prepared.hasResume ? (
          <>
            <p className="text-sm text-ink-700">You need a resume to apply. Make one with AIVI in about 3 minutes, or upload your PDF — then we bring you back here.</p>
            <ButtonLink to={resumeFirstHref(jobId)} className="w-full sm:w-auto" data-testid="apply-needs-resume">
              Make my resume to apply
            </ButtonLink>
          </>
        ) : showSheet ? (
          <ApplySheet
            jobId={jobId}
            jobTitle={jobTitle}
            prepared={phase.kind === 'sheet' ? phase.prepared : prepared}
            busy={false}
            error={error}
            clientRequestId={requestId}
            onConfirm={(answers) => void apply.confirm(answers)}
            onCancel={phase.kind === 'sheet' ? apply.cancel : undefined}
          />
        ) : (
          <>
            {resumeSaved ? (
              <p className="rounded-xl bg-teal-300/25 px-3 py-2 text-sm font-semibold text-teal-800" role="status">
                Your resume is saved. You can apply now.
              </p>
            ) : (
              <p className="text-sm text-ink-700">{asks ? 'One tap, then a quick question or two your resume does not answer.' : 'One tap: the employer gets your current resume.'}</p>
            )}
            {prepared.hardMismatches.length ? (
              <ul className="list-inside list-disc text-sm font-semibold text-ink-900" aria-label="What this job needs that you have not told us">
                {prepared.hardMismatches.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            ) : null}
            <Form
              method="post"
              action={`/jobs/${jobId}`}
              onSubmit={(e) => {
                e.preventDefault()
                void apply.start(prepared)
              }}
            >
              <input type="hidden" name="intent" value="apply" />
              <input type="hidden" name="clientRequestId" value={requestId} />
              <Button type="submit" size="lg" disabled={phase.kind === 'working'} className="w-full sm:w-auto" data-testid="job-apply-button">
                {phase.kind === 'working' ? 'Applying…' : 'Apply'}
              </Button>
            </Form>
            {error ? (
              <p role="alert" className="rounded-xl bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
                {error}
              </p>
            ) : null}
          </>
        )}
      </section>
    </Card>
  )
}
