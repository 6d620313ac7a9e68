import fs from 'node:fs'
import path from 'node:path'

/*
 * The product's process runs with one V8 heap setting (README, "Memory"): `npm start`, the Docker image and the
 * benchmarks, which measure the product's memory, must agree on it.
 */
describe('the V8 heap setting of the product', () => {
  const root = path.join(__dirname, '..', '..', '..')
  const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
  const flagOf = (command: string) => /--max-old-space-size=(\d+)/.exec(command)?.[1]

  it('when npm start, the Docker image and every benchmark script are read › then they set the same heap limit', () => {
    const start = flagOf(scripts.start)
    expect(start).toBeDefined()
    const dockerCmd = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8').split('\n').find((l) => l.startsWith('CMD '))
    expect(flagOf(dockerCmd ?? '')).toBe(start)
    const benches = Object.entries(scripts).filter(([name]) => name === 'bench' || name.startsWith('bench:'))
    expect(benches.length).toBeGreaterThanOrEqual(6)
    for (const [name, command] of benches) expect([name, flagOf(command)]).toEqual([name, start])
  })
})
