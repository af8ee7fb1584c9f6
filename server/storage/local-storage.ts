import { promises as fs } from 'node:fs'
import path from 'node:path'
import { assertStorageKey, type FileStorage } from './storage'

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
  }
}
