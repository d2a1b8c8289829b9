// Fiscal years and eras, and the reference data (states, regions, offices, activity types, themes,
// formats). Pure: no I/O, no Prisma.
export * from './text.ts'
export * from './states.ts'
export * from './offices.ts'
export * from './catalog.ts'
export * from './fiscal-year.ts'
