import fs from 'node:fs'
import { describeEnv } from '../lib/config'

/**
 * `npm run -s env:docs` prints the README's environment table; `npm run -s env:docs -- --write`
 * also rewrites .env.example. Both come from the zod schema in lib/config.ts.
 */
function main(): void {
  const rows = describeEnv()
  const table = ['| Variable | Default | Meaning |', '| --- | --- | --- |', ...rows.map((r) => `| \`${r.name}\` | ${r.defaultValue ? `\`${r.defaultValue}\`` : '—'} | ${r.description.replace(/\|/g, '\\|')} |`)].join('\n')
  if (process.argv.includes('--write')) {
    const example = [
      '# Linli configuration. Copy to .env and adjust; every variable is optional unless noted.',
      '# Generated from lib/config.ts by `npm run -s env:docs -- --write`.',
      '',
      ...rows.flatMap((r) => [`# ${r.description}`, `${r.defaultValue ? '' : '# '}${r.name}=${r.defaultValue}`, '']),
    ].join('\n')
    fs.writeFileSync('.env.example', example)
  }
  process.stdout.write(`${table}\n`)
}

main()
