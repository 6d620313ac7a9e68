import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SEED_FAQS } from '../../../domain/knowledge'
import { refineWithLlm, type LlmRefineOptions, type Understanding } from '../../../domain/understanding'

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void

/** A real HTTP server on 127.0.0.1 whose behaviour each test sets. */
async function startServer(handler: Handler): Promise<{ server: Server; baseUrl: string; requests: { url?: string; auth?: string; body: string }[] }> {
  const requests: { url?: string; auth?: string; body: string }[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8')
    })
    req.on('end', () => {
      requests.push({ url: req.url, auth: req.headers.authorization, body })
      handler(req, body, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, baseUrl: `http://127.0.0.1:${port}/v1`, requests }
}

async function stopServer(server: Server): Promise<void> {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
}

function completion(content: string): string {
  return JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] })
}

const TOPICS = SEED_FAQS.map((f) => ({ topic: f.topic, title: f.title }))
const LOCAL: Understanding = { intent: 'chat', urgent: false, confidence: 0.4, location: { building: '3' } }

function options(baseUrl: string, overrides: Partial<LlmRefineOptions> = {}): LlmRefineOptions {
  return { baseUrl, apiKey: 'test-key', model: 'test-model', timeoutMs: 500, topics: TOPICS, ...overrides }
}

describe('refineWithLlm', () => {
  it('refineWithLlm › when the endpoint answers valid JSON › then its labels are used and the local location kept', async () => {
    // Arrange
    const { server, baseUrl, requests } = await startServer((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(completion('{"intent":"request","category":"lighting","faq":null,"urgent":false}'))
    })
    try {
      // Act
      const result = await refineWithLlm('3栋楼道黑咕隆咚的', LOCAL, options(baseUrl))

      // Assert
      expect(result.usedLlm).toBe(true)
      expect(result.understanding).toMatchObject({ intent: 'request', category: 'lighting', location: { building: '3' }, urgent: false })
      expect(requests[0].url).toBe('/v1/chat/completions')
      expect(requests[0].auth).toBe('Bearer test-key')
      const sent = JSON.parse(requests[0].body) as { model: string; messages: { role: string; content: string }[] }
      expect(sent.model).toBe('test-model')
      expect(sent.messages[1]).toEqual({ role: 'user', content: '3栋楼道黑咕隆咚的' })
    } finally {
      await stopServer(server)
    }
  })

  it('refineWithLlm › when the reply wraps the JSON in a code fence › then it is still parsed', async () => {
    // Arrange
    const { server, baseUrl } = await startServer((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(completion('```json\n{"intent":"question","faq":"dibao","urgent":false}\n```'))
    })
    try {
      // Act
      const result = await refineWithLlm('家里困难能领点钱吗', LOCAL, options(baseUrl))

      // Assert
      expect(result.understanding).toMatchObject({ intent: 'question', faq: 'dibao' })
    } finally {
      await stopServer(server)
    }
  })

  it('refineWithLlm › when the endpoint is slower than the timeout › then the local result is returned', async () => {
    // Arrange
    const { server, baseUrl } = await startServer((_req, _body, res) => {
      const timer = setTimeout(() => res.end(completion('{"intent":"request"}')), 2000)
      res.on('close', () => clearTimeout(timer))
    })
    try {
      // Act
      const result = await refineWithLlm('随便说点什么', LOCAL, options(baseUrl, { timeoutMs: 100 }))

      // Assert
      expect(result).toEqual({ understanding: LOCAL, usedLlm: false, fallback: 'timeout' })
    } finally {
      await stopServer(server)
    }
  })

  it.each<[string, number, string]>([
    ['the body is not JSON', 200, 'this is not json'],
    ['the content is not JSON', 200, completion('我觉得这是报事')],
    ['the intent is not a known key', 200, completion('{"intent":"complaint"}')],
    ['a question has an unknown topic', 200, completion('{"intent":"question","faq":"weather"}')],
    ['choices are missing', 200, JSON.stringify({ id: 'x' })],
  ])('refineWithLlm › when %s › then the local result is returned', async (_case, status, body) => {
    // Arrange
    const { server, baseUrl } = await startServer((_req, _body, res) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(body)
    })
    try {
      // Act
      const result = await refineWithLlm('今天天气怎么样', LOCAL, options(baseUrl))

      // Assert
      expect(result).toEqual({ understanding: LOCAL, usedLlm: false, fallback: 'invalid_response' })
    } finally {
      await stopServer(server)
    }
  })

  it('refineWithLlm › when the endpoint returns 500 › then the local result is returned', async () => {
    // Arrange
    const { server, baseUrl } = await startServer((_req, _body, res) => {
      res.writeHead(500)
      res.end('boom')
    })
    try {
      // Act
      const result = await refineWithLlm('楼道灯坏了', LOCAL, options(baseUrl))

      // Assert
      expect(result).toEqual({ understanding: LOCAL, usedLlm: false, fallback: 'http_error' })
    } finally {
      await stopServer(server)
    }
  })

  it('refineWithLlm › when nothing listens on the port › then the local result is returned', async () => {
    // Arrange: start and stop a server to get a port that refuses connections
    const { server, baseUrl } = await startServer((_req, _body, res) => res.end())
    await stopServer(server)

    // Act
    const result = await refineWithLlm('楼道灯坏了', LOCAL, options(baseUrl))

    // Assert
    expect(result).toEqual({ understanding: LOCAL, usedLlm: false, fallback: 'network_error' })
  })

  it('refineWithLlm › when the local result is confident › then no request is made', async () => {
    // Arrange
    const { server, baseUrl, requests } = await startServer((_req, _body, res) => res.end())
    const confident: Understanding = { intent: 'request', category: 'water', urgent: false, confidence: 0.95 }
    try {
      // Act
      const result = await refineWithLlm('水管漏水了', confident, options(baseUrl))

      // Assert
      expect(result).toEqual({ understanding: confident, usedLlm: false, fallback: 'confident' })
      expect(requests).toHaveLength(0)
    } finally {
      await stopServer(server)
    }
  })

  it('refineWithLlm › when the local result is urgent and the model says it is not › then urgency is kept', async () => {
    // Arrange
    const { server, baseUrl } = await startServer((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(completion('{"intent":"request","category":"safety","urgent":false}'))
    })
    const urgentLocal: Understanding = { intent: 'request', category: 'safety', urgent: true, confidence: 0.5 }
    try {
      // Act
      const result = await refineWithLlm('楼道里好大的煤气味', urgentLocal, options(baseUrl))

      // Assert
      expect(result.understanding.urgent).toBe(true)
    } finally {
      await stopServer(server)
    }
  })
})
