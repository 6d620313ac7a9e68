import fs from 'node:fs'

/** Stops the embedded FerretDB of the db tier and removes its files. */
export default async function globalTeardown(): Promise<void> {
  // Named by two tiers: the first call stops the server, the second finds nothing left to do.
  const state = globalThis.__LINLI_TEST_DB__
  globalThis.__LINLI_TEST_DB__ = undefined
  if (state?.db) await state.db.stop()
  if (state?.dir) fs.rmSync(state.dir, { recursive: true, force: true })
}
