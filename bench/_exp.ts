import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '../src/generated/prisma/client.ts'
const adapter = new PrismaBetterSqlite3({ url: `file:/tmp/qexp/m1.db` })
const db = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
db.$on('query', (e: any) => console.log('SQL', e.query.slice(0, 400), e.duration))
async function time(name: string, f: () => Promise<unknown>) {
  const t = performance.now(); const r = await f(); console.log(name, (performance.now() - t).toFixed(1), JSON.stringify(r).slice(0, 200))
}
await time('count', () => db.event.count({ where: { fiscalYear: { gte: 2022, lte: 2022 } } }))
await time('count', () => db.event.count({ where: { fiscalYear: { gte: 2022, lte: 2022 } } }))
await time('countall', () => db.event.count())
await time('sumByFy', () => db.event.groupBy({ by: ['fiscalYear'], _sum: { participants: true }, _count: { _all: true } }))
await time('regionSome', () => db.event.count({ where: { states: { some: { stateCode: { in: ['IL','IN','IA','KS','MN','MO','NE','ND','SD','WI','MI','OH'] } } } } }))
await time('regionSomeFy', () => db.event.count({ where: { fiscalYear: 2022, states: { some: { fiscalYear: 2022, stateCode: { in: ['IL','IN','IA','KS','MN','MO','NE','ND','SD','WI','MI','OH'] } } } } }))
await time('statesFy', () => db.eventState.groupBy({ by: ['stateCode'], where: { fiscalYear: 2022 }, _count: { _all: true } }))
await time('distinct', () => db.eventState.findMany({ where: { fiscalYear: 2022, stateCode: { in: ['IL','IN','IA','KS','MN','MO','NE','ND','SD','WI','MI','OH'] } }, distinct: ['eventId'], select: { eventId: true } }).then(r => r.length))
await time('officeFy', () => db.event.groupBy({ by: ['officeCode'], where: { fiscalYear: 2022 }, _count: { _all: true } }))
await time('statesWithEventFilter', () => db.eventState.groupBy({ by: ['stateCode'], where: { fiscalYear: 2022, event: { officeCode: 'chicago' } }, _count: { _all: true } }))
await time('list', () => db.event.findMany({ where: { fiscalYear: 2022 }, orderBy: [{ startDate: 'desc' }, { id: 'desc' }], take: 20, include: { states: { select: { stateCode: true } } } }).then(r => r.length))
await time('minmax', () => db.event.aggregate({ _min: { startDate: true }, _max: { startDate: true } }))
await time('firstFind', () => db.eventState.findFirst({ where: { stateCode: 'WY', fiscalYear: { lt: 2022 } }, select: { eventId: true } }))
await db.$disconnect()
