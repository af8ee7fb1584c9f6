import { useTranslation } from 'react-i18next'
import type { ChatBot } from './transcript'

/**
 * The few words of the chat's own chrome that differ between the two bots (the bot's messages
 * themselves come from the server). Everything else — transcript, inputs, transport — is shared.
 */
export type BotCopy = {
  /** heading of the "found in your upload" card */
  foundTitle: string
  /** heading of the preview card */
  previewTitle: string
  /** the preview's confirm button */
  confirmButton: string
  /** the user's bubble for that confirm until the server's own copy arrives (the server says the same) */
  confirmLabel: string
  /** while an uploaded file is read */
  reading: string
  /** the composer once the conversation is over */
  finished: string
}

/** The job-posting bot's words: employers' pages are English (decision 017). */
const JOB_BOT_COPY: BotCopy = {
  foundTitle: 'Here is what I found in your job description',
  previewTitle: 'Your job — check it before publishing',
  confirmButton: 'Publish job',
  confirmLabel: 'Looks good — publish the job',
  reading: 'Reading your job description…',
  finished: 'This conversation is finished. Open the job from your dashboard to change it.',
}

/** The resume bot's words come from the page's language (chat:copy). */
export function useBotCopy(bot: ChatBot): BotCopy {
  const { t } = useTranslation('chat')
  if (bot === 'jobBot') return JOB_BOT_COPY
  return {
    foundTitle: t('copy.foundTitle'),
    previewTitle: t('copy.previewTitle'),
    confirmButton: t('copy.confirmButton'),
    confirmLabel: t('copy.confirmLabel'),
    reading: t('copy.reading'),
    finished: t('copy.finished'),
  }
}
