import { z } from 'zod'
import { formatAnswer, humaniseKey, toRawInput, type FormatWords } from './answer-format'
import { formatDurationMonths } from '../normalise/experience'
import {
  effectiveSalaryUnit,
  effectiveSuggestions,
  parseAnswer,
  parseYesNo,
  specialAnswer,
  tidyText,
  type AnswerValue,
  type JobType,
  type ParseContext,
} from './answer-parsing'
import type { BotDefinition } from './bots'
import { conditionKeys, evaluateCondition } from './conditions'
import { workEntriesMonths } from './entries'
import { CHAT_LANGUAGES, DEFAULT_LANGUAGE, en, languageCodeSchema, type ChatMessages } from './messages'
import { localiseTemplate } from './template-translations'
import type { EntryKind, FileSpec, Question, QuestionOption, QuestionTemplate, QuestionValidation, QuickPick, SalaryUnit } from './question-template'
import { checkExpectedSalary } from './salary-bounds'
import { validAnswersFor } from './vocabulary'

/**
 * The AIVI chat engine as a pure state machine, serving every bot (the resume bot and the
 * job-posting bot; `ctx.bot` says which — its vocabulary, its words, what "upload" means and
 * what completing the conversation asks the service to do):
 *   transition(state, event, ctx) → { state, outputs, accepted }
 * No I/O, no clock (ctx.now), deterministic. The service persists `state`
 * (jsonb), stores and publishes `outputs`, and runs the side effects they ask
 * for (save the resume, draft an "about me").
 *
 * Decisions (the lead builds on these):
 * - Versioning: every ACCEPTED event returns `version + 1`. A rejected event
 *   (stale, invalid answer, wrong step) returns the SAME state object and
 *   `accepted: false`, so the client's expected version stays valid for a retry.
 * - Next question: the first question in template order whose condition holds
 *   and that is neither answered nor skipped. On the upload path (and when a
 *   saved resume is re-opened) only required questions are asked; optional ones
 *   can still be added from the preview with `edit`.
 * - Changing an answer drops every answer whose condition no longer holds (one
 *   ordered pass: conditions only read earlier questions), then continues with
 *   the next unanswered question, or returns to the preview. Answers that
 *   depend on it are checked again: a drafted About (`draftSources`) and a
 *   total offered from it (`prefillFrom`: worked out again, then confirmed).
 * - Profile-prefilled questions (fromProfile) are CONFIRMED, not asked: the bot
 *   says "We have your date of birth as 12-03-1999 — is that right?". yes keeps
 *   the profile value; no re-asks the question (prefilled); any other input is
 *   parsed as a corrected answer. A profile value that fails the question's
 *   validation (e.g. one language where 2 are needed) is asked, prefilled.
 * - Optional questions are skipped with `null` / `{ skip: true }` / "" / "skip".
 *   "Write it for me" is `{ draft: true }`: the machine emits
 *   `request_about_draft`; the service answers with `draft_about_result`, and
 *   the draft comes back as the question's prefill for the candidate to edit.
 * - Language (docs/decisions/016): the state names the language the bot speaks; every output is
 *   rendered in it (the template's translations, the bot's words and the engine's messages from
 *   the language's message file). `set_language` switches it and re-renders where the
 *   conversation is; answers are language-independent (keys and option values), so nothing else moves.
 */

/** a pasted job description: long corporate JDs run to ~10 000 characters */
export const MAX_PASTED_TEXT = 20_000

// ── state ───────────────────────────────────────────────────────────────────

export const CHAT_STEPS = ['welcome', 'choose_method', 'waiting_upload', 'asking', 'preview', 'done'] as const
export type ChatStep = (typeof CHAT_STEPS)[number]
export type ResumeMethod = 'bot' | 'upload'
export type QuestionMode = 'ask' | 'confirm'

/** a key of the bot's vocabulary; answers are checked against it whenever they enter the state */
type AnswerKey = string
export type Answers = Record<string, unknown>
const answerKeySchema = z.string().regex(/^[a-z][a-z0-9_]{0,59}$/)

export const chatStateSchema = z
  .object({
    version: z.number().int().min(0),
    step: z.enum(CHAT_STEPS),
    method: z.enum(['bot', 'upload']).nullable(),
    /** only required questions are asked (upload path, or a saved resume re-opened for editing) */
    requiredOnly: z.boolean(),
    currentQuestionKey: answerKeySchema.nullable(),
    /** how the current question is shown; 'confirm' = a profile value to confirm */
    questionMode: z.enum(['ask', 'confirm']).nullable(),
    /** the current question was re-opened (edit/back) to change an answer */
    editing: z.boolean(),
    answers: z.record(z.string(), z.unknown()),
    /** answers an extractor was unsure of: asked as "is this right?" before they count */
    unconfirmed: z.array(answerKeySchema).default([]),
    /** optional questions the candidate skipped; they count as answered */
    skipped: z.array(answerKeySchema),
    /** answered keys, most recent last; `back` walks it */
    history: z.array(answerKeySchema),
    /** "Write it for me" in flight (pending) or shown as prefill (ready) */
    draft: z.object({ key: answerKeySchema, status: z.enum(['pending', 'ready']), text: z.string().max(8000).nullable() }).strict().nullable(),
    /**
     * For each answer sent as the bot wrote it ("Write it for me"), the answers it was written
     * from. When one of those changes, the text may say something no longer true (licence Yes →
     * No): it goes back to "unconfirmed" and is asked as "is this still right?".
     */
    draftSources: z.record(answerKeySchema, z.record(z.string(), z.unknown())).default({}),
    /** the template the session started with, for audit */
    template: z.object({ family: z.string(), version: z.number().int() }).strict(),
    /** the language the bot speaks (a code of `CHAT_LANGUAGES`); states stored before it speak English */
    language: languageCodeSchema.default(DEFAULT_LANGUAGE),
  })
  .strict()
export type ChatState = z.infer<typeof chatStateSchema>

/** Validate a state loaded from the database (jsonb). Throws on a corrupt row. */
export function parseChatState(json: unknown): ChatState {
  return chatStateSchema.parse(json)
}

