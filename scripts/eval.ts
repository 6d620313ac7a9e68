/**
 * `npm run -s eval -- <file.jsonl> [--errors] [--explain]`: runs the understander over a labelled set and prints
 * the SCHEMA.md metrics (12 headline lines first), the intent confusion table, then the misclassified ids.
 * `--explain` also prints each wrong message with the cues that fired.
 */
import { readFileSync } from 'node:fs'
import { SEED_FAQS } from '../domain/knowledge'
import { computeMetrics, createUnderstander, formatMetrics, toSchemaRecord, type GoldMessage } from '../domain/understanding'

function main(): void {
  const args = process.argv.slice(2)
  const file = args.find((a) => !a.startsWith('--'))
  if (!file) {
    process.stderr.write('usage: npm run -s eval -- <file.jsonl> [--explain]\n')
    process.exit(2)
  }
  const explain = args.includes('--explain')
  const gold: GoldMessage[] = []
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim().length === 0) return
      try {
        gold.push(JSON.parse(line) as GoldMessage)
      } catch {
        process.stderr.write(`line ${i + 1}: invalid JSON, skipped\n`)
      }
    })
  const understander = createUnderstander(SEED_FAQS)
  const predictions = gold.map((g) => toSchemaRecord(g.id, understander.understand(g.text)))
  const metrics = computeMetrics(gold, predictions)
  process.stdout.write(`${formatMetrics(metrics)}\n\nerrors (id kind expected -> actual)\n`)
  const textById = new Map(gold.map((g) => [g.id, g.text]))
  for (const e of metrics.errors) {
    process.stdout.write(`${e.id} ${e.kind} ${e.expected} -> ${e.actual}\n`)
    if (explain) {
      const text = textById.get(e.id) ?? ''
      const reasons = understander.understand(text, { explain: true }).reasons ?? []
      process.stdout.write(`    ${text.replace(/\n/g, ' / ')}\n    ${reasons.join(' ')}\n`)
    }
  }
}

main()
