import type { Birthday } from '../../../domain/greetings/birthdays'
import {
  type GreetingResident,
  residentsTurningAgeInMonth,
  selectGreetings,
} from '../../../domain/greetings/select-greetings'
import { codeOf } from '../../helpers/errors'

let seq = 0
function buildResident(overrides: Partial<GreetingResident> = {}): GreetingResident {
  seq += 1
  return { id: `r${seq}`, partyMember: false, consent: { greetings: true }, ...overrides }
}

const SH = 'Asia/Shanghai'
// 2025-10-06 is 中秋 (lunar 2025-08-15); 10:00 in Shanghai.
const MID_AUTUMN_2025 = new Date('2025-10-06T02:00:00Z')

describe('selectGreetings', () => {
  it.each<{ when: string; resident: Omit<GreetingResident, 'id'>; expected: Array<Record<string, unknown>> }>([
    {
      when: 'a lunar 八月十五 birthday with a known lunar birth year turns 80',
      resident: { partyMember: false, consent: { greetings: true }, birthday: { calendar: 'lunar', year: 1945, month: 8, day: 15 } },
      expected: [{ occasion: 'birthday', age: 80, milestone: 80, key: 'birthday:2025' }],
    },
    {
      when: 'a solar birthday turns 70',
      resident: { partyMember: false, consent: { greetings: true }, birthday: { calendar: 'solar', year: 1955, month: 10, day: 6 } },
      expected: [{ occasion: 'birthday', age: 70, milestone: 70, key: 'birthday:2025' }],
    },
    {
      when: 'a solar birthday with no milestone',
      resident: { partyMember: false, consent: { greetings: true }, birthday: { calendar: 'solar', year: 1960, month: 10, day: 6 } },
      expected: [{ occasion: 'birthday', age: 65, key: 'birthday:2025' }],
    },
    {
      when: 'a birthday without a birth year',
      resident: { partyMember: false, consent: { greetings: true }, birthday: { calendar: 'solar', month: 10, day: 6 } },
      expected: [{ occasion: 'birthday', key: 'birthday:2025' }],
    },
    {
      when: 'the resident opted out',
      resident: { partyMember: true, partyJoinDate: '1975-10-06', consent: { greetings: false }, birthday: { calendar: 'solar', month: 10, day: 6 } },
      expected: [],
    },
    {
      when: 'consent is missing from the record',
      resident: { partyMember: false, consent: undefined, birthday: { calendar: 'solar', month: 10, day: 6 } } as unknown as Omit<GreetingResident, 'id'>,
      expected: [],
    },
    {
      when: 'a Party member joined 50 years ago today',
      resident: { partyMember: true, partyJoinDate: '1975-10-06', consent: { greetings: true } },
      expected: [{ occasion: 'party-anniversary', years: 50, key: 'party-anniversary:2025' }],
    },
    {
      when: 'the join date is a Date at Shanghai midnight',
      resident: { partyMember: true, partyJoinDate: new Date('1985-10-05T16:00:00Z'), consent: { greetings: true } },
      expected: [{ occasion: 'party-anniversary', years: 40, key: 'party-anniversary:2025' }],
    },
    {
      when: 'the join date is stored but the resident is not a Party member',
      resident: { partyMember: false, partyJoinDate: '1975-10-06', consent: { greetings: true } },
      expected: [],
    },
    {
      when: 'the member joined this very day',
      resident: { partyMember: true, partyJoinDate: '2025-10-06', consent: { greetings: true } },
      expected: [],
    },
    {
      when: 'both occasions fall today',
      resident: { partyMember: true, partyJoinDate: '2001-10-06', consent: { greetings: true }, birthday: { calendar: 'lunar', month: 8, day: 15 } },
      expected: [
        { occasion: 'birthday', key: 'birthday:2025' },
        { occasion: 'party-anniversary', years: 24, key: 'party-anniversary:2025' },
      ],
    },
    {
      when: 'the birthday is malformed and the join date unreadable',
      resident: { partyMember: true, partyJoinDate: '06/10/1975', consent: { greetings: true }, birthday: { calendar: 'solar', month: 13, day: 6 } },
      expected: [],
    },
    {
      when: 'the birthday is another day',
      resident: { partyMember: false, consent: { greetings: true }, birthday: { calendar: 'lunar', month: 8, day: 16 } },
      expected: [],
    },
  ])('selectGreetings › when $when › then it selects $expected.length greeting(s)', ({ resident, expected }) => {
    // Arrange
    const r = buildResident(resident)

    // Act
    const selected = selectGreetings([r], MID_AUTUMN_2025, SH)

    // Assert
    expect(selected).toEqual(
      expected.map(({ key, ...rest }) => ({ residentId: r.id, ...rest, occasionKey: `${r.id}:${String(key)}` })),
    )
  })

  it.each([
    { when: 'read in Shanghai it is already 10-06', tz: SH, expected: 1 },
    { when: 'read in UTC it is still 10-05', tz: 'UTC', expected: 0 },
  ])('selectGreetings › when $when › then $expected greeting is selected', ({ tz, expected }) => {
    const r = buildResident({ birthday: { calendar: 'solar', month: 10, day: 6 } })
    expect(selectGreetings([r], new Date('2025-10-05T17:00:00Z'), tz)).toHaveLength(expected)
  })

  it('selectGreetings › when a 2-29 birthday meets 2-28 of a non-leap year › then it is selected once that year', () => {
    const r = buildResident({ birthday: { calendar: 'solar', year: 1945, month: 2, day: 29 } as Birthday })
    expect(selectGreetings([r], new Date('2025-02-28T02:00:00Z'), SH)).toEqual([
      { residentId: r.id, occasion: 'birthday', age: 80, milestone: 80, occasionKey: `${r.id}:birthday:2025` },
    ])
    expect(selectGreetings([r], new Date('2025-03-01T02:00:00Z'), SH)).toEqual([])
  })

  it('selectGreetings › when a lunar 冬月 birthday falls twice in one solar year › then the two keys differ by lunar year', () => {
    // Lunar 2023-11-25 is 2024-01-06 and lunar 2024-11-25 is 2024-12-25: two birthdays in solar 2024.
    const r = buildResident({ birthday: { calendar: 'lunar', month: 11, day: 25 } })
    const keys = ['2024-01-06', '2024-12-25'].map(
      (date) => selectGreetings([r], new Date(`${date}T02:00:00Z`), SH)[0]?.occasionKey,
    )
    expect(keys).toEqual([`${r.id}:birthday:2023`, `${r.id}:birthday:2024`])
  })

  it('selectGreetings › when 100,000 residents are scanned › then it finds exactly the matches (its speed is measured by npm run bench:birthdays)', () => {
    // Arrange: every 1000th resident has today's lunar birthday, every 1000th (offset) today's solar one.
    const residents: GreetingResident[] = []
    for (let i = 0; i < 100_000; i++) {
      const birthday: Birthday =
        i % 1000 === 0
          ? { calendar: 'lunar', year: 1950, month: 8, day: 15 }
          : i % 1000 === 1
            ? { calendar: 'solar', year: 1950, month: 10, day: 6 }
            : i % 2 === 0
              ? { calendar: 'lunar', year: 1950, month: 1 + (i % 12), day: 1 + (i % 14) }
              : { calendar: 'solar', year: 1950, month: 1 + (i % 12), day: 7 + (i % 20) }
      residents.push({ id: `p${i}`, birthday, partyMember: i % 3 === 0, partyJoinDate: '1980-07-01', consent: { greetings: i % 5 !== 4 } })
    }

    // Act
    const selected = selectGreetings(residents, MID_AUTUMN_2025, SH)

    // Assert
    expect(selected).toHaveLength(200)
    expect(selected.every((s) => s.occasion === 'birthday' && s.age === 75)).toBe(true)
  })
})