/**
 * A fresh session. `answers` pre-loads a saved resume ("Edit" on My Resume):
 * `start` then skips the method choice and goes to what is missing, or straight to the preview.
 */
export function createInitialState(template: QuestionTemplate, bot: BotDefinition, opts: { answers?: Answers; language?: string } = {}): ChatState {
  return {
    version: 0,
    step: 'welcome',
    method: null,
    requiredOnly: false,
    currentQuestionKey: null,
    questionMode: null,
    editing: false,
    answers: opts.answers ? validAnswersFor(bot.vocabulary, opts.answers) : {},
    unconfirmed: [],
    skipped: [],
    history: [],
    draft: null,
    draftSources: {},
    template: { family: template.family, version: template.version },
    language: opts.language ?? DEFAULT_LANGUAGE,
  }
}

// ── events ──────────────────────────────────────────────────────────────────

/** Events a client may send (the tRPC input). `questionKey` is a string: the machine checks it against the template. */
export const clientChatEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }).strict(),
  z.object({ type: z.literal('choose_method'), method: z.enum(['bot', 'upload']) }).strict(),
  z.object({ type: z.literal('answer'), questionKey: z.string().min(1).max(60), value: z.unknown() }).strict(),
  z.object({ type: z.literal('edit'), questionKey: z.string().min(1).max(60) }).strict(),
  z.object({ type: z.literal('back') }).strict(),
  z.object({ type: z.literal('confirm') }).strict(),
  z.object({ type: z.literal('restart') }).strict(),
  /** pasted text for a bot whose intake is text (a job description) */
  z.object({ type: z.literal('submit_text'), text: z.string().min(1).max(MAX_PASTED_TEXT) }).strict(),
  /** speak another language from now on: the current question is shown again in it */
  z.object({ type: z.literal('set_language'), language: languageCodeSchema }).strict(),
])
export type ClientChatEvent = z.infer<typeof clientChatEventSchema>

/** Events only the service produces (results of the side effects it ran). */
export type ServiceChatEvent =
  /** `unconfirmed`: keys the extractor was unsure of (confirmed with the user before they count) */
  | { type: 'upload_result'; answers: Answers; unconfirmed?: string[] }
  | { type: 'upload_failed'; reason: string }
  | { type: 'draft_about_result'; text: string }

export type ChatEvent = ClientChatEvent | ServiceChatEvent

// ── context ─────────────────────────────────────────────────────────────────

export interface MachineProfile {
  name: string
  /** job bot: the employer's company, confirmed rather than asked */
  companyName?: string | null
  /** ISO yyyy-mm-dd */
  dateOfBirth?: string | null
  currentCity?: string | null
  languages?: string[] | null
  /** Profile → About as plain text: the profile owns it (decision 010), the bot confirms it */
  about?: string | null
  roleName: string
  /** the role's name by language code (master data, decision 018); `roleName` is the English */
  roleNames?: Readonly<Record<string, string>>
  jobType: JobType
}

export interface MachineContext {
  bot: BotDefinition
  template: QuestionTemplate
  /**
   * Data the service looked up for this turn, applied to a question before it is shown or parsed
   * (e.g. role options suggested from the job title, pay quick picks from live jobs). Pure.
   */
  adaptQuestion?: (question: Question, answers: Readonly<Answers>) => Question
  profile: MachineProfile
  suggestedSkills: readonly string[]
  now: Date
  /** canonical city for typed text, or null if unknown (pure lookup); absent → tidied text is accepted */
  resolveCity?: (input: string) => string | null
  /** the languages the bot can speak, by code (default: the registered message files) */
  languages?: Readonly<Record<string, ChatMessages>>
  /** set by `inLanguage`: the language this context renders in, and its messages */
  language?: string
  messages?: ChatMessages
}

/**
 * The context as it renders in `language`: the template's translations applied, the bot's words
 * and the engine's messages from the language's message file. An unknown language renders in
 * English; a bot without words in other languages (the job bot) keeps its own.
 */
export function inLanguage(ctx: MachineContext, language: string): MachineContext {
  if (ctx.language === language) return ctx
  const languages = ctx.languages ?? CHAT_LANGUAGES
  const known = languages[language]
  const messages = known ?? languages[DEFAULT_LANGUAGE] ?? en
  const texts = ctx.bot.textsIn ? ctx.bot.textsIn(messages) : ctx.bot.texts
  const intake = { ...ctx.bot.intake, prompt: texts.intakePrompt ?? ctx.bot.intake.prompt }
  // NOTE: from roleNames, never from ctx.profile.roleName: ctx may already be in another language
  const roleName = (known ? ctx.profile.roleNames?.[language] : undefined) ?? ctx.profile.roleNames?.[DEFAULT_LANGUAGE] ?? ctx.profile.roleName
  return { ...ctx, bot: { ...ctx.bot, texts, intake }, template: known ? localiseTemplate(ctx.template, language) : ctx.template, language, messages, profile: { ...ctx.profile, roleName } }
}

/** Whether the bot can speak `language`: a message file exists, and the bot has words in it (or it is the default). */
function speaks(ctx: MachineContext, language: string): boolean {
  const languages = ctx.languages ?? CHAT_LANGUAGES
  return language in languages && (ctx.bot.textsIn !== undefined || language === DEFAULT_LANGUAGE)
}

const messagesOf = (ctx: MachineContext): ChatMessages => ctx.messages ?? en

// ── outputs ─────────────────────────────────────────────────────────────────

