import { fitsWindow, isSendAllowed, RateLimiter, type RateLimits } from '../../../domain/intake/rate-limit'

const limits: RateLimits = { perMinute: 6, burst: 3, burstWindowMs: 10_000, perSenderPerMinute: 2 }
const T = 1_000_000

describe('rate limit', () => {
  it.each<[string, number[], number[] | undefined, number, boolean]>([
    ['nothing sent yet', [], [], T, true],
    ['two sent in the burst window', [T - 2000, T - 1000], undefined, T, true],
    ['three sent in the burst window', [T - 3000, T - 2000, T - 1000], undefined, T, false],
    ['three sent but the oldest left the burst window', [T - 11_000, T - 2000, T - 1000], undefined, T, true],
    ['six sent within the minute', [T - 50_000, T - 40_000, T - 30_000, T - 20_000, T - 15_000, T - 12_000], undefined, T, false],
    ['six sent but one over a minute ago', [T - 61_000, T - 40_000, T - 30_000, T - 20_000, T - 15_000, T - 12_000], undefined, T, true],
    ['the sender already got two replies this minute', [T - 30_000], [T - 30_000, T - 20_000], T, false],
    ['the sender got one reply this minute', [T - 30_000], [T - 20_000], T, true],
  ])('isSendAllowed › when %s › then allowed is %s', (_name, conv, sender, now, expected) => {
    expect(isSendAllowed(conv, sender, now, limits)).toBe(expected)
  })

  it.each<[number[], number, number, number, boolean]>([
    [[], 0, 1000, 1, true],
    [[0], 500, 1000, 1, false],
    [[0], 1000, 1000, 1, true],
    [[2000], 1000, 1000, 1, true],
  ])('fitsWindow › when times %j at %d (window %d, max %d) › then %s', (times, now, windowMs, max, expected) => {
    expect(fitsWindow(times, now, windowMs, max)).toBe(expected)
  })

  it('RateLimiter › when a conversation is flooded › then at most the burst goes out, and more after the window', () => {
    // Arrange
    const limiter = new RateLimiter(limits)
    const at = (ms: number) => new Date(T + ms)
    // Act
    const first = Array.from({ length: 10 }, (_, i) => limiter.tryTake('room-1', `s${i}`, at(i * 100)))
    const later = limiter.tryTake('room-1', 'sx', at(11_000))
    const otherRoom = limiter.tryTake('room-2', 's0', at(0))
    // Assert
    expect(first.filter(Boolean)).toHaveLength(3)
    expect(later).toBe(true)
    expect(otherRoom).toBe(true)
  })
})
