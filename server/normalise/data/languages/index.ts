import { en } from './en'
import { hi } from './hi'

/**
 * Every language the normalisers read. Adding one: a data file beside these (copy `hi.ts`) and
 * its name in this list; no normaliser changes.
 */
export const LANGUAGE_PACKS = [en, hi]
