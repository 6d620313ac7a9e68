/**
 * `npm run -s understand < in.jsonl > out.jsonl`: one `{"id","text"}` per input line, one SCHEMA.md record per
 * output line, in the same order. Only JSONL goes to stdout; problems go to stderr.
 *
 * Blank input lines are skipped (they are not records). A line that is not valid JSON, or has no string
 * `text`, still yields one output line, `{"id": <its id or null>, "intent": "chat"}`, so every non-blank input
 * line has exactly one output line and a downstream join by position stays aligned; doing nothing (chat) is
 * the safe answer for a message the bot cannot read.
 */
import { createInterface } from 'node:readline'
import { SEED_FAQS } from '../domain/knowledge'
import { createUnderstander, toSchemaRecord } from '../domain/understanding'

async function main(): Promise<void> {
  const understander = createUnderstander(SEED_FAQS)
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  let lineNo = 0
  for await (const rawLine of lines) {
    lineNo++
    // A UTF-8 BOM (files saved by Windows editors) is not part of the JSON.
    const line = lineNo === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine
    if (line.trim().length === 0) continue
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      process.stderr.write(`line ${lineNo}: invalid JSON, output {"id":null,"intent":"chat"}\n`)
      process.stdout.write(`${JSON.stringify({ id: null, intent: 'chat' })}\n`)
      continue
    }
    const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : null
    if (typeof record.text !== 'string' || id === null) {
      process.stderr.write(`line ${lineNo}: missing string "id" or "text", output chat\n`)
      process.stdout.write(`${JSON.stringify({ id, intent: 'chat' })}\n`)
      continue
    }
    process.stdout.write(`${JSON.stringify(toSchemaRecord(id, understander.understand(record.text)))}\n`)
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`understand failed: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
