/**
 * The API benchmark's load generator, run as a child process so that autocannon does not share the event loop
 * of the server it measures. Reads one JSON job from argv[2], prints autocannon's result as JSON on stdout.
 */
import autocannon from 'autocannon'

interface LoadJob {
  url: string
  paths: string[]
  token: string
  connections: number
  durationS: number
  timeoutS: number
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '{}') as LoadJob
  let i = 0
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.durationS,
    timeout: job.timeoutS,
    headers: { authorization: `Bearer ${job.token}` },
    requests: [
      {
        method: 'GET',
        // Each request takes the next path of the list, so the load covers many compounds, pages and numbers.
        setupRequest: (req) => ({ ...req, path: job.paths[i++ % job.paths.length] }),
      },
    ],
  })
  process.stdout.write(JSON.stringify(result))
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`load generator failed: ${String(err)}\n`)
    process.exit(1)
  },
)
