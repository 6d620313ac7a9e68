/**
 * Every sentence the notices, pushes, reminders and reports send, in one place so a community can adjust the
 * wording without touching logic. Placeholders are filled by renderTemplate (domain/greetings/templates.ts).
 */
export const NOTICE_TEMPLATES = {
  /** A broadcast notice: title line, then the content. */
  notice: '【{title}】\n{content}',
  /** A policy topic pushed by direct message (高龄津贴 to those turning 80, a changed answer to tagged residents). */
  policyPush: '【政策提醒·{title}】\n{answer}\n如需帮助，可直接回复本消息或联系社区网格员。',
  /** 80th-birthday month: the 高龄津贴 explanation. */
  elderlyAllowance: '【高龄津贴提醒】{name}您好，您本月年满80周岁，可以申请高龄津贴。\n{answer}\n如需帮助，可直接回复本消息或联系社区网格员。',
  /** To a request's owner before its deadline. */
  deadlineReminder: '【时限提醒】诉求 #{no}（{summary}）将于 {deadline} 到期，请及时处置。',
  /** To the grid leader or an admin once a request is overdue. */
  overdueAlert: '【超期提醒】诉求 #{no}（{compound}：{summary}）已于 {deadline} 超期，责任人：{owner}。请督办。',
  /** Re-asking a reporter to rate a resolved request. */
  ratingReask: '您好，您反映的“{summary}”（#{no}）已办结，请回复 1–5 分评价处理结果（5 分最满意），谢谢！',
  /** Weekly report header and one line per compound. */
  weeklyReportHeader: '【每周诉求简报】{from} 至 {to}',
  weeklyReportLine: '{compound}：收到 {received} 件，办结 {resolved} 件，超期未办 {overdue} 件，满意率 {satisfaction}',
} as const