export interface QuestionView {
  key: AnswerKey
  kind: Question['kind']
  label: string
  /** placeholders filled in */
  prompt: string
  required: boolean
  mode: QuestionMode
  /** select options; Yes/No for yes_no and for confirm mode */
  options: QuestionOption[] | null
  suggestions: string[] | null
  allowCustom: boolean
  itemNoun: { one: string; other: string } | null
  /** entries: what one entry holds (the form shown per entry) */
  entry: EntryKind | null
  /** optional entries: the button that answers "none" (an empty list), e.g. "Fresher" */
  noneLabel: string | null
  salaryUnit: SalaryUnit | null
  /** only the picks for `salaryUnit`; send `value` back as the answer */
  quickPicks: QuickPick[] | null
  validation: QuestionValidation | null
  file: FileSpec | null
  /** raw input that keeps the current/profile/draft value if sent back unchanged */
  prefill: unknown
  prefillDisplay: string | null
  canSkip: boolean
  canDraft: boolean
  /** re-asked to change an earlier answer */
  editing: boolean
  progress: { answered: number; total: number }
}

export interface AnswerItem {
  key: AnswerKey
  label: string
  /** null = optional question not answered (the preview offers to add it) */
  display: string | null
  /** true when `edit(key)` is possible */
  editable: boolean
}

export type BotOutput =
  | { type: 'text'; text: string }
  /** buttons whose value is sent as `{ type: action, method: value }` */
  | { type: 'quick_replies'; action: 'choose_method'; prompt: string; options: QuestionOption[] }
  | { type: 'upload_request'; prompt: string; accept: ['application/pdf']; maxBytes: number }
  /** paste text (a job description) — or upload it as a PDF */
  | { type: 'paste_request'; prompt: string; maxLength: number; acceptPdf: boolean; maxBytes: number }
  | { type: 'question'; question: QuestionView }
  | { type: 'error'; message: string; retryable: boolean; questionKey: AnswerKey | null }
  | { type: 'found_fields'; answers: Answers; items: AnswerItem[] }
  | { type: 'preview'; answers: Answers; items: AnswerItem[] }
  /** the service saves the resume from `answers` */
  | { type: 'resume_confirmed'; answers: Answers }
  /** the service saves and publishes the job from `answers` */
  | { type: 'job_confirmed'; answers: Answers }
  /** the service extracts fields from pasted text (after the turn commits) and sends `upload_result` */
  | { type: 'request_extraction'; text: string }
  /** the service drafts text for `questionKey` from `answers` and sends `draft_about_result` */
  | { type: 'request_about_draft'; questionKey: AnswerKey; answers: Answers }
  | { type: 'stale'; message: string; step: ChatStep; currentQuestionKey: AnswerKey | null }

export interface TransitionResult {
  state: ChatState
  outputs: BotOutput[]
  /** false: nothing changed (`state` is the input object) */
  accepted: boolean
}

// NOTE: the browser checks "2 MB" in decimal (what people read on their phones); the server's
// binary 2 MiB limit is a hair looser, so a file the browser accepts is never refused by it
export const RESUME_PDF_MAX_BYTES = 2_000_000

// ── queries over a state ────────────────────────────────────────────────────

type Resolvable = Pick<ChatState, 'answers' | 'skipped'> & { unconfirmed?: readonly string[] }

function isResolved(state: Resolvable, key: AnswerKey): boolean {
  if (state.unconfirmed?.includes(key)) return false
  return state.answers[key] !== undefined || state.skipped.includes(key)
}

function templateQuestion(template: QuestionTemplate, key: string): Question | undefined {
  return template.questions.find((q) => q.key === key)
}

/** A template question with this turn's data applied (see `MachineContext.adaptQuestion`). */
function findQuestion(ctx: MachineContext, key: string, answers: Readonly<Answers>): Question | undefined {
  const q = templateQuestion(ctx.template, key)
  return q && ctx.adaptQuestion ? ctx.adaptQuestion(q, answers) : q
}

/**
 * The question the bot asks next, or null when everything needed is answered. An answer the
 * extractor was unsure of is asked (as a confirmation) even where only required ones are.
 */
export function nextQuestion(template: QuestionTemplate, state: Resolvable & Pick<ChatState, 'requiredOnly'>): Question | null {
  return (
    template.questions.find(
      (q) =>
        evaluateCondition(q.when, state.answers) &&
        !isResolved(state, q.key) &&
        (q.required || !state.requiredOnly || state.unconfirmed?.includes(q.key) === true),
    ) ?? null
  )
}

/** Required questions (conditions holding) not yet answered: what an upload still lacks. */
export function missingRequiredKeys(template: QuestionTemplate, answers: Answers): AnswerKey[] {
  return template.questions.filter((q) => q.required && evaluateCondition(q.when, answers) && answers[q.key] === undefined).map((q) => q.key)
}

/**
 * "N of M answered", kept stable: a question whose condition is still undecided (it reads an
 * answer not given yet) counts as coming, so the total never jumps up when a "yes" opens a
 * follow-up ("0 of 11" → "2 of 13"); it only shrinks when an answer rules questions out.
 */
function progressOf(template: QuestionTemplate, state: ChatState, hiddenKeys: readonly string[]): { answered: number; total: number } {
  // a hidden key (set by an extractor only) is never "still to be answered": its condition is decided as it stands
  const undecided = (k: string) => !hiddenKeys.includes(k) && !isResolved(state, k)
  const mayApply = (q: Question) => evaluateCondition(q.when, state.answers) || conditionKeys(q.when).some(undecided)
  const relevant = template.questions.filter((q) => mayApply(q) && (q.required || !state.requiredOnly || isResolved(state, q.key)))
  return { answered: relevant.filter((q) => isResolved(state, q.key)).length, total: relevant.length }
}


/** Drop answers (and skips) whose condition no longer holds; one ordered pass since conditions read earlier questions only. */
function pruneInapplicable(template: QuestionTemplate, state: ChatState): ChatState {
  const answers: Answers = { ...state.answers }
  let skipped = state.skipped
  for (const q of template.questions) {
    if (evaluateCondition(q.when, answers)) continue
    delete answers[q.key]
    skipped = skipped.filter((k) => k !== q.key)
  }
  const history = state.history.filter((k) => answers[k] !== undefined || skipped.includes(k))
  const unconfirmed = state.unconfirmed.filter((k) => answers[k] !== undefined)
  return { ...state, answers, skipped, history, unconfirmed }
}

// ── rendering outputs ───────────────────────────────────────────────────────

