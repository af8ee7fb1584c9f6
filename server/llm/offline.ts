import { extractJd } from '../jobs/jd-extraction/extract-jd'
import { draftAbout } from '../resume/about-draft'
import type { AboutDrafter } from './about-llm'
import type { JdExtractor } from './jd-llm'

// The offline halves live apart from the model-backed ones so that a server without
// GOOGLE_API_KEY never loads LangChain and the Gemini client (server.ts imports those lazily).
export const offlineAboutDrafter: AboutDrafter = async (answers, profile) => draftAbout(answers, profile)

export const offlineJdExtractor: JdExtractor = async (text) => extractJd(text)
