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

export const BOT_COPY: Readonly<Record<ChatBot, BotCopy>> = {
  chat: {
    foundTitle: 'Here is what I found in your resume',
    previewTitle: 'Your resume — check your answers',
    confirmButton: 'Looks good — save',
    confirmLabel: 'Looks good — save my resume',
    reading: 'Reading your resume…',
    finished: 'This conversation is finished. Start a new chat to change your resume.',
  },
  jobBot: {
    foundTitle: 'Here is what I found in your job description',
    previewTitle: 'Your job — check it before publishing',
    confirmButton: 'Publish job',
    confirmLabel: 'Looks good — publish the job',
    reading: 'Reading your job description…',
    finished: 'This conversation is finished. Open the job from your dashboard to change it.',
  },
}
