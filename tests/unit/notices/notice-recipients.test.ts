import { noticeDeliveryKey, renderNoticeText, resolveNoticeRecipients, toNoticeSchedule, type RecipientDirectory } from '../../../domain/notices/notice.service'

const directory: RecipientDirectory = {
  async listResidentGroups(compoundIds) {
    const all = [
      { roomId: 'r1@chatroom', topic: '米亚花园业主群', compoundId: 'c1' },
      { roomId: 'r2@chatroom', compoundId: 'c2' },
      { roomId: 'r1@chatroom', topic: '米亚花园业主群', compoundId: 'c1' },
    ]
    return compoundIds ? all.filter((g) => compoundIds.includes(g.compoundId)) : all
  },
  async listResidentsWithTags() {
    return [
      { id: 'p1', name: '张阿姨', wechatId: 'wx1', compoundId: 'c1', consentPushes: true },
      { id: 'p2', name: '李大爷', wechatId: 'wx2', compoundId: 'c1', consentPushes: false },
      { id: 'p3', name: '王奶奶', compoundId: 'c2', consentPushes: true },
    ]
  },
}

describe('notice recipients', () => {
  it.each([
    ['all groups', { kind: 'all' as const, compoundIds: [], tags: [] }, ['room:r1@chatroom', 'room:r2@chatroom']],
    ['chosen compounds', { kind: 'compounds' as const, compoundIds: ['c2'], tags: [] }, ['room:r2@chatroom']],
    ['tagged residents with consent and a WeChat id', { kind: 'tags' as const, compoundIds: [], tags: ['低保'] }, ['resident:p1']],
  ])('resolveNoticeRecipients › when targeting %s › then it returns each target once', async (_name, targets, keys) => {
    // Act
    const { recipients } = await resolveNoticeRecipients(targets, directory)
    // Assert
    expect(recipients.map((r) => r.key)).toEqual(keys)
  })

  it('resolveNoticeRecipients › when tagged residents lack consent or a WeChat id › then they are counted as skipped', async () => {
    // Act
    const { skipped, recipients } = await resolveNoticeRecipients({ kind: 'tags', compoundIds: [], tags: ['低保'] }, directory)
    // Assert
    expect(skipped).toEqual({ noConsent: 1, noWechatId: 1 })
    expect(recipients[0].target).toEqual({ kind: 'contact', id: 'wx1', name: '张阿姨', compoundId: 'c1', residentId: 'p1' })
  })

  it('noticeDeliveryKey › when built › then it names notice, occurrence and target', () => {
    expect(noticeDeliveryKey('n1', '2026-03-10T09:00', 'room:r1')).toBe('notice:n1:2026-03-10T09:00:room:r1')
  })

  it('renderNoticeText › when rendered › then the title heads the content', () => {
    expect(renderNoticeText({ title: '停水', content: '明天停水。' })).toBe('【停水】\n明天停水。')
  })

  it.each([
    [{ kind: 'once' as const }, 'invalid_schedule'],
    [{ kind: 'cron' as const }, 'invalid_schedule'],
  ])('toNoticeSchedule › when %j lacks its time › then it throws %s', (schedule, code) => {
    expect(() => toNoticeSchedule(schedule)).toThrow(expect.objectContaining({ code }))
  })
})
