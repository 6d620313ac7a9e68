// Example messages to try in the sandbox, one click to put them in the input box.

/** One example: what it shows and what to type. */
export interface SandboxExample {
  id: string
  label: string
  text: string
}

/** For a resident: a report, a policy question, a status question, an urgent report, a rating and chatter. */
export const RESIDENT_EXAMPLES: SandboxExample[] = [
  { id: 'report', label: '报事', text: '3号楼2单元14层的楼道灯坏了，晚上黑乎乎的' },
  { id: 'policy', label: '问政策', text: '高龄津贴怎么申请？' },
  { id: 'status', label: '问进度', text: '我报的楼道灯修了吗' },
  { id: 'urgent', label: '紧急', text: '5号楼一楼闻到很大的燃气味' },
  { id: 'rating', label: '评价', text: '满意' },
  { id: 'chat', label: '闲聊', text: '今天天气真好，大家吃了吗' },
]

/** For a worker: the commands of the closed loop, with the latest request number seen (or 1). */
export function workerExamples(no: number | undefined): SandboxExample[] {
  const n = no ?? 1
  return [
    { id: 'accept', label: '受理', text: `受理 ${n}` },
    { id: 'reply', label: '回复', text: `回复 ${n} 师傅明天上午来修` },
    { id: 'resolve', label: '办结', text: `办结 ${n} 已更换灯泡` },
    { id: 'query', label: '查询', text: `查询 ${n}` },
    { id: 'help', label: '帮助', text: '帮助' },
  ]
}
