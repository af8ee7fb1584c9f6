import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useServerMessage } from '~/i18n/server-messages'
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
  const { t } = useTranslation('apply')
  const say = useServerMessage()
  const { phase } = apply
  const asks = prepared.questions.length > 0 || prepared.hardMismatches.length > 0
  const showSheet = phase.kind === 'sheet' || (sheetOpen && phase.kind === 'idle' && asks)
  // the job page's action passes the server's refusal as it came (English): said here in the page's language
  const error = phase.kind === 'error' ? phase.message : serverError ? say(serverError) : null

  return (
    <Card id="apply" className="scroll-mt-20 space-y-3" data-testid="job-apply">
      <section aria-labelledby="apply-heading" className="space-y-3">
        <h2 id="apply-heading" className="text-lg font-bold text-ink-900">
          {phase.kind === 'applied' ? t('job.headingApplied') : t('job.heading')}
        </h2>
        {phase.kind === 'applied' ? (
          <>
            <AppliedState status={phase.status} />
            <p className="text-sm text-ink-700" role="status">
              {phase.created ? t('job.created') : t('job.already')}
            </p>
          </>
        ) : !prepared.hasResume ? (
          <>
            <p className="text-sm text-ink-700">{t('job.needResume')}</p>
            <ButtonLink to={resumeFirstHref(jobId)} className="w-full sm:w-auto" data-testid="apply-needs-resume">
              {t('job.makeResume')}
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
                {t('job.resumeSaved')}
              </p>
            ) : (
              <p className="text-sm text-ink-700">{asks ? t('job.oneTapAsks') : t('job.oneTap')}</p>
            )}
            {prepared.hardMismatches.length ? (
              <ul className="list-inside list-disc text-sm font-semibold text-ink-900" aria-label={t('job.mismatchesLabel')}>
                {prepared.hardMismatches.map((m) => (
                  <li key={m}>{say(m)}</li>
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
                {phase.kind === 'working' ? t('applying') : t('apply')}
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
