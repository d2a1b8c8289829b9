// The database handle every store module takes: the Prisma client (SQLite or PostgreSQL through a driver
// adapter). Its own module, so that modules the client uses (bulk.ts, derived-rows.ts) can name it without
// importing the client.
import type { PrismaClient } from '../generated/prisma/client.ts'

export type Db = PrismaClient
