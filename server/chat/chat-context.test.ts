import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/setup/test-db'
import { loadTemplate, type TemplateCache } from './chat-context'

let database: TestDatabase
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.destroy()
})

describe('loadTemplate with a cache', () => {
  it('a new chat gets a version stored after the first was cached; a pinned version stays as it was', async () => {
    const { db } = database
    const cache: TemplateCache = new Map()
    const first = await loadTemplate(db, 'delivery', undefined, cache)
    expect(await loadTemplate(db, 'delivery', undefined, cache)).toBe(first)
    const row = await db.selectFrom('question_templates').select(['definition', 'translations']).where('family', '=', 'delivery').where('version', '=', first.version).executeTakeFirstOrThrow()
    const definition = { ...(row.definition as Record<string, unknown>), version: first.version + 1 }
    await sql`insert into question_templates (family, version, definition, translations) values ('delivery', ${first.version + 1}::int, ${JSON.stringify(definition)}::jsonb, ${JSON.stringify(row.translations)}::jsonb)`.execute(db)
    const newer = await loadTemplate(db, 'delivery', undefined, cache)
    expect(newer.version).toBe(first.version + 1)
    expect(await loadTemplate(db, 'delivery', first.version, cache)).toBe(first)
    await expect(loadTemplate(db, 'no-such-family', undefined, cache)).rejects.toThrow(/no question template/)
  })
})
