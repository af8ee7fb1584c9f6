import { useRevalidator } from '@remix-run/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNotificationEvents } from '~/utils/live-notifications'
import { getBrowserTrpc } from '~/utils/trpc-client'
import type { CandidateApplication } from './application-card'
import { statusLabel } from './application-status'

/**
 * The candidate's applications, kept live: each notification about an application re-reads that
 * one application (`applications.get`) and puts it in place; anything else (a new application from
 * another device, a change the HTTP poll noticed without details) re-reads the page.
 */
export function useLiveApplications(initial: CandidateApplication[]) {
  const revalidator = useRevalidator()
  const [fresh, setFresh] = useState<Record<string, CandidateApplication>>({})
  const [announcement, setAnnouncement] = useState<string | null>(null)
  const known = useRef(new Set(initial.map((a) => a.id)))
  const { t, i18n } = useTranslation('applications')

  // the loader's data is newer than what we patched in (a revalidation, a form post)
  useEffect(() => {
    known.current = new Set(initial.map((a) => a.id))
    setFresh({})
  }, [initial])

  useNotificationEvents((n) => {
    const id = n?.applicationId
    if (!id || !known.current.has(id)) {
      revalidator.revalidate()
      return
    }
    getBrowserTrpc()
      .http.applications.get.query({ applicationId: id })
      .then((app) => {
        setFresh((f) => ({ ...f, [id]: app }))
        setAnnouncement(t('list.live', { title: app.job.title, status: statusLabel(app.status, i18n.language) }))
      })
      .catch(() => revalidator.revalidate())
  })

  const items = useMemo(() => initial.map((a) => fresh[a.id] ?? a), [initial, fresh])
  return { items, announcement }
}
