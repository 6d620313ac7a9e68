import { renderTemplate } from '../greetings/templates'
import { NOTICE_TEMPLATES } from '../notices/templates'

/** One compound's figures for the report period. */
export interface CompoundWeekStats {
  compoundId: string
  compoundName: string
  /** Requests created in the period. */
  received: number
  /** Requests resolved in the period. */
  resolved: number
  /** Requests open past their deadline at the end of the period. */
  overdue: number
  /** Ratings given in the period, and how many were 4 or 5. */
  rated: number
  satisfied: number
}

/** 满意率 as a percentage with no decimals, or '—' without ratings. */
export function satisfactionText(rated: number, satisfied: number): string {
  return rated > 0 ? `${Math.round((satisfied / rated) * 100)}%` : '—'
}

/** The weekly report text: a header line, then one line per compound (compounds without activity included). */
export function renderWeeklyReport(stats: readonly CompoundWeekStats[], from: string, to: string): string {
  const lines = [renderTemplate(NOTICE_TEMPLATES.weeklyReportHeader, { from, to })]
  for (const s of stats) {
    lines.push(
      renderTemplate(NOTICE_TEMPLATES.weeklyReportLine, {
        compound: s.compoundName,
        received: s.received,
        resolved: s.resolved,
        overdue: s.overdue,
        satisfaction: satisfactionText(s.rated, s.satisfied),
      }),
    )
  }
  return lines.join('\n')
}