function parseContextOf(ctx: MachineContext): ParseContext {
  return { now: ctx.now, jobType: ctx.profile.jobType, suggestedSkills: ctx.suggestedSkills, resolveCity: ctx.resolveCity, vocabulary: ctx.bot.vocabulary, messages: messagesOf(ctx) }
}

/** The answered date of birth, else the profile's: entries check their years against it. */
function birthYearOf(state: ChatState, ctx: MachineContext): number | null {
  const iso = typeof state.answers.date_of_birth === 'string' ? state.answers.date_of_birth : ctx.profile.dateOfBirth
  const year = iso ? Number(iso.slice(0, 4)) : NaN
  return Number.isInteger(year) && year > 1900 ? year : null
}

function firstName(state: ChatState, ctx: MachineContext): string {
  const full = typeof state.answers.full_name === 'string' ? state.answers.full_name : ctx.profile.name
  return full.trim().split(/\s+/)[0] ?? full
}

/** {name}, {role}, and {some_key} for a text answer (e.g. wording an extractor flagged). */
function fillPlaceholders(text: string, state: ChatState, ctx: MachineContext): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, key: string) => {
    if (key === 'name') return firstName(state, ctx)
    if (key === 'role') return ctx.profile.roleName
    const value = state.answers[key]
    return typeof value === 'string' ? value : whole
  })
}

function rawProfileValue(q: Question, ctx: MachineContext): unknown {
  if (!q.fromProfile) return null
  const raw: unknown = ctx.profile[q.fromProfile]
  if (raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0)) return null
  return raw
}

/** The profile's value for a question, parsed with the question's own rules; null when missing or invalid. */
function profileAnswer(q: Question, ctx: MachineContext): AnswerValue | null {
  const raw = rawProfileValue(q, ctx)
  if (raw === null) return null
  const parsed = parseAnswer(q, raw, parseContextOf(ctx))
  return parsed.ok ? parsed.value : null
}

function yesNoOptions(ctx: MachineContext): QuestionOption[] {
  const m = messagesOf(ctx).machine
  return [
    { value: 'yes', label: m.yes },
    { value: 'no', label: m.no },
  ]
}
function confirmOptions(ctx: MachineContext): QuestionOption[] {
  const m = messagesOf(ctx).machine
  return [
    { value: 'yes', label: m.confirmYes },
    { value: 'no', label: m.confirmNo },
  ]
}

/** An extracted answer awaiting confirmation, or the profile's value: what a confirm question shows. */
function confirmableValue(state: ChatState, q: Question, ctx: MachineContext): AnswerValue | null {
  const current = state.answers[q.key]
  if (state.unconfirmed.includes(q.key) && current !== undefined) return current as AnswerValue
  return profileAnswer(q, ctx)
}

function questionView(state: ChatState, q: Question, ctx: MachineContext): QuestionView {
  const jobType = ctx.profile.jobType
  const mode: QuestionMode = state.questionMode ?? 'ask'
  const current = state.unconfirmed.includes(q.key) ? undefined : (state.answers[q.key] as AnswerValue | undefined)
  const profileValue = mode === 'confirm' ? confirmableValue(state, q, ctx) : null
  const draftText = state.draft?.key === q.key && state.draft.status === 'ready' ? state.draft.text : null

  let prefill: unknown = null
  let prefillDisplay: string | null = null
  if (draftText !== null) {
    prefill = draftText
    prefillDisplay = draftText
  } else if (current !== undefined) {
    prefill = toRawInput(q, current, jobType)
    prefillDisplay = formatAnswer(q, current, jobType, messagesOf(ctx).format)
  } else if (profileValue !== null) {
    prefill = toRawInput(q, profileValue, jobType)
    prefillDisplay = formatAnswer(q, profileValue, jobType, messagesOf(ctx).format)
  } else if (state.answers[q.key] !== undefined) {
    // an unsure extraction re-asked after "no, change it": offered as the starting point
    prefill = toRawInput(q, state.answers[q.key] as AnswerValue, jobType)
    prefillDisplay = null
  } else if (q.prefillFrom !== undefined && Array.isArray(state.answers[q.prefillFrom])) {
    // the total of the work entries just given (overlaps merged), offered for the candidate to send or change
    prefill = formatDurationMonths(workEntriesMonths(state.answers[q.prefillFrom] as unknown[], ctx.now))
    prefillDisplay = null
  } else {
    prefill = rawProfileValue(q, ctx)
    prefillDisplay = null
  }

  const basePrompt = q.promptIf && evaluateCondition(q.promptIf.when, state.answers) ? q.promptIf.prompt : q.prompt
  let prompt = fillPlaceholders(basePrompt, state, ctx)
  if (mode === 'confirm' && prefillDisplay !== null) {
    const template = q.confirmPrompt ?? ctx.bot.texts.confirmValue(q.label)
    prompt = fillPlaceholders(template, state, ctx).replace(/\{value\}/g, prefillDisplay)
  }
  if (draftText !== null) prompt = messagesOf(ctx).machine.draftReady

  const unit = q.kind === 'salary' || q.kind === 'salary_range' ? effectiveSalaryUnit(q, jobType) : null
  const suggestions = q.kind === 'multi_select' ? effectiveSuggestions(q, ctx.suggestedSkills) : []
  return {
    key: q.key,
    kind: q.kind,
    label: q.label,
    prompt,
    required: q.required,
    mode,
    options: mode === 'confirm' ? confirmOptions(ctx) : q.kind === 'yes_no' ? yesNoOptions(ctx) : (q.options ?? null),
    suggestions: suggestions.length > 0 ? suggestions : null,
    allowCustom: q.allowCustom ?? false,
    itemNoun: q.itemNoun ?? null,
    entry: q.entry ?? null,
    noneLabel: q.noneLabel ?? null,
    salaryUnit: unit,
    quickPicks: unit ? (q.quickPicks ?? []).filter((p) => p.unit === unit) : null,
    validation: q.validation ?? null,
    file: q.file ?? null,
    prefill,
    prefillDisplay,
    canSkip: !q.required,
    canDraft: q.draftable === true,
    editing: state.editing,
    progress: progressOf(ctx.template, state, ctx.bot.vocabulary.hiddenKeys),
  }
}

