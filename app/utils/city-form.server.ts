import { findCity, searchCities } from '#server/master-data/cities'

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
