import { session, signOut } from './session'

/** An error answered by the API (application/problem+json), with its Chinese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message)
  }
}

type Query = Record<string, string | number | boolean | undefined | null | readonly (string | number)[]>

/** Builds `path?query`, skipping empty values and repeating array values as comma lists. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue
    if (Array.isArray(v)) {
      if (v.length) params.set(k, v.join(','))
    } else params.set(k, String(v))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

let onUnauthorized: () => void = () => undefined
/** Called when the API answers 401 to a signed-in request (expired or revoked token). */
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn
}

async function request<T>(method: string, path: string, body?: unknown, init?: { raw?: boolean; form?: FormData }): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (session.token) headers.Authorization = `Bearer ${session.token}`
  let payload: BodyInit | undefined
  if (init?.form) payload = init.form
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  let res: Response
  try {
    res = await fetch(path, { method, headers, body: payload })
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试')
  }
  if (res.status === 401 && session.token && !path.startsWith('/api/auth/')) {
    signOut()
    onUnauthorized()
  }
  if (!res.ok) {
    let problem: { type?: string; title?: string; detail?: string; field?: string; details?: unknown } = {}
    try {
      problem = (await res.json()) as typeof problem
    } catch {
      // Not JSON: keep the status text.
    }
    const code = problem.type?.split('/').pop() ?? String(res.status)
    throw new ApiError(res.status, code, problem.detail ?? problem.title ?? res.statusText, problem.field, problem.details)
  }
  if (init?.raw) return res as unknown as T
  if (res.status === 204) return undefined as T
  const type = res.headers.get('Content-Type') ?? ''
  return (type.includes('json') ? await res.json() : await res.text()) as T
}

/** Thin typed client of the Linli API (same origin). */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  delete: <T>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, undefined, { form }),
  /** A raw Response (for file downloads). */
  raw: (path: string, query?: Query) => request<Response>('GET', withQuery(path, query), undefined, { raw: true }),
}

/** Message to show for any error thrown by the client. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message || `请求失败（${err.status}）`
  if (err instanceof Error) return err.message
  return String(err)
}