function answerItems(state: ChatState, ctx: MachineContext, keys: readonly AnswerKey[] | null): AnswerItem[] {
  return summariseAnswers({ template: ctx.template, bot: ctx.bot, jobType: ctx.profile.jobType, answers: state.answers, adaptQuestion: ctx.adaptQuestion, words: messagesOf(ctx).format }, keys)
}

/**
 * Answers as the preview card lists them: template questions in order (optional ones not
 * answered too, so they can be added, unless `keys` narrows the list), then facts no question
 * asks (e.g. from a PDF), read-only. Also used to show a saved record the way the bot did.
 */
export function summariseAnswers(
  input: { template: QuestionTemplate; bot: BotDefinition; jobType: JobType; answers: Readonly<Answers>; adaptQuestion?: MachineContext['adaptQuestion']; words?: FormatWords },
  keys: readonly AnswerKey[] | null = null,
): AnswerItem[] {
  const { template, bot, jobType, answers } = input
  const items: AnswerItem[] = []
  const listed = new Set<AnswerKey>()
  for (const templateQ of template.questions) {
    const q = input.adaptQuestion ? input.adaptQuestion(templateQ, answers) : templateQ
    if (keys && !keys.includes(q.key)) continue
    if (!evaluateCondition(q.when, answers)) continue
    const value = answers[q.key] as AnswerValue | undefined
    if (value === undefined && (keys !== null || q.required)) continue
    listed.add(q.key)
    items.push({ key: q.key, label: q.label, display: value === undefined ? null : formatAnswer(q, value, jobType, input.words), editable: true })
  }
  for (const key of bot.vocabulary.keys) {
    const value = answers[key] as AnswerValue | undefined
    if (listed.has(key) || value === undefined || templateQuestion(template, key) || (keys && !keys.includes(key))) continue
    if (bot.vocabulary.hiddenKeys.includes(key)) continue
    items.push({ key, label: humaniseKey(key), display: formatAnswer(undefined, value, jobType, input.words), editable: false })
  }
  return items
}

function previewOutput(state: ChatState, ctx: MachineContext): BotOutput {
  return { type: 'preview', answers: state.answers, items: answerItems(state, ctx, null) }
}

function chooseMethodOutput(ctx: MachineContext, retry = false): BotOutput {
  const t = ctx.bot.texts
  return {
    type: 'quick_replies',
    action: 'choose_method',
    prompt: retry ? t.retryPrompt : t.methodPrompt,
    options: [
      { value: 'upload', label: retry ? t.retryLabel : t.uploadLabel },
      { value: 'bot', label: t.botLabel },
    ],
  }
}

function intakeOutput(ctx: MachineContext): BotOutput {
  return ctx.bot.intake
}

function welcomeOutputs(state: ChatState, ctx: MachineContext): BotOutput[] {
  return [{ type: 'text', text: ctx.bot.texts.welcome(firstName(state, ctx), ctx.profile.roleName) }, chooseMethodOutput(ctx)]
}

/**
 * What the candidate should see now (re-sent after a reconnect, for `chat.get`, and after a rejected event).
 * Empty before `start`.
 */
export function currentOutputs(state: ChatState, ctx: MachineContext): BotOutput[] {
  return outputsNow(state, inLanguage(ctx, state.language))
}

function outputsNow(state: ChatState, ctx: MachineContext): BotOutput[] {
  switch (state.step) {
    case 'welcome':
      return []
    case 'choose_method':
      return [chooseMethodOutput(ctx)]
    case 'waiting_upload':
      return [intakeOutput(ctx)]
    case 'asking': {
      const q = state.currentQuestionKey ? findQuestion(ctx, state.currentQuestionKey, state.answers) : undefined
      if (!q) return [previewOutput(state, ctx)]
      return [{ type: 'question', question: questionView(state, q, ctx) }]
    }
    case 'preview':
      return [previewOutput(state, ctx)]
    case 'done':
      return [{ type: 'text', text: ctx.bot.texts.done }]
  }
}

// ── transition helpers ──────────────────────────────────────────────────────

function accept(state: ChatState, outputs: BotOutput[]): TransitionResult {
  return { state: { ...state, version: state.version + 1 }, outputs, accepted: true }
}

function reject(state: ChatState, outputs: BotOutput[]): TransitionResult {
  return { state, outputs, accepted: false }
}

function stale(state: ChatState, ctx: MachineContext): TransitionResult {
  const message = state.step === 'done' ? ctx.bot.texts.alreadyDone : messagesOf(ctx).machine.stale
  return reject(state, [{ type: 'stale', message, step: state.step, currentQuestionKey: state.currentQuestionKey }, ...outputsNow(state, ctx)])
}

function rejectWithError(state: ChatState, ctx: MachineContext, message: string, retryable: boolean): TransitionResult {
  return reject(state, [{ type: 'error', message, retryable, questionKey: state.currentQuestionKey }, ...outputsNow(state, ctx)])
}

/** Move to the next unanswered question, or to the preview when none is left. */
function advance(state: ChatState, ctx: MachineContext, outputs: BotOutput[]): TransitionResult {
  const q = nextQuestion(ctx.template, state)
  if (!q) {
    const next: ChatState = { ...state, step: 'preview', currentQuestionKey: null, questionMode: null, editing: false, draft: null }
    return accept(next, [...outputs, previewOutput(next, ctx)])
  }
  const shown = findQuestion(ctx, q.key, state.answers) ?? q
  const draft = state.draft?.key === q.key ? state.draft : null
  const asked: ChatState = { ...state, step: 'asking', currentQuestionKey: q.key, questionMode: 'ask', editing: false, draft }
  const mode: QuestionMode = confirmableValue(asked, shown, ctx) !== null ? 'confirm' : 'ask'
  const next: ChatState = { ...asked, questionMode: mode }
  return accept(next, [...outputs, { type: 'question', question: questionView(next, shown, ctx) }])
}

