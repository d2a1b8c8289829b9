// `npm run bench`: prints the project's performance figures. Each part states its goal next to its figure.
// `npm run bench -- PART [N]` runs one part: import, questions, slack, render, memory, startup. The import and
// question parts run on SQLite and on a PostgreSQL database of their own (BENCH_PG=0 skips PostgreSQL).
import { benchImport } from './import.ts'
import { benchQuestions } from './questions.ts'
import { benchRender } from './render.ts'
import { benchServeMemory } from './serve-memory.ts'
import { benchSlack } from './slack.ts'
import { benchStartup } from './startup.ts'

const only = process.argv[2]
if (only === undefined || only === 'import') await benchImport(Number(process.argv[3] ?? 100_000))
if (only === undefined || only === 'questions') await benchQuestions(Number(process.argv[3] ?? 1_000_000))
if (only === undefined || only === 'slack') await benchSlack()
if (only === undefined || only === 'render') await benchRender()
if (only === undefined || only === 'memory') await benchServeMemory()
if (only === undefined || only === 'startup') await benchStartup(Number(process.argv[3] ?? 10))
