#!/usr/bin/env node
// The `grassroots` command. Runs the TypeScript sources directly through tsx, so there is no build step to
// forget: what `npm ci` installed is what runs.
import { register } from 'tsx/esm/api'

// `grassroots export | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
}

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
