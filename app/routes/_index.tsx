import type { MetaFunction } from '@remix-run/node'
import { Footer } from '~/components/ui/footer'
import { ButtonLink } from '~/components/ui/button'
import { Navbar } from '~/components/ui/navbar'
import { Bot, Lock, Target, Users } from 'lucide-react'

export const meta: MetaFunction = () => [
  { title: 'AIVIUE — Hire faster across India' },
  { name: 'description', content: 'AIVIUE connects employers with verified candidates for delivery, driving, telecalling, trades, retail and office jobs across India.' },
]

const reasons = [
  { icon: Bot, title: 'Post a job by pasting it', body: 'Paste your job description. AIVI reads it, fills the form and asks only what is missing.' },
  { icon: Target, title: 'Matched, not just listed', body: 'Candidates are matched on role, city and nearby areas, experience, salary and must-haves like a driving licence.' },
  { icon: Users, title: 'Built for every worker', body: 'Delivery riders, drivers, telecallers, electricians, cooks, nurses and engineers build resumes with a simple chat.' },
  { icon: Lock, title: 'Privacy by design', body: 'Aadhaar and PAN are encrypted and never shown to employers. Candidates own their data.' },
]

export default function Index() {
  return (
    <>
      <Navbar
        phoneAction={
          <ButtonLink to="/employer/signup" variant="secondary" size="sm">
            Sign Up
          </ButtonLink>
        }
      >
        <ButtonLink to="/candidate" variant="teal" size="sm">
          For Candidates
        </ButtonLink>
        <ButtonLink to="/employer/login" variant="ghost" size="sm">
          Login
        </ButtonLink>
        <ButtonLink to="/employer/signup" variant="secondary" size="sm">
          Sign Up
        </ButtonLink>
      </Navbar>
      <main id="main" className="mx-auto max-w-6xl px-4">
        <section className="grid gap-8 py-12 md:grid-cols-2 md:items-center md:py-20">
          <div className="text-white">
            <p className="inline-block rounded-full bg-white/15 px-3 py-1 text-sm font-semibold">For employers across India</p>
            <h1 className="mt-4 text-4xl font-black leading-tight sm:text-5xl">Hire the right people, in days not weeks.</h1>
            <p className="mt-4 max-w-prose text-lg text-white/90">
              AIVIUE brings you candidates who fit the role, the city and the shift — from delivery partners to developers.
            </p>
            <div className="mt-6 flex flex-wrap gap-3">
              <ButtonLink to="/employer/signup" size="lg">
                Post a job free
              </ButtonLink>
              <ButtonLink to="/candidate" size="lg" variant="secondary">
                I am looking for a job
              </ButtonLink>
            </div>
          </div>
          <div className="glass p-6">
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">How hiring works</p>
            <ol className="mt-4 space-y-4">
              {['Sign up with your email', 'Paste a job description or answer AIVI’s questions', 'Publish and see matched candidates'].map((step, i) => (
                <li key={step} className="flex items-start gap-3">
                  <span className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-gradient-to-br from-brand-500 to-blush-500 font-bold text-white">{i + 1}</span>
                  <span className="pt-1 font-medium text-ink-900">{step}</span>
                </li>
              ))}
            </ol>
          </div>
        </section>
        <section aria-labelledby="why" className="py-8">
          <h2 id="why" className="text-2xl font-extrabold text-white sm:text-3xl">
            Why AIVIUE
          </h2>
          <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {reasons.map((r) => (
              <div key={r.title} className="glass p-5">
                <r.icon aria-hidden className="h-8 w-8 text-brand-700" />
                <h3 className="mt-2 text-lg font-bold text-ink-900">{r.title}</h3>
                <p className="mt-1 text-sm text-ink-700">{r.body}</p>
              </div>
            ))}
          </div>
        </section>
      </main>
      <Footer />
    </>
  )
}