describe('residentsTurningAgeInMonth', () => {
  it.each<{ when: string; birthday?: Birthday; consent?: boolean; age: number; year: number; month: number; expected: { birthDate: string; anniversary: string } | null }>([
    { when: 'a solar birth 80 years before, same month', birthday: { calendar: 'solar', year: 1945, month: 10, day: 6 }, age: 80, year: 2025, month: 10, expected: { birthDate: '1945-10-06', anniversary: '2025-10-06' } },
    { when: 'a solar birth in another month', birthday: { calendar: 'solar', year: 1945, month: 11, day: 1 }, age: 80, year: 2025, month: 10, expected: null },
    { when: 'a solar birth a year later', birthday: { calendar: 'solar', year: 1946, month: 10, day: 1 }, age: 80, year: 2025, month: 10, expected: null },
    { when: 'a lunar 八月十五 1945 (solar 1945-09-20) in September', birthday: { calendar: 'lunar', year: 1945, month: 8, day: 15 }, age: 80, year: 2025, month: 9, expected: { birthDate: '1945-09-20', anniversary: '2025-09-20' } },
    { when: 'a lunar 八月十五 1945 in October, although its lunar birthday is 10-06', birthday: { calendar: 'lunar', year: 1945, month: 8, day: 15 }, age: 80, year: 2025, month: 10, expected: null },
    { when: 'a lunar 冬月 birth of lunar 1944 that happened in solar January 1945', birthday: { calendar: 'lunar', year: 1944, month: 11, day: 25 }, age: 80, year: 2025, month: 1, expected: { birthDate: '1945-01-08', anniversary: '2025-01-08' } },
    { when: 'a 2-29 birth in a non-leap target year', birthday: { calendar: 'solar', year: 1944, month: 2, day: 29 }, age: 81, year: 2025, month: 2, expected: { birthDate: '1944-02-29', anniversary: '2025-02-28' } },
    { when: 'the birth year is unknown', birthday: { calendar: 'solar', month: 10, day: 6 }, age: 80, year: 2025, month: 10, expected: null },
    { when: 'the resident opted out', birthday: { calendar: 'solar', year: 1945, month: 10, day: 6 }, consent: false, age: 80, year: 2025, month: 10, expected: null },
    { when: 'there is no birthday', age: 80, year: 2025, month: 10, expected: null },
  ])('residentsTurningAgeInMonth › when $when › then it is matched: $expected', ({ birthday, consent = true, age, year, month, expected }) => {
    // Arrange
    const r = buildResident({ birthday, consent: { greetings: consent } })

    // Act
    const found = residentsTurningAgeInMonth([r], age, year, month, SH)

    // Assert
    expect(found).toEqual(
      expected
        ? [{ residentId: r.id, age, ...expected, anniversaryAt: new Date(`${expected.anniversary}T00:00:00+08:00`) }]
        : [],
    )
  })

  it.each([
    { when: 'the age is negative', age: -1, month: 10, code: 'invalid_age' },
    { when: 'the month is 13', age: 80, month: 13, code: 'invalid_month' },
  ])('residentsTurningAgeInMonth › when $when › then it throws $code', ({ age, month, code }) => {
    expect(codeOf(() => residentsTurningAgeInMonth([], age, 2025, month, SH))).toBe(code)
  })
})
