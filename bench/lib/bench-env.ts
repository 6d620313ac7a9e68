import { z } from 'zod'

/**
 * The environment the benchmarks read, parsed once (the product reads its own in lib/config.ts).
 * `BENCH_SCALE` shrinks every data set and run for quick runs while developing; the README's figures are at 1.
 */
const benchEnvSchema = z.object({
  BENCH_SCALE: z.coerce.number().positive().max(10).default(1),
  /** An existing MongoDB-compatible server instead of a fresh embedded FerretDB (each benchmark uses its own database on it). */
  MONGODB_URI: z
    .preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^mongodb(\+srv)?:\/\//).optional()),
  FERRETDB_BIN: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  /** Where the dev set lives (default ../shared/eval/dev.jsonl beside the repository). */
  BENCH_DEV_SET: z.string().default('../shared/eval/dev.jsonl'),
  /** API benchmark: seconds per endpoint under load. */
  BENCH_API_SECONDS: z.coerce.number().positive().max(600).default(20),
  /** API benchmark: only the endpoints whose names start with one of these words (comma-separated: list, detail, statistics). */
  BENCH_API_ONLY: z
    .preprocess((v) => (v === '' || v === undefined ? undefined : String(v).split(',').map((s) => s.trim()).filter(Boolean)), z.array(z.enum(['list', 'detail', 'statistics'])).optional()),
  /** API benchmark: reseed even when a matching seeded database is cached. */
  BENCH_RESEED: z.preprocess((v) => v === '1' || v === 'true', z.boolean()).default(false),
  /** The embedded database's SQLite `synchronous` (the product's EMBEDDED_DB_SYNC; default normal, as there). */
  BENCH_DB_SYNC: z.enum(['normal', 'full']).default('normal'),
  /** Broadcast benchmark: the pace (ms) of the paced run. */
  BENCH_PACE_MS: z.coerce.number().int().min(1).max(600_000).optional(),
})

export type BenchEnv = z.output<typeof benchEnvSchema>

/** The benchmarks' settings from the environment. */
export const benchEnv: BenchEnv = Object.freeze(benchEnvSchema.parse(process.env))

/** `n` scaled by BENCH_SCALE, at least `min`. */
export function scaled(n: number, min = 1): number {
  return Math.max(min, Math.round(n * benchEnv.BENCH_SCALE))
}
