// Decides whether the compiled JavaScript in dist/ may run: plain JavaScript on purpose, since it runs before
// anything that could load TypeScript.
import fs from 'node:fs'
import path from 'node:path'

/** Written last by scripts/build.mjs, with the build's start time as its modification time. */
export const BUILD_STAMP = '.build-stamp'

/**
 * The latest modification time (ms since the epoch) of `dir` and of every file and directory under it,
 * directories included so that a deleted or renamed file counts as a change; 0 when `dir` does not exist.
 */
export function newestMtimeMs(dir) {
  let newest = 0
  let entries
  try {
    newest = fs.statSync(dir).mtimeMs
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch (e) {
    if (e.code === 'ENOENT') return 0
    throw e
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    const mtime = entry.isDirectory() ? newestMtimeMs(full) : fs.statSync(full).mtimeMs
    if (mtime > newest) newest = mtime
  }
  return newest
}

/**
 * Whether `root`/dist was built from the current `root`/src: the build stamp exists and nothing under src/
 * (generated Prisma clients included) was modified after the build started. A checkout without src/ (only
 * dist/) counts as current.
 */
export function builtIsCurrent(root) {
  let stamp
  try {
    stamp = fs.statSync(path.join(root, 'dist', BUILD_STAMP)).mtimeMs
  } catch {
    return false
  }
  return newestMtimeMs(path.join(root, 'src')) <= stamp
}
