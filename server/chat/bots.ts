import type { BotOutput } from './chat-machine'
import { RESUME_PDF_MAX_BYTES, MAX_PASTED_TEXT } from './chat-machine'
import { VOCABULARIES, type BotKind, type Vocabulary } from './vocabulary'

/**
 * A bot is a definition the one chat engine runs: its vocabulary (answer keys and their schemas),
 * its words, what "upload" means for it, and what confirming the preview asks the service to do.
 * The question templates (in the database) name the bot they belong to.
 */
export interface BotTexts {
  welcome: (firstName: string, roleName: string) => string
  methodPrompt: string
  uploadLabel: string
  botLabel: string
  botIntro: string
  welcomeBack: (firstName: string) => string
  foundNothing: string
  moreDetails: string
  retryPrompt: string
  retryLabel: string
  uploadFailed: string
  pasteTooShort: string
  reading: string
  done: string
  alreadyDone: string
  requiredAnswer: string
  notPart: string
  /** the user's side of a `confirm` in the transcript */
  confirmLabel: string
  /** asking to confirm a prefilled or extracted value, when the question has no `confirmPrompt`; `{value}` is filled in */
  confirmValue: (label: string) => string
  /** before a total worked out again from answers that changed (`prefillFrom`) is asked about */
  recheckDerived: (sourceLabel: string, label: string, workedOut: boolean) => string
}

export interface BotDefinition {
  kind: BotKind
  vocabulary: Vocabulary
  texts: BotTexts
  /** what choosing "upload" asks for */
  intake: Extract<BotOutput, { type: 'upload_request' | 'paste_request' }>
  /** the output a confirmed preview emits; the service's completion effect acts on it */
  completion: 'resume_confirmed' | 'job_confirmed'
}

export const RESUME_BOT: BotDefinition = {
  kind: 'resume',
  vocabulary: VOCABULARIES.resume,
  texts: {
    welcome: (name, role) => `Hi ${name}! I'm AIVI. Let's make your resume for ${role} jobs.`,
    methodPrompt: 'How would you like to make your resume?',
    uploadLabel: 'Upload PDF',
    botLabel: 'Create with AIVI bot',
    botIntro: 'Great — I’ll ask a few quick questions. You can change any answer later.',
    welcomeBack: (name) => `Welcome back, ${name}! Here is your resume — tap any answer to change it.`,
    foundNothing: 'I couldn’t find your details in that PDF — let’s build your resume together instead.',
    moreDetails: 'I just need a few more details.',
    retryPrompt: 'Try another PDF, or build your resume with me?',
    retryLabel: 'Try another PDF',
    uploadFailed: 'I couldn’t read that PDF.',
    pasteTooShort: 'Please upload your resume as a PDF.',
    reading: 'Reading your resume…',
    done: 'Your resume is saved. Start a new chat to change it.',
    alreadyDone: 'Your resume is already saved.',
    requiredAnswer: 'This one is needed for your resume — please answer it.',
    notPart: 'That question is not part of this resume.',
    confirmLabel: 'Looks good — save my resume',
    confirmValue: (label) => `We have your ${label.toLowerCase()} as {value} — is that right?`,
    recheckDerived: (source, label, workedOut) =>
      workedOut ? `Your ${source.toLowerCase()} changed, so I worked out your ${label.toLowerCase()} again.` : `Your ${source.toLowerCase()} changed — please check your ${label.toLowerCase()}.`,
  },
  intake: { type: 'upload_request', prompt: 'Upload your resume as a PDF (up to 2 MB).', accept: ['application/pdf'], maxBytes: RESUME_PDF_MAX_BYTES },
  completion: 'resume_confirmed',
}

export const JOB_BOT: BotDefinition = {
  kind: 'job',
  vocabulary: VOCABULARIES.job,
  texts: {
    welcome: (name) => `Hi ${name}! I'm AIVI. Let's post your job — free, and seen by matching candidates at once.`,
    methodPrompt: 'Do you have a job description to paste? I’ll read it and ask only what it doesn’t say.',
    uploadLabel: 'Paste job description',
    botLabel: 'Answer a few questions',
    botIntro: 'Great — I’ll ask a few quick questions. You can change any answer before you publish.',
    welcomeBack: () => 'Here is your job — tap any answer to change it, then publish.',
    foundNothing: 'I couldn’t find the job’s details in that text — let’s fill them in together instead.',
    moreDetails: 'I just need a few more details.',
    retryPrompt: 'Try pasting it again, or answer a few questions instead?',
    retryLabel: 'Paste again',
    uploadFailed: 'I couldn’t read that job description.',
    pasteTooShort: 'That’s too short to be a job description — paste the whole posting, or answer a few questions instead.',
    reading: 'Reading your job description…',
    done: 'Your job is published. Open it from your dashboard to change it.',
    alreadyDone: 'This job is already published.',
    requiredAnswer: 'This one is needed to publish the job — please answer it.',
    notPart: 'That question is not part of this job.',
    confirmLabel: 'Looks good — publish the job',
    confirmValue: (label) => `I read the ${label.toLowerCase()} as {value} — is that right?`,
    recheckDerived: (source, label, workedOut) =>
      workedOut ? `The ${source.toLowerCase()} changed, so I worked out the ${label.toLowerCase()} again.` : `The ${source.toLowerCase()} changed — please check the ${label.toLowerCase()}.`,
  },
  intake: {
    type: 'paste_request',
    prompt: 'Paste the job description here (WhatsApp posts, Naukri or LinkedIn pages all work) — or upload it as a PDF.',
    maxLength: MAX_PASTED_TEXT,
    acceptPdf: true,
    maxBytes: RESUME_PDF_MAX_BYTES,
  },
  completion: 'job_confirmed',
}

export const BOTS: Readonly<Record<BotKind, BotDefinition>> = { resume: RESUME_BOT, job: JOB_BOT }
