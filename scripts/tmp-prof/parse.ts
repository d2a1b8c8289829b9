import { parseQuestion } from '../../src/questions/parser/index.ts'
for (const q of process.argv.slice(2)) console.log(q, '\n  ', JSON.stringify(parseQuestion(q, { asOf: '2023-08-15' } as never)))
