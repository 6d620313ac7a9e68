import { createSecretKey, type KeyObject } from 'node:crypto'
import { jwtVerify, SignJWT } from 'jose'
import { AppError } from '../../lib/errors'

const keys = new Map<string, KeyObject>()
/** The HMAC key of a secret, made once (jose would otherwise import the raw bytes on every call). */
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret)
  if (!key) {
    key = createSecretKey(new TextEncoder().encode(secret))
    keys.set(secret, key)
  }
  return key
}

const ISSUER = 'linli'
const AUDIENCE = 'linli-api'

/** Signs an access token (HS256) for a user. */
export async function signToken(secret: string, claims: { sub: string; role: string }, ttlHours: number, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor(now.getTime() / 1000)
  const exp = iat + Math.round(ttlHours * 3600)
  const token = await new SignJWT({ role: claims.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(keyOf(secret))
  return { token, expiresAt: new Date(exp * 1000) }
}

/**
 * Verifies a token and returns its subject (user id).
 * @throws AppError invalid_token (401)
 */
export async function verifyToken(secret: string, token: string, now: Date): Promise<{ sub: string; role: string }> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: now,
    })
    if (typeof payload.sub !== 'string') throw new Error('no subject')
    return { sub: payload.sub, role: String(payload.role) }
  } catch (err) {
    throw new AppError('invalid_token', '登录已失效，请重新登录', { status: 401, cause: err })
  }
}
