import { RESUME_BOT } from '../chat/bots'
import { loadCandidateFacts, loadTemplate, machineContext } from '../chat/chat-context'
import { findActiveSession, type ChatOwner } from '../chat/chat.repo'
import type { BotRuntime } from '../chat/chat.service'
import { setCandidateLocale } from '../candidate/candidate.repo'
import { DomainError } from '../domain-error'
import { answersSchema } from './resume-answers'
import { loadCurrentResume, saveResume } from './resume.service'

function candidateIdOf(owner: ChatOwner): string {
  if (owner.kind !== 'candidate') throw new DomainError('FORBIDDEN', 'Only candidates build resumes')
  return owner.candidateId
}

/**
 * The resume bot's ties to the world: the candidate's facts and role template, saving the
 * confirmed resume (a new current version) and drafting "about me". PDF uploads feed it through
 * server/resume/resume-upload.service.ts.
 */
export const resumeBotRuntime: BotRuntime = {
  bot: RESUME_BOT,
  kind: 'resume',

  async context(db, services, owner, session) {
    const facts = await loadCandidateFacts(db, candidateIdOf(owner))
    const template = await loadTemplate(db, session.template_family, session.template_version, services.templateCache)
    return machineContext(facts, template, services.now())
  },

  async begin(trx, services, owner, opts) {
    const facts = await loadCandidateFacts(trx, candidateIdOf(owner))
    const template = await loadTemplate(trx, facts.role.templateFamily, undefined, services.templateCache)
    let answers: Record<string, unknown> | undefined
    if (opts.fromResume) {
      // "Edit" starts from the profile's About and Languages, not the copy saved with the resume
      const current = await loadCurrentResume(trx, facts.candidateId)
      if (!current) throw new DomainError('NOT_FOUND', 'You have no resume to edit yet')
      answers = current.answers
    }
    return {
      template,
      title: `${opts.fromResume ? 'Edit resume' : 'Resume'} — ${facts.role.name}`,
      roleId: facts.role.id,
      jobId: null,
      answers,
      ctx: machineContext(facts, template, services.now()),
      language: facts.locale,
    }
  },

  async languageChosen(trx, owner, language) {
    await setCandidateLocale(trx, candidateIdOf(owner), language)
  },

  async complete(trx, services, owner, session, state, answers) {
    const facts = await loadCandidateFacts(trx, candidateIdOf(owner))
    const saved = await saveResume(trx, {
      candidateId: facts.candidateId,
      answers: answersSchema.parse(answers),
      source: state.method === 'upload' ? 'upload' : 'bot',
      jobType: facts.role.jobType,
      roleId: facts.role.id,
      chatSessionId: session.id,
      sourceFileId: session.upload_file_id,
    })
    return { events: [{ type: 'resume_saved', payload: { resumeId: saved.id, version: saved.version } }] }
  },

  async draft(services, owner, _session, answers) {
    const facts = await loadCandidateFacts(services.db, candidateIdOf(owner))
    return services.aboutDrafter(answersSchema.parse(answers), { roleName: facts.role.name, jobType: facts.role.jobType, city: facts.currentCity })
  },
}

/** A candidate's resume conversation: the one unfinished session, if any. */
export const findActiveResumeSession = (owner: ChatOwner) => (trx: Parameters<typeof findActiveSession>[0]) => findActiveSession(trx, owner, 'resume')
