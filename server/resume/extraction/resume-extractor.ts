import { extractResume, type ExtractionResult } from './extract'

/**
 * Extraction with the LLM pass when configured; the offline result is always the fallback.
 * `owner` (the candidate) is whose turn it is in the PDF pool's fair queues.
 */
export type ResumeExtractor = (pdf: Buffer, opts: { now: Date; roleSkills: string[]; owner: string }) => Promise<ExtractionResult>

export const offlineExtractor: ResumeExtractor = (pdf, { owner, ...opts }) => extractResume(pdf, { ...opts, pdf: { owner } })
