import { findCity, getCityById, searchCities } from '#server/master-data/cities'

function resolveName(name: string): string | null {
  const n = name.trim()
  if (!n) return null
  return (findCity(n) ?? searchCities(n, 1)[0])?.id ?? null
}

/** The picker posts `<name>Id` with JS, or only the typed `<name>Name` without it. */
export function cityIdFromForm(form: FormData, name: string): string {
  const id = String(form.get(`${name}Id`) ?? '').trim()
  if (id) return id
  return resolveName(String(form.get(`${name}Name`) ?? '')) ?? ''
}

export function cityIdsFromForm(form: FormData, name: string): string[] {
  const ids = form.getAll(`${name}Ids`).map(String).filter(Boolean)
  const typed = String(form.get(`${name}Names`) ?? '')
    .split(',')
    .map(resolveName)
    .filter((x): x is string => x !== null)
  return [...new Set([...ids, ...typed])]
}

/**
 * An optional city: '' when the box was emptied (clears it), the id when it names a known place,
 * null when the typed text matches nothing. The hidden id only counts while the box still shows
 * that city's name: without JavaScript the hidden field keeps the initial city while the text
 * changes.
 */
export function optionalCityIdFromForm(form: FormData, name: string): string | null {
  const typed = String(form.get(`${name}Name`) ?? '').trim()
  if (!typed) return ''
  const id = String(form.get(`${name}Id`) ?? '').trim()
  const picked = id ? getCityById(id) : null
  if (picked && picked.name.toLowerCase() === typed.toLowerCase()) return picked.id
  return resolveName(typed)
}
