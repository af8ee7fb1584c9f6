import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { EmptyJobs, JobGrid } from '~/components/jobs/job-grid'
import { NudgeCard } from '~/components/jobs/nudge-card'
import { ButtonLink } from '~/components/ui/button'
import { Card } from '~/components/ui/card'

export const meta: MetaFunction = () => [{ title: 'Home — AIVIUE' }]

export async function loader({ context }: LoaderFunctionArgs) {
  const [me, recs] = await Promise.all([context.trpc.candidate.me(), context.trpc.matching.recommendations({ limit: 6 })])
  return { me, recs, now: new Date().toISOString() }
}

export default function Home() {
  const { me, recs, now } = useLoaderData<typeof loader>()
  const resume = me.resume
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-extrabold text-white sm:text-3xl">Namaste, {me.fullName.split(' ')[0]}</h1>
      <div className="grid gap-4 md:grid-cols-2">
        <Card data-testid="resume-status">
          <h2 className="text-lg font-bold text-ink-900">Your resume</h2>
          {resume.status === 'none' ? (
            <>
              <p className="mt-1 text-sm text-ink-700">You have no resume yet. Build one with AIVI in a few minutes, or upload your PDF.</p>
              <ButtonLink to="/resume" className="mt-4">
                Start my resume
              </ButtonLink>
            </>
          ) : resume.status === 'in_progress' ? (
            <>
              <p className="mt-1 text-sm text-ink-700">Your resume is in progress. Continue where you left off.</p>
              <ButtonLink to="/resume" className="mt-4">
                Continue my resume
              </ButtonLink>
            </>
          ) : (
            <>
              <p className="mt-1 text-sm text-ink-700">Your resume is ready (version {resume.current?.version}).</p>
              <div className="mt-4 flex flex-wrap gap-2">
                <ButtonLink to="/resume">View resume</ButtonLink>
                <a href={`/resume/download`} className="inline-flex min-h-[44px] items-center rounded-xl border border-brand-200 bg-white/85 px-4 font-semibold text-brand-800">
                  Download PDF
                </a>
              </div>
            </>
          )}
        </Card>
        <Card data-testid="profile-completeness">
          <div className="flex items-center justify-between">
            <h2 className="text-lg font-bold text-ink-900">Profile completeness</h2>
            <span className="text-2xl font-black text-brand-700">{me.completeness.percent}%</span>
          </div>
          <div className="mt-3 h-3 overflow-hidden rounded-full bg-brand-100" role="progressbar" aria-valuenow={me.completeness.percent} aria-valuemin={0} aria-valuemax={100} aria-label="Profile completeness">
            <div className="h-full rounded-full bg-gradient-to-r from-teal-400 to-brand-500" style={{ width: `${me.completeness.percent}%` }} />
          </div>
          {me.completeness.missing.length ? (
            <p className="mt-3 text-sm text-ink-700">
              Add: {me.completeness.missing.slice(0, 3).join(', ')}.{' '}
              <Link to="/profile" className="font-semibold text-brand-700 underline">
                Complete profile
              </Link>
            </p>
          ) : (
            <p className="mt-3 text-sm text-teal-800">Your profile is complete.</p>
          )}
        </Card>
      </div>
      <section aria-labelledby="top-jobs">
        <div className="flex items-center justify-between">
          <h2 id="top-jobs" className="text-xl font-extrabold text-white">
            Jobs for you
          </h2>
          <Link to="/jobs" className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
            Explore more jobs
          </Link>
        </div>
        <div className="mt-4 space-y-4" data-testid="top-jobs">
          {recs.nudge ? <NudgeCard nudge={recs.nudge} /> : null}
          {recs.items.length ? (
            <JobGrid jobs={recs.items} now={new Date(now)} label="Jobs for you" />
          ) : (
            <EmptyJobs title="No jobs match your profile yet" testId="top-jobs-empty">
              <p>New jobs arrive every day. Meanwhile, look through every open job, or widen your job preferences.</p>
              <p className="flex flex-wrap justify-center gap-3">
                <ButtonLink to="/jobs#explore">Explore more jobs</ButtonLink>
                <ButtonLink to="/profile" variant="secondary">
                  Update my job preferences
                </ButtonLink>
              </p>
            </EmptyJobs>
          )}
        </div>
      </section>
    </div>
  )
}
