/**
 * `npm run bench`: every benchmark in turn (understanding, intake, API, broadcast, birthdays), each with its own
 * embedded database, then one summary table of the figures that have a target. BENCH_SCALE=0.1 for a quick run.
 */
import { benchApi } from './api.bench'
import { benchBirthdays } from './birthdays.bench'
import { benchBroadcast } from './broadcast.bench'
import { benchIntake } from './intake.bench'
import { benchUnderstanding } from './understanding.bench'
import { progress, runAsScript, type BenchResult } from './lib/harness'

const BENCHMARKS: [string, () => Promise<BenchResult>][] = [
  ['understanding', benchUnderstanding],
  ['intake', benchIntake],
  ['api', benchApi],
  ['broadcast', benchBroadcast],
  ['birthdays', benchBirthdays],
]

async function main(): Promise<void> {
  const results: BenchResult[] = []
  const failed: string[] = []
  for (const [name, run] of BENCHMARKS) {
    progress(`── ${name} ──`)
    try {
      results.push(await run())
    } catch (err) {
      failed.push(name)
      process.stderr.write(`benchmark ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    }
  }
  process.stdout.write('\n## Targets\n\n')
  for (const r of results) {
    for (const f of r.figures.filter((x) => x.target)) {
      const value = Number.isFinite(f.value) ? (Math.abs(f.value) >= 100 ? Math.round(f.value).toLocaleString('en-US') : f.value.toFixed(2)) : 'n/a'
      process.stdout.write(`${f.pass ? 'ok  ' : 'MISS'}  ${r.name}: ${f.metric} = ${value} ${f.unit} (target ${f.target})\n`)
    }
  }
  if (failed.length) {
    process.stdout.write(`\nfailed to run: ${failed.join(', ')}\n`)
    process.exitCode = 1
  }
}

runAsScript(async () => {
  await main()
  if (process.exitCode) throw new Error('some benchmarks did not run')
})
