import { promises as fs } from 'node:fs'
import path from 'node:path'
import { assertStorageKey, STORAGE_KEY_RE, type FileStorage, type StoredObject } from './storage'

const LIST_PAGE = 500

export function createLocalStorage(root: string): FileStorage {
  const base = path.resolve(root)
  const resolve = (key: string) => {
    return path.join(base, assertStorageKey(key))
  }
  return {
    async put(key, body) {
      const file = resolve(key)
      await fs.mkdir(path.dirname(file), { recursive: true })
      // write to a temp name then rename: a crash never leaves half a file under the real key
      const tmp = `${file}.${process.pid}.tmp`
      await fs.writeFile(tmp, body)
      await fs.rename(tmp, file)
    },
    async get(key) {
      return fs.readFile(resolve(key))
    },
    async delete(key) {
      await fs.rm(resolve(key), { force: true })
    },
    async *list() {
      let page: StoredObject[] = []
      const walk = async function* (dir: string): AsyncGenerator<StoredObject> {
        let entries: import('node:fs').Dirent[]
        try {
          entries = await fs.readdir(dir, { withFileTypes: true })
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
          throw error
        }
        for (const entry of entries) {
          const file = path.join(dir, entry.name)
          if (entry.isDirectory()) yield* walk(file)
          else if (entry.isFile()) {
            const key = path.relative(base, file).split(path.sep).join('/')
            // anything not shaped like our keys was not written by us: leave it alone
            if (STORAGE_KEY_RE.test(key)) yield { key, modifiedAt: (await fs.stat(file)).mtime }
          }
        }
      }
      for await (const object of walk(base)) {
        page.push(object)
        if (page.length >= LIST_PAGE) {
          yield page
          page = []
        }
      }
      if (page.length) yield page
    },
  }
}
