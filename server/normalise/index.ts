/**
 * The one normalisation layer (pure, no I/O): chat answers, the resume extractor, the JD extractor
 * and the LLM pass all turn written values into stored ones through these functions, so "15k",
 * "2+ years" or "Andheri" mean the same thing everywhere, in every language of `data/languages/`
 * ("बीस हज़ार", "ढाई साल", "मुंबई").
 */
export { parseSalary, salaryMonthly, salaryRangeMonthly, prepareSalaryText, WORKING_DAYS_PER_MONTH, WORKING_HOURS_PER_DAY, type PayPeriod, type SalaryOptions, type SalaryParsed } from './salary'
export { parseDurationMonths, formatDurationMonths, parseExperienceRange, experienceMonths, monthIndex, type PeriodDate, type ExperienceRange, type ExperienceOptions } from './experience'
export { resolvePlace, findPlacesInText, canonicalCity, type Place, type PlaceMention } from './location'
export { canonicalSkill, canonicalSkills, lookupSkill, skillMatchKey, skillSpellings } from './skills'
export { canonicalLanguage, lookupLanguage, languagesIn, INDIAN_LANGUAGE_NAMES } from './languages'
export { normaliseUrl } from './url'
export { normalisePhone, type PhoneNormalised } from './phone'
export { educationLevel, type EducationLevel } from './education'
export { foldText, foldDigits, collapse } from './text'
export { translateNumbers, numberFromWords, type NumberContext } from './number-words'
export { yesNo } from './yes-no'
export { pinCityMismatch, statesForPin } from './pin-code'
export { expandSearchQuery, type ExpandedSearch } from './search-terms'
export { prepareLookupTables } from './prepare'
export { vocabulary, foldScripts, languagePackSchema, type LanguagePack, type LanguagePackInput } from './language-packs'
