import type { GreetingSelection } from '../../../domain/greetings/select-greetings'
import { GREETING_TEMPLATES, renderGreeting, renderTemplate } from '../../../domain/greetings/templates'
import { codeOf } from '../../helpers/errors'

describe('renderGreeting', () => {
  it.each<{ when: string; selection: GreetingSelection; contains: string[]; lacks: string[] }>([
    { when: 'an ordinary birthday', selection: { residentId: 'r1', occasion: 'birthday', age: 65, occasionKey: 'r1:birthday:2025' }, contains: ['王奶奶', '生日快乐'], lacks: ['65', '{'] },
    { when: 'a 70th birthday', selection: { residentId: 'r1', occasion: 'birthday', age: 70, milestone: 70, occasionKey: 'k' }, contains: ['王奶奶', '七十寿辰'], lacks: ['{'] },
    { when: 'an 80th birthday', selection: { residentId: 'r1', occasion: 'birthday', age: 80, milestone: 80, occasionKey: 'k' }, contains: ['王奶奶', '八十大寿'], lacks: ['{'] },
    { when: 'a 90th birthday', selection: { residentId: 'r1', occasion: 'birthday', age: 90, milestone: 90, occasionKey: 'k' }, contains: ['王奶奶', '九十华诞'], lacks: ['{'] },
    { when: 'a 100th birthday', selection: { residentId: 'r1', occasion: 'birthday', age: 100, milestone: 100, occasionKey: 'k' }, contains: ['王奶奶', '百岁寿辰'], lacks: ['{'] },
    { when: 'a 政治生日', selection: { residentId: 'r1', occasion: 'party-anniversary', years: 50, occasionKey: 'k' }, contains: ['王奶奶同志', '政治生日', '入党50年'], lacks: ['{'] },
  ])('renderGreeting › when $when › then the text is filled in', ({ selection, contains, lacks }) => {
    // Act
    const text = renderGreeting(selection, '王奶奶')

    // Assert
    for (const part of contains) expect(text).toContain(part)
    for (const part of lacks) expect(text).not.toContain(part)
  })

  it('renderGreeting › when a party anniversary has no years › then it throws missing_template_var', () => {
    const selection: GreetingSelection = { residentId: 'r1', occasion: 'party-anniversary', occasionKey: 'k' }
    expect(codeOf(() => renderGreeting(selection, '李建国'))).toBe('missing_template_var')
  })
})

describe('renderTemplate', () => {
  it.each<{ when: string; template: string; vars: Record<string, string | number>; expected: string }>([
    { when: 'all placeholders have values', template: '{name}入党{years}年', vars: { name: '李建国', years: 30 }, expected: '李建国入党30年' },
    { when: 'a placeholder repeats', template: '{name}、{name}', vars: { name: '张三' }, expected: '张三、张三' },
  ])('renderTemplate › when $when › then it renders $expected', ({ template, vars, expected }) => {
    expect(renderTemplate(template, vars)).toBe(expected)
  })

  it('renderTemplate › when a placeholder has no value › then it throws missing_template_var', () => {
    expect(codeOf(() => renderTemplate('{name}{age}', { name: '张三' }))).toBe('missing_template_var')
  })

  it('GREETING_TEMPLATES › when scanned › then they use only the {name} and {years} placeholders', () => {
    const all = [GREETING_TEMPLATES.birthday, GREETING_TEMPLATES.partyAnniversary, ...Object.values(GREETING_TEMPLATES.milestone)]
    const placeholders = new Set(all.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))
    expect([...placeholders].sort()).toEqual(['name', 'years'])
  })
})
