import { AppError } from '../../lib/errors'
import type { Milestone } from './birthdays'
import type { GreetingSelection } from './select-greetings'

/**
 * Every greeting sentence, in one place so a community can adjust the wording without touching logic.
 * Placeholders: {name} (how the community addresses the resident, e.g. 王奶奶 or 李建国), {years} (years in
 * the Party). An ordinary birthday deliberately does not state the age: greetings may be posted in a group.
 */
export const GREETING_TEMPLATES = {
  birthday: '{name}，生日快乐！🎂 社区的邻里们祝您身体健康、万事顺意，日子越过越红火！',
  milestone: {
    70: '欣逢{name}七十寿辰，社区全体邻里恭祝您福如东海、寿比南山！愿您身体康健、笑口常开，阖家幸福安康。',
    80: '欣逢{name}八十大寿，社区党支部和全体邻里向您致以诚挚的祝福：松鹤长春，福寿绵长！感谢您多年来对社区的关心与支持。',
    90: '欣逢{name}九十华诞，社区全体邻里衷心祝愿您福寿康宁、安享晚年！您是我们小区的宝贵财富，祝您健康长寿。',
    100: '欣逢{name}百岁寿辰，这是我们整个社区的喜事！社区全体邻里恭祝您期颐之年福寿双全、康乐长安。',
  } satisfies Record<Milestone, string>,
  partyAnniversary:
    '{name}同志：今天是您的政治生日。入党{years}年来，您不忘初心、牢记使命，社区党支部向您致以崇高的敬意和诚挚的祝福！祝您政治生日快乐，身体健康！',
} as const

/**
 * Replaces each {placeholder} in `template` with its value.
 * @throws AppError missing_template_var (500) naming the first placeholder without a value
 */
export function renderTemplate(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name]
    if (value === undefined) {
      throw new AppError('missing_template_var', `Template placeholder {${name}} has no value`, { status: 500, field: name })
    }
    return String(value)
  })
}

/**
 * The greeting text for a selection: the 寿辰 template for a milestone birthday, the ordinary birthday
 * template otherwise, or the 政治生日 template.
 * @throws AppError missing_template_var (500)
 */
export function renderGreeting(selection: GreetingSelection, name: string): string {
  if (selection.occasion === 'party-anniversary') {
    return renderTemplate(GREETING_TEMPLATES.partyAnniversary, { name, ...(selection.years ? { years: selection.years } : {}) })
  }
  const template = selection.milestone ? GREETING_TEMPLATES.milestone[selection.milestone] : GREETING_TEMPLATES.birthday
  return renderTemplate(template, { name })
}
