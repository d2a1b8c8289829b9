// Prisma CLI configuration (Prisma 7). The app itself never needs the CLI: it applies committed migrations
// on first use (src/store/migrator.ts).
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/grassroots.db' },
})
