// The parts of autocannon (v8/v9, which ships no types) the API benchmark uses.
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string
      path?: string
      headers?: Record<string, string>
      setupRequest?: (req: Request) => Request
    }
    interface Options {
      url: string
      connections?: number
      duration?: number
      amount?: number
      timeout?: number
      headers?: Record<string, string>
      requests?: Request[]
    }
    interface Histogram {
      average: number
      mean: number
      stddev: number
      min: number
      max: number
      p50: number
      p90: number
      p97_5: number
      p99: number
      p99_9: number
      total: number
    }
    interface Result {
      latency: Histogram
      requests: Histogram & { sent: number }
      throughput: Histogram
      errors: number
      timeouts: number
      non2xx: number
      duration: number
      '2xx': number
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>
  export = autocannon
}
