import { useBeforeUnload, useBlocker } from '@remix-run/react'
import { useCallback, useEffect } from 'react'

export const UNSAVED_CHANGES_PROMPT = 'You have changes on this page that are not saved yet. Leave without saving them?'

/**
 * While `dirty`, leaving the page asks first: a reload or closing the tab (the browser's own
 * dialog) and a link to another page (a confirm). Posting another form of the same page is not
 * leaving: its unsaved neighbours keep what was typed.
 */
export function useUnsavedChanges(dirty: boolean): void {
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (!dirty) return
        event.preventDefault()
        // NOTE: older Chromium shows the dialog only when returnValue is set
        event.returnValue = ''
      },
      [dirty],
    ),
  )
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname)
  useEffect(() => {
    if (blocker.state !== 'blocked') return
    if (window.confirm(UNSAVED_CHANGES_PROMPT)) blocker.proceed()
    else blocker.reset()
  }, [blocker])
}
