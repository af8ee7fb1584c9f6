import type { BaseChatModel } from '@langchain/core/language_models/chat_models'
import { HumanMessage, SystemMessage } from '@langchain/core/messages'
import { draftAbout, type AboutDraftProfile } from '../resume/about-draft'
import type { Answers } from '../resume/resume-answers'

/** Drafts "a little about yourself" from the candidate's answers (the candidate edits it after). */
export type AboutDrafter = (answers: Answers, profile: AboutDraftProfile) => Promise<string>

export { offlineAboutDrafter } from './offline'

const MAX_CHARS = 600

/** The facts the model may use: only answers, so it has nothing to invent from. */
function factsOf(answers: Answers, profile: AboutDraftProfile): string {
  const facts: Record<string, unknown> = { role: profile.roleName, city: profile.city ?? answers.current_location, ...answers }
  delete facts.about
  delete facts.driving_licence_file
  delete facts.email
  delete facts.phone
  delete facts.date_of_birth
  return JSON.stringify(facts)
}

/**
 * Gemini drafts 2–3 plain sentences in the first person from the answers only; anything slow,
 * empty, overlong or failing falls back to the offline template, so the bot never stalls on it.
 */
export function createLlmAboutDrafter(model: BaseChatModel, opts: { timeoutMs?: number } = {}): AboutDrafter {
  return async (answers, profile) => {
    const fallback = () => draftAbout(answers, profile)
    try {
      const timeoutMs = opts.timeoutMs ?? 8000
      const controller = new AbortController()
      let timer: NodeJS.Timeout | undefined
      // our own race too: not every model honours the abort signal
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort()
          reject(new Error('about draft timed out'))
        }, timeoutMs)
      })
      const call = model.invoke(
        [
          new SystemMessage(
            'You write the "About me" line of an Indian job seeker\'s resume. Use ONLY the facts given; never invent employers, degrees, numbers or skills. ' +
              `Write 2 or 3 short, plain sentences in the first person, under ${MAX_CHARS} characters, no headings, no emojis, no markdown.` +
              (profile.jobType === 'blue_collar' ? ' Use very simple English.' : ''),
          ),
          new HumanMessage(`Facts (JSON): ${factsOf(answers, profile)}`),
        ],
        { signal: controller.signal },
      )
      const reply = await Promise.race([call, timeout]).finally(() => clearTimeout(timer))
      call.catch(() => {})
      const text = (typeof reply.content === 'string' ? reply.content : reply.content.map((p) => ('text' in p ? p.text : '')).join(''))
        .replace(/[*#_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
      return text.length >= 20 && text.length <= MAX_CHARS ? text : fallback()
    } catch {
      return fallback()
    }
  }
}
