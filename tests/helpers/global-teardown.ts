import fs from 'node:fs'

/** Stops the embedded FerretDB of the db tier and removes its files. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__LINLI_TEST_DB__
  if (state?.db) await state.db.stop()
  if (state?.dir) fs.rmSync(state.dir, { recursive: true, force: true })
}
