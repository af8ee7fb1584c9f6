import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely'
import type { DB } from './schema'

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../db/migrations')

/**
 * Kysely's FileMigrationProvider, but the `import()` happens in our module so that whatever loads
 * our TypeScript (tsx in production, vite-node under vitest) also loads the migrations.
 */
class DirectoryMigrationProvider implements MigrationProvider {
  constructor(private readonly folder: string) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await fs.readdir(this.folder)).filter((f) => /^\d{14}_[a-z0-9_]+\.ts$/.test(f)).sort()
    const migrations: Record<string, Migration> = {}
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ pathToFileURL(path.join(this.folder, file)).href)) as Migration
      migrations[file.replace(/\.ts$/, '')] = { up: mod.up, down: mod.down }
    }
    return migrations
  }
}

export function createMigrator(db: Kysely<DB>, migrationFolder = MIGRATIONS_DIR): Migrator {
  return new Migrator({ db, provider: new DirectoryMigrationProvider(migrationFolder) })
}

function unwrap({ error, results }: MigrationResultSet): void {
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? '')
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${reason}`)
  }
}

/** Applies every pending migration. The Migrator takes a lock, so several instances may call it. */
export async function migrateToLatest(db: Kysely<DB>): Promise<void> {
  unwrap(await createMigrator(db).migrateToLatest())
}

export async function migrateDownAll(db: Kysely<DB>): Promise<void> {
  const migrator = createMigrator(db)
  for (;;) {
    const result = await migrator.migrateDown()
    unwrap(result)
    if (!result.results?.length) return
  }
}
