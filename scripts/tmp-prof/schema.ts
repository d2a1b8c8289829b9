import fs from 'node:fs'
import { queryJsonSchema } from '../../src/questions/llm/prompt.ts'
fs.writeFileSync('test/questions/llm/query-json-schema.json', JSON.stringify(queryJsonSchema(), null, 2) + '\n')
