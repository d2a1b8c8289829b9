// bin/built-entry.js decides whether bin/grassroots.js may run the compiled dist/ or must run the sources:
// it must never pick a build older than the sources.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILD_STAMP, builtIsCurrent } from '../../bin/built-entry.js'
import { tmpDir } from '../helpers/tmp.ts'

const base = tmpDir('grassroots-built-entry-')
const T0 = new Date('2025-01-01T00:00:00Z')
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000)

/** A checkout with src/a.ts and src/cli/main.ts dated T0, and (unless `built` is false) a build stamped at T0 + 10 s. */
function checkout(name: string, options: { built?: boolean } = {}): string {
  const root = path.join(base, name)
  fs.mkdirSync(path.join(root, 'src', 'cli'), { recursive: true })
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true })
  for (const f of ['src/a.ts', 'src/cli/main.ts']) fs.writeFileSync(path.join(root, f), 'export {}\n')
  for (const p of ['src/a.ts', 'src/cli/main.ts', 'src/cli', 'src']) fs.utimesSync(path.join(root, p), T0, T0)
  if (options.built !== false) {
    fs.writeFileSync(path.join(root, 'dist', BUILD_STAMP), '')
    fs.utimesSync(path.join(root, 'dist', BUILD_STAMP), later(10), later(10))
  }
  return root
}

describe('builtIsCurrent', () => {
  it('is true when the build started after every source was written', () => {
    expect(builtIsCurrent(checkout('current'))).toBe(true)
  })

  it('is false without a build stamp (never built, or a build that failed or is still running)', () => {
    expect(builtIsCurrent(checkout('unbuilt', { built: false }))).toBe(false)
  })

  it('is false when a source file was edited after the build', () => {
    const root = checkout('edited')
    fs.utimesSync(path.join(root, 'src/cli/main.ts'), later(11), later(11))
    expect(builtIsCurrent(root)).toBe(false)
  })

  it('is false when a source file was deleted after the build (its directory changed)', () => {
    const root = checkout('deleted')
    fs.rmSync(path.join(root, 'src/a.ts'))
    fs.utimesSync(path.join(root, 'src'), later(12), later(12))
    expect(builtIsCurrent(root)).toBe(false)
  })

  it('is true for an installation that ships dist/ without src/', () => {
    const root = checkout('no-src')
    fs.rmSync(path.join(root, 'src'), { recursive: true })
    expect(builtIsCurrent(root)).toBe(true)
  })
})
