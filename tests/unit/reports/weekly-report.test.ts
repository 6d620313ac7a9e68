import { renderWeeklyReport, satisfactionText } from '../../../domain/reports/weekly-report'

describe('weekly report', () => {
  it.each([
    [0, 0, '—'],
    [4, 3, '75%'],
    [3, 2, '67%'],
    [2, 2, '100%'],
  ])('satisfactionText › when %i rated and %i satisfied › then %s', (rated, satisfied, text) => {
    expect(satisfactionText(rated, satisfied)).toBe(text)
  })

  it('renderWeeklyReport › when two compounds are reported › then a header and one line each', () => {
    // Act
    const text = renderWeeklyReport(
      [
        { compoundId: 'a', compoundName: '米亚花园三期', received: 5, resolved: 4, overdue: 1, rated: 4, satisfied: 3 },
        { compoundId: 'b', compoundName: '滨河花园二期', received: 0, resolved: 0, overdue: 0, rated: 0, satisfied: 0 },
      ],
      '2026-03-09',
      '2026-03-15',
    )
    // Assert
    expect(text).toBe(
      '【每周诉求简报】2026-03-09 至 2026-03-15\n米亚花园三期：收到 5 件，办结 4 件，超期未办 1 件，满意率 75%\n滨河花园二期：收到 0 件，办结 0 件，超期未办 0 件，满意率 —',
    )
  })
})
