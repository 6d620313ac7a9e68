export * from './birthdays'
export * from './select-greetings'
export * from './templates'
export * from './index-keys'
