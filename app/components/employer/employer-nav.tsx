import { Form, NavLink } from '@remix-run/react'
import { NotificationBell } from '../notifications/notification-bell'
import { cn } from '../ui/cn'
import { Navbar } from '../ui/navbar'

const LINKS = [
  { to: '/employer', label: 'Dashboard', end: true },
  { to: '/employer/jobs/new', label: 'Post a job', end: true },
  { to: '/employer/profile', label: 'Profile', end: true },
] as const

// narrow padding on phones keeps all four on one row at 360 px; 44 px tall for thumbs
const ITEM = 'inline-flex min-h-[44px] items-center rounded-lg px-1.5 text-sm font-semibold text-white hover:bg-white/15 sm:px-3'

/** The employer's navigation on every employer page: Dashboard · Post a job · Profile · Log out, and the notifications bell. */
export function EmployerNav() {
  return (
    <Navbar logoTo="/employer" corner={<NotificationBell href="/employer/notifications" />}>
      <ul className="flex flex-wrap items-center sm:gap-1">
        {LINKS.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end} className={({ isActive }) => cn(ITEM, isActive && 'bg-white/25')}>
              {l.label}
            </NavLink>
          </li>
        ))}
        <li>
          <Form method="post" action="/logout">
            <button type="submit" className={ITEM}>
              Log out
            </button>
          </Form>
        </li>
      </ul>
    </Navbar>
  )
}