/** Ask `q` again to change it (edit / back): current value prefilled. */
function reopen(state: ChatState, q: Question, ctx: MachineContext): TransitionResult {
  const next: ChatState = {
    ...state,
    step: 'asking',
    currentQuestionKey: q.key,
    questionMode: 'ask',
    editing: true,
    draft: null,
    unconfirmed: state.unconfirmed.filter((k) => k !== q.key),
  }
  return accept(next, [{ type: 'question', question: questionView(next, q, ctx) }])
}

function recordAnswer(state: ChatState, ctx: MachineContext, key: AnswerKey, value: AnswerValue | null): TransitionResult {
  const answers: Answers = { ...state.answers }
  let skipped = state.skipped.filter((k) => k !== key)
  if (value === null) {
    delete answers[key]
    skipped = [...skipped, key]
  } else {
    Object.assign(answers, { [key]: value })
  }
  const history = [...state.history.filter((k) => k !== key), key]
  let unconfirmed = state.unconfirmed.filter((k) => k !== key)
  const rederived = rederiveTotals(state, ctx, key, answers)
  Object.assign(answers, rederived.answers)
  unconfirmed = [...unconfirmed.filter((k) => !rederived.keys.includes(k)), ...rederived.keys]
  const changedKeys = [key, ...rederived.keys]
  const draftSources: Record<string, Record<string, unknown>> = { ...state.draftSources }
  delete draftSources[key]
  // the bot's draft sent as it was (or edited from it): remember what it was written from
  if (value !== null && state.draft?.key === key && state.draft.status === 'ready') {
    const from = templateQuestion(ctx.template, key)?.draftFrom
    const sources: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(state.answers)) if (k !== key && (!from || from.includes(k))) sources[k] = v
    // the keys it could have used but were not answered yet count too (answering one later changes the facts)
    for (const k of from ?? []) if (!(k in sources) && k !== key) sources[k] = null
    draftSources[key] = sources
  }
  // an answer a draft was written from changed (a total worked out again counts too): that text is to be checked again
  for (const [drafted, sources] of Object.entries(draftSources)) {
    if (drafted === key || answers[drafted] === undefined) continue
    if (changedKeys.some((k) => k in sources && JSON.stringify(sources[k] ?? null) !== JSON.stringify(answers[k] ?? null))) {
      delete draftSources[drafted]
      if (!unconfirmed.includes(drafted)) unconfirmed = [...unconfirmed, drafted]
    }
  }
  const next = pruneInapplicable(ctx.template, { ...state, answers, skipped, history, unconfirmed, draftSources, draft: null })
  // say why a total is asked again, when it is what comes next
  const asked = nextQuestion(ctx.template, next)
  const why = asked && rederived.keys.includes(asked.key) ? rederived.notes[asked.key] : undefined
  return advance(next, ctx, why ? [{ type: 'text', text: why }] : [])
}

/** What a `prefillFrom` source adds up to (the work entries' months), or null when it is not a list (skipped, not answered). */
function derivedMonths(source: unknown, now: Date): number | null {
  return Array.isArray(source) ? workEntriesMonths(source, now) : null
}

/**
 * A total offered from other answers (`prefillFrom`: the total experience from the work entries)
 * was answered for the entries as they were. When `key`'s new answer changes what they add up to,
 * the total is worked out again from them and goes back to "unconfirmed", so it is asked as "is
 * that right?" before the preview, as a draft written from a changed answer is (decision 009).
 * With no entries left to add up, the answered total stays and is asked about the same way.
 */
function rederiveTotals(state: ChatState, ctx: MachineContext, key: AnswerKey, after: Answers): { answers: Answers; keys: AnswerKey[]; notes: Record<AnswerKey, string> } {
  const out: { answers: Answers; keys: AnswerKey[]; notes: Record<AnswerKey, string> } = { answers: {}, keys: [], notes: {} }
  for (const q of ctx.template.questions) {
    if (q.prefillFrom !== key || q.key === key || after[q.key] === undefined) continue
    const was = derivedMonths(state.answers[key], ctx.now)
    const sum = derivedMonths(after[key], ctx.now)
    if (was === sum) continue
    const parsed = sum === null ? null : parseAnswer(q, formatDurationMonths(sum), parseContextOf(ctx))
    if (parsed?.ok) Object.assign(out.answers, { [q.key]: parsed.value })
    out.keys.push(q.key)
    const source = templateQuestion(ctx.template, key)
    out.notes[q.key] = ctx.bot.texts.recheckDerived(source?.label ?? humaniseKey(key), q.label, parsed?.ok === true)
  }
  return out
}

function startFresh(state: ChatState, ctx: MachineContext): TransitionResult {
  if (Object.keys(state.answers).length > 0) {
    // A saved resume re-opened for editing: ask only what is missing, then show the preview.
    const next = pruneInapplicable(ctx.template, { ...state, method: 'bot', requiredOnly: true })
    return advance(next, ctx, [{ type: 'text', text: ctx.bot.texts.welcomeBack(firstName(state, ctx)) }])
  }
  return accept({ ...state, step: 'choose_method' }, welcomeOutputs(state, ctx))
}

// ── event handlers ──────────────────────────────────────────────────────────

