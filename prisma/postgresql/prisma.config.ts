// Prisma CLI configuration for the PostgreSQL variant (schema derived from ../schema.prisma). Online:
// `npx prisma migrate deploy --config prisma/postgresql/prisma.config.ts` with DATABASE_URL=postgresql://…
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test?schema=grassroots' },
})
