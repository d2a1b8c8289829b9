// `npm run bench`: prints the project's performance figures. Each part states its goal next to its figure.
import { benchImport } from './import.ts'

const only = process.argv[2]
if (only === undefined || only === 'import') await benchImport(Number(process.argv[3] ?? 100_000))
