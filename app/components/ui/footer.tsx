import { Link } from '@remix-run/react'

export function Footer() {
  return (
    <footer className="mt-16 border-t border-white/15 bg-brand-900/50 text-white/85 backdrop-blur-xl">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="text-lg font-bold text-white">AIVIUE</p>
          <p className="mt-2 text-sm">Jobs for every skill, in every Indian city. Build your resume in minutes with AIVI.</p>
        </div>
        <div>
          <p className="font-semibold text-white">Candidates</p>
          <ul className="mt-2 space-y-1 text-sm">
            <li>
              <Link className="underline-offset-2 hover:underline" to="/candidate">
                Find jobs
              </Link>
            </li>
          </ul>
        </div>
        <div>
          <p className="font-semibold text-white">Employers</p>
          <ul className="mt-2 space-y-1 text-sm">
            <li>
              <Link className="underline-offset-2 hover:underline" to="/">
                Hire with AIVIUE
              </Link>
            </li>
          </ul>
        </div>
      </div>
      <p className="pb-6 text-center text-xs text-white/70">© {new Date().getFullYear()} AIVIUE. Made in India.</p>
    </footer>
  )
}
