#!/usr/bin/env node
// The `grassroots` command. Runs the TypeScript sources directly through tsx, so there is no build step to
// forget: what `npm ci` installed is what runs.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
