import { Link } from '@remix-run/react'
import { ChatPanel } from '../chat/chat-panel'
import type { ChatSnapshot } from '../chat/transcript'
import { EmployerNav } from './employer-nav'

/**
 * A page holding one job-posting conversation (the one chat panel on the `jobBot` router): the
 * employer nav, a title row, and the chat filling the rest of the screen — a flex column of the
 * viewport's height, so only the transcript scrolls and the composer stays at the bottom (above
 * the keyboard) whatever height the nav has on this screen.
 */
export function JobChatPage({ heading, back, snapshot }: { heading: string; back: { to: string; label: string }; snapshot: ChatSnapshot }) {
  return (
    <div className="flex h-screen flex-col supports-[height:100dvh]:h-[100dvh]">
      <EmployerNav />
      <main id="main" className="mx-auto flex min-h-0 w-full max-w-3xl flex-1 flex-col gap-2 px-3 py-3 sm:px-4 sm:py-4">
        <div className="flex flex-wrap items-center justify-between gap-x-3">
          <h1 className="text-xl font-extrabold text-white sm:text-2xl">{heading}</h1>
          <Link to={back.to} className="inline-flex min-h-[44px] items-center text-sm font-semibold text-white underline">
            {back.label}
          </Link>
        </div>
        <ChatPanel
          key={snapshot.session.id}
          bot="jobBot"
          sessionId={snapshot.session.id}
          initial={snapshot}
          readOnly={snapshot.session.status !== 'active'}
          title={snapshot.session.title}
          currentResumeVersion={null}
          className="min-h-0 flex-1"
        />
      </main>
    </div>
  )
}
