// No import cycles anywhere in src/ (type-only imports included): a module graph that can be read from the
// bottom up. Checked with madge over the TypeScript sources; Prisma's generated client is left out (not ours).
import path from 'node:path'
import madge from 'madge'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

async function cyclesIn(dir: string): Promise<string[][]> {
  const graph = await madge(path.join(root, dir), {
    fileExtensions: ['ts'],
    tsConfig: path.join(root, 'tsconfig.json'),
    excludeRegExp: [/^generated\//],
    detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
  })
  return graph.circular()
}

describe('import structure', () => {
  it('has no import cycle in src/', async () => {
    expect(await cyclesIn('src')).toEqual([])
  }, 60_000)

  it('sees a cycle made only of type imports (so the check above could fail)', async () => {
    expect(await cyclesIn('test/fixtures/import-cycle')).toEqual([['a.ts', 'b.ts']])
  }, 60_000)
})
