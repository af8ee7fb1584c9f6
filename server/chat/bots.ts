import type { BotOutput } from './chat-machine'
import { RESUME_PDF_MAX_BYTES, MAX_PASTED_TEXT } from './chat-machine'
import { en, fill, type ChatMessages } from './messages'
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
  /** the intake's prompt in this language (absent: `intake.prompt` as written) */
  intakePrompt?: string
}

export interface BotDefinition {
  kind: BotKind
  vocabulary: Vocabulary
  texts: BotTexts
  /** what choosing "upload" asks for */
  intake: Extract<BotOutput, { type: 'upload_request' | 'paste_request' }>
  /** the output a confirmed preview emits; the service's completion effect acts on it */
  completion: 'resume_confirmed' | 'job_confirmed'
  /** its words from a language's message file; absent: the bot speaks only `texts` (the job bot: employer pages stay English) */
  textsIn?: (messages: ChatMessages) => BotTexts
}

/** The resume bot's words from a message file (`server/chat/messages/<code>.ts`). */
function resumeTexts(m: ChatMessages): BotTexts {
  const b = m.bot
  return {
    welcome: (name, role) => fill(b.welcome, { name, role }),
    methodPrompt: b.methodPrompt,
    uploadLabel: b.uploadLabel,
    botLabel: b.botLabel,
    botIntro: b.botIntro,
    welcomeBack: (name) => fill(b.welcomeBack, { name }),
    foundNothing: b.foundNothing,
    moreDetails: b.moreDetails,
    retryPrompt: b.retryPrompt,
    retryLabel: b.retryLabel,
    uploadFailed: b.uploadFailed,
    pasteTooShort: b.pasteTooShort,
    reading: b.reading,
    done: b.done,
    alreadyDone: b.alreadyDone,
    requiredAnswer: b.requiredAnswer,
    notPart: b.notPart,
    confirmLabel: b.confirmLabel,
    confirmValue: (label) => fill(b.confirmValue, { label: label.toLowerCase() }),
    recheckDerived: (source, label, workedOut) => fill(workedOut ? b.recheckWorkedOut : b.recheckCheck, { source: source.toLowerCase(), label: label.toLowerCase() }),
    intakePrompt: b.intakePrompt,
  }
}

export const RESUME_BOT: BotDefinition = {
  kind: 'resume',
  vocabulary: VOCABULARIES.resume,
  texts: resumeTexts(en),
  textsIn: resumeTexts,
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
