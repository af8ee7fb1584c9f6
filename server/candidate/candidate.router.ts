import { z } from 'zod'
import { consumeOrThrow, throwIfSpent } from '../auth/rate-limit'
import { availableLanguages, CHAT_LANGUAGES } from '../chat/messages'
import { candidateProcedure, router } from '../trpc/init'
import { getCandidateLocale, setCandidateLocale } from './candidate.repo'
import { makeProfileSchemas } from './profile-schema'
import { buildProfileView, loadCandidateOrThrow, saveBasicProfile, updateProfile } from './candidate.service'
import { exportCandidateData } from './candidate-export'

// Schemas depend on "today" (age rules): z.lazy builds them per parse, and keeps the input types.
const basicProfileInput = z.lazy(() => makeProfileSchemas(new Date()).basicProfile)
const profileUpdateInput = z.lazy(() => makeProfileSchemas(new Date()).profileUpdate)
// the registered languages (a message file each): adding one changes this list, not this code
const localeInput = z.object({ locale: z.enum(Object.keys(CHAT_LANGUAGES) as [string, ...string[]]) }).strict()

export const candidateRouter = router({
  me: candidateProcedure.query(async ({ ctx }) => {
    const c = await loadCandidateOrThrow(ctx.db, ctx.viewer.candidateId)
    return buildProfileView(ctx.db, c)
  }),

  saveBasicProfile: candidateProcedure.input(basicProfileInput).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction().execute(async (trx) => {
      await loadCandidateOrThrow(trx, ctx.viewer.candidateId)
      await saveBasicProfile(trx, ctx.viewer.candidateId, input, ctx.services.now())
    })
    return buildProfileView(ctx.db, await loadCandidateOrThrow(ctx.db, ctx.viewer.candidateId))
  }),

  updateProfile: candidateProcedure.input(profileUpdateInput).mutation(async ({ ctx, input }) => {
    const { profileUpdatesByCandidate, piiDuplicatesByCandidate } = ctx.services.limiters
    const key = ctx.viewer.candidateId
    await consumeOrThrow([[profileUpdatesByCandidate, key]], 'You have saved your profile too many times.')
    // "already linked to another account" tells whether someone's number is registered: after a
    // few such answers, no Aadhaar/PAN change at all (a success would answer "not registered")
    const piiRefusal = 'Too many Aadhaar/PAN numbers tried.'
    const onPiiDuplicate = () => consumeOrThrow([[piiDuplicatesByCandidate, key]], piiRefusal)
    await ctx.db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom('candidates')
        .select(['id'])
        .where('id', '=', ctx.viewer.candidateId)
        .forUpdate()
        .executeTakeFirst()
      if (!current) return
      // checked under the row lock, so parallel requests see each other's spent points
      if (input.aadhaar || input.pan) await throwIfSpent(piiDuplicatesByCandidate, key, piiRefusal)
      const c = await loadCandidateOrThrow(trx, ctx.viewer.candidateId)
      await updateProfile(trx, c, input, ctx.services.cipher, { onPiiDuplicate })
    })
    return buildProfileView(ctx.db, await loadCandidateOrThrow(ctx.db, ctx.viewer.candidateId))
  }),

  /** the candidate's language and the ones on offer (the chat page's switch) */
  locale: candidateProcedure.query(async ({ ctx }) => ({
    locale: (await getCandidateLocale(ctx.db, ctx.viewer.candidateId)) ?? 'en',
    languages: availableLanguages(),
  })),

  /** remembered on the account; a conversation switches with its own `set_language` event */
  setLocale: candidateProcedure.input(localeInput).mutation(async ({ ctx, input }) => {
    await setCandidateLocale(ctx.db, ctx.viewer.candidateId, input.locale)
    return { locale: input.locale }
  }),

  exportData: candidateProcedure.input(z.void()).query(({ ctx }) => exportCandidateData(ctx.db, ctx.viewer.candidateId)),
})
