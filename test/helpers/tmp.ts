import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

/** A fresh directory per test file, removed afterwards: tests use real SQLite files, never mocks. */
export function tmpDir(prefix = 'grassroots-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}
