import { Form, NavLink } from '@remix-run/react'
import { buttonClasses } from '../ui/button'
import { cn } from '../ui/cn'
import { Navbar } from '../ui/navbar'

const LINKS = [
  { to: '/employer', label: 'Dashboard', end: true },
  { to: '/employer/jobs/new', label: 'Post a job', end: true },
  { to: '/employer/profile', label: 'Profile', end: true },
] as const

/** The employer's navigation on every employer page: Dashboard · Post a job · Profile · Log out. */
export function EmployerNav() {
  return (
    <Navbar logoTo="/employer">
      <ul className="flex flex-wrap items-center gap-1">
        {LINKS.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end} className={({ isActive }) => cn(buttonClasses('ghost', 'sm'), isActive && 'bg-white/25')}>
              {l.label}
            </NavLink>
          </li>
        ))}
        <li>
          <Form method="post" action="/logout">
            <button type="submit" className={buttonClasses('ghost', 'sm')}>
              Log out
            </button>
          </Form>
        </li>
      </ul>
    </Navbar>
  )
}
