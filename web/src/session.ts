import { computed, reactive } from 'vue'

/** The signed-in user as the login response returns it. */
export interface SessionUser {
  id: string
  username: string
  name: string
  role: 'admin' | 'worker'
  compoundIds: string[]
}

interface SessionState {
  token: string | null
  expiresAt: string | null
  user: SessionUser | null
}

const KEY = 'linli.session'

function load(): SessionState {
  try {
    const raw = localStorage.getItem(KEY)
    if (raw) {
      const s = JSON.parse(raw) as SessionState
      if (s.token && s.expiresAt && new Date(s.expiresAt).getTime() > Date.now()) return s
    }
  } catch {
    // A corrupt entry is treated as signed out.
  }
  return { token: null, expiresAt: null, user: null }
}

/** Reactive session kept in localStorage, so a reload stays signed in until the token expires. */
export const session = reactive<SessionState>(load())

export const isSignedIn = computed(() => session.token !== null && session.expiresAt !== null && new Date(session.expiresAt).getTime() > Date.now())
export const isAdmin = computed(() => session.user?.role === 'admin')

export function signIn(token: string, expiresAt: string, user: SessionUser): void {
  Object.assign(session, { token, expiresAt, user })
  localStorage.setItem(KEY, JSON.stringify(session))
}

export function signOut(): void {
  Object.assign(session, { token: null, expiresAt: null, user: null })
  localStorage.removeItem(KEY)
}