function onAnswer(state: ChatState, event: { questionKey: string; value?: unknown }, ctx: MachineContext): TransitionResult {
  if (state.step !== 'asking' || event.questionKey !== state.currentQuestionKey) return stale(state, ctx)
  const q = findQuestion(ctx, event.questionKey, state.answers)
  if (!q) return stale(state, ctx)
  const raw = event.value

  if (state.questionMode === 'confirm' && (typeof raw === 'boolean' || typeof raw === 'string')) {
    const yes = parseYesNo(raw)
    if (yes === true) {
      const kept = confirmableValue(state, q, ctx)
      if (kept !== null) return recordAnswer(state, ctx, q.key, kept)
    }
    if (yes === false) {
      const next: ChatState = { ...state, questionMode: 'ask' }
      return accept(next, [{ type: 'question', question: questionView(next, q, ctx) }])
    }
    // Anything else is a corrected answer, parsed below.
  }

  // An empty selection on an optional multi-select is a skip, not an empty answer ("no entries" is an answer: "Fresher").
  const special = Array.isArray(raw) && raw.length === 0 && !q.required && q.kind !== 'entries' ? 'skip' : specialAnswer(raw)
  if (special === 'draft' && q.draftable) {
    const next: ChatState = { ...state, draft: { key: q.key, status: 'pending', text: null } }
    return accept(next, [
      { type: 'text', text: messagesOf(ctx).machine.drafting },
      { type: 'request_about_draft', questionKey: q.key, answers: state.answers },
    ])
  }
  if (special === 'skip') {
    if (q.required) return rejectWithError(state, ctx, ctx.bot.texts.requiredAnswer, true)
    return recordAnswer(state, ctx, q.key, null)
  }

  // entries kept as they were (e.g. from a PDF, some without a year or an end): the stored list stands, incomplete entries and all
  const stored = state.answers[q.key]
  if (q.kind === 'entries' && stored !== undefined && JSON.stringify(raw) === JSON.stringify(toRawInput(q, stored as AnswerValue, ctx.profile.jobType))) {
    return recordAnswer(state, ctx, q.key, stored as AnswerValue)
  }
  const parsed = parseAnswer(q, raw, { ...parseContextOf(ctx), birthYear: birthYearOf(state, ctx) })
  if (!parsed.ok) return rejectWithError(state, ctx, parsed.message, true)
  // the same unusual figure typed again while we ask about it is a "yes"
  const repeated = state.questionMode === 'confirm' && state.unconfirmed.includes(q.key) && sameValue(state.answers[q.key], parsed.value)
  if (parsed.unusual !== undefined && !repeated) return confirmUnusual(state, ctx, q, parsed.value, parsed.unusual)
  return recordAnswer(state, ctx, q.key, parsed.value)
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/**
 * A valid but unusual answer (₹1,50,000 a month for a rider: often one zero too many) is held as
 * an unconfirmed answer and asked back with the confirm pattern prefilled values use: yes keeps
 * it, no re-asks the question, anything else is parsed as the corrected answer.
 */
function confirmUnusual(state: ChatState, ctx: MachineContext, q: Question, value: AnswerValue, why: string): TransitionResult {
  const next: ChatState = {
    ...state,
    answers: { ...state.answers, [q.key]: value },
    unconfirmed: [...state.unconfirmed.filter((k) => k !== q.key), q.key],
    questionMode: 'confirm',
    draft: null,
  }
  return accept(next, [
    { type: 'text', text: why },
    { type: 'question', question: questionView(next, q, ctx) },
  ])
}

function onEdit(state: ChatState, key: string, ctx: MachineContext): TransitionResult {
  if (state.step !== 'asking' && state.step !== 'preview') return stale(state, ctx)
  const q = findQuestion(ctx, key, state.answers)
  if (!q || !evaluateCondition(q.when, state.answers)) return rejectWithError(state, ctx, ctx.bot.texts.notPart, false)
  // Earlier answers, the current question and (from the preview) optional extras can be opened; not a required question still ahead.
  if (q.required && !isResolved(state, q.key) && q.key !== state.currentQuestionKey) {
    return rejectWithError(state, ctx, messagesOf(ctx).machine.finishFirst, false)
  }
  return reopen(state, q, ctx)
}

function onBack(state: ChatState, ctx: MachineContext): TransitionResult {
  if (state.step === 'waiting_upload') return accept({ ...state, step: 'choose_method', method: null }, [chooseMethodOutput(ctx)])
  if (state.step !== 'asking' && state.step !== 'preview') return rejectWithError(state, ctx, messagesOf(ctx).machine.nothingToGoBack, false)
  // Walk backwards from where the candidate is: from a re-opened answer, to the one answered before it.
  const position = state.currentQuestionKey ? state.history.lastIndexOf(state.currentQuestionKey) : -1
  const earlier = position >= 0 ? state.history.slice(0, position) : state.history
  const target = [...earlier].reverse().find((key) => {
    const q = templateQuestion(ctx.template, key)
    return key !== state.currentQuestionKey && q !== undefined && evaluateCondition(q.when, state.answers) && isResolved(state, key)
  })
  const q = target ? findQuestion(ctx, target, state.answers) : undefined
  if (!q) return rejectWithError(state, ctx, messagesOf(ctx).machine.noEarlierAnswer, false)
  return reopen(state, q, ctx)
}

function onChooseMethod(state: ChatState, method: ResumeMethod, ctx: MachineContext): TransitionResult {
  if (state.step !== 'choose_method' && state.step !== 'waiting_upload') return stale(state, ctx)
  if (method === 'upload') return accept({ ...state, step: 'waiting_upload', method: 'upload' }, [intakeOutput(ctx)])
  return advance({ ...state, method: 'bot', requiredOnly: false }, ctx, [{ type: 'text', text: ctx.bot.texts.botIntro }])
}

/**
 * Pay read from a PDF meets the bounds typed pay does: an absurd figure is dropped from `found`
 * (so it is asked); the keys of unusual ones are returned, to be confirmed before they count.
 */
function checkExtractedPay(found: Answers, ctx: MachineContext): string[] {
  const unusual: string[] = []
  for (const q of ctx.template.questions) {
    const range = found[q.key]
    if (!q.validation?.saneForJobType || typeof range !== 'object' || range === null || !('min' in range) || !('max' in range)) continue
    const { min, max } = range
    if (typeof min !== 'number' || typeof max !== 'number') continue
    const verdict = checkExpectedSalary({ min, max }, ctx.profile.jobType).verdict
    if (verdict === 'absurd') delete found[q.key]
    if (verdict === 'unusual') unusual.push(q.key)
  }
  return unusual
}

function onUploadResult(state: ChatState, extracted: Answers, extractorUnsure: readonly string[], ctx: MachineContext): TransitionResult {
  // The user may have switched to the bot while extraction ran: a late result changes nothing.
  if (state.step !== 'waiting_upload') return reject(state, [])
  const found = validAnswersFor(ctx.bot.vocabulary, extracted)
  const unsure = [...extractorUnsure, ...checkExtractedPay(found, ctx)]
  const foundKeys = ctx.bot.vocabulary.keys.filter((k) => found[k] !== undefined && !ctx.bot.vocabulary.hiddenKeys.includes(k))
  if (foundKeys.length === 0) {
    return advance({ ...state, method: 'bot', requiredOnly: false }, ctx, [{ type: 'text', text: ctx.bot.texts.foundNothing }])
  }
  const templateKeys = ctx.template.questions.map((q) => q.key).filter((k) => found[k] !== undefined)
  const merged = pruneInapplicable(ctx.template, {
    ...state,
    method: 'upload',
    requiredOnly: true,
    answers: { ...state.answers, ...found },
    unconfirmed: [...new Set([...state.unconfirmed, ...unsure.filter((k) => templateKeys.includes(k))])],
    history: [...state.history.filter((k) => !templateKeys.includes(k)), ...templateKeys],
  })
  const keptKeys = foundKeys.filter((k) => merged.answers[k] !== undefined)
  const outputs: BotOutput[] = [{ type: 'found_fields', answers: pickAnswers(merged.answers, keptKeys), items: answerItems(merged, ctx, keptKeys) }]
  if (nextQuestion(ctx.template, merged)) outputs.push({ type: 'text', text: ctx.bot.texts.moreDetails })
  return advance(merged, ctx, outputs)
}

function onSubmitText(state: ChatState, text: string, ctx: MachineContext): TransitionResult {
  if (state.step !== 'waiting_upload' || ctx.bot.intake.type !== 'paste_request') return stale(state, ctx)
  const cleaned = tidyText(text, true)
  if (cleaned.length < 30) return rejectWithError(state, ctx, ctx.bot.texts.pasteTooShort, true)
  // extraction may call a model: the service runs it after this turn commits and feeds the result back
  return accept(state, [
    { type: 'text', text: ctx.bot.texts.reading },
    { type: 'request_extraction', text: cleaned },
  ])
}

function pickAnswers(answers: Answers, keys: readonly AnswerKey[]): Answers {
  const out: Answers = {}
  for (const key of keys) Object.assign(out, { [key]: answers[key] })
  return out
}

function onUploadFailed(state: ChatState, reason: string, ctx: MachineContext): TransitionResult {
  if (state.step !== 'waiting_upload') return reject(state, [])
  const message = tidyText(reason) || ctx.bot.texts.uploadFailed
  return accept(state, [{ type: 'error', message, retryable: true, questionKey: null }, chooseMethodOutput(ctx, true)])
}

function onDraftResult(state: ChatState, text: string, ctx: MachineContext): TransitionResult {
  const draft = state.draft
  if (state.step !== 'asking' || !draft || draft.status !== 'pending' || draft.key !== state.currentQuestionKey) return reject(state, [])
  const q = findQuestion(ctx, draft.key, state.answers)
  if (!q) return reject(state, [])
  const maxLength = q.validation?.maxLength ?? 2000
  const cleaned = tidyText(text, true).slice(0, maxLength).trim()
  if (cleaned === '') {
    const next: ChatState = { ...state, draft: null }
    return accept(next, [
      { type: 'error', message: messagesOf(ctx).machine.draftFailed, retryable: true, questionKey: q.key },
      { type: 'question', question: questionView(next, q, ctx) },
    ])
  }
  const next: ChatState = { ...state, draft: { key: q.key, status: 'ready', text: cleaned } }
  return accept(next, [{ type: 'question', question: questionView(next, q, ctx) }])
}

/** Speak `language` from now on: where the conversation is, shown again in it (nothing else changes). */
function onSetLanguage(state: ChatState, language: string, given: MachineContext, ctx: MachineContext): TransitionResult {
  if (!speaks(given, language)) return rejectWithError(state, ctx, messagesOf(ctx).machine.languageUnavailable, false)
  // the same language again (a second tap, another tab) changes nothing and says nothing new
  if (language === state.language) return reject(state, [])
  const next: ChatState = { ...state, language }
  return accept(next, outputsNow(next, inLanguage(given, language)))
}

function onConfirm(state: ChatState, ctx: MachineContext): TransitionResult {
  if (state.step !== 'preview') return stale(state, ctx)
  // NOTE: the template may have changed since the preview was built; never save with a required answer missing.
  if (nextQuestion(ctx.template, state)) return advance(state, ctx, [])
  return accept({ ...state, step: 'done', currentQuestionKey: null, questionMode: null, editing: false }, [{ type: ctx.bot.completion, answers: state.answers }])
}

/** The machine: pure and deterministic. See the decisions at the top of this file. */
export function transition(state: ChatState, event: ChatEvent, given: MachineContext): TransitionResult {
  const ctx = inLanguage(given, state.language)
  if (state.step === 'done') return stale(state, ctx)
  switch (event.type) {
    case 'set_language':
      return onSetLanguage(state, event.language, given, ctx)
    case 'start':
      return state.step === 'welcome' ? startFresh(state, ctx) : reject(state, outputsNow(state, ctx))
    case 'restart': {
      const fresh = { ...createInitialState(ctx.template, ctx.bot, { language: state.language }), version: state.version }
      return accept({ ...fresh, step: 'choose_method' }, welcomeOutputs(fresh, ctx))
    }
    case 'choose_method':
      return onChooseMethod(state, event.method, ctx)
    case 'answer':
      return onAnswer(state, event, ctx)
    case 'edit':
      return onEdit(state, event.questionKey, ctx)
    case 'back':
      return onBack(state, ctx)
    case 'confirm':
      return onConfirm(state, ctx)
    case 'submit_text':
      return onSubmitText(state, event.text, ctx)
    case 'upload_result':
      return onUploadResult(state, event.answers, event.unconfirmed ?? [], ctx)
    case 'upload_failed':
      return onUploadFailed(state, event.reason, ctx)
    case 'draft_about_result':
      return onDraftResult(state, event.text, ctx)
  }
}
