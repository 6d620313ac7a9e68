export * from './holiday-calendar'
export * from './time-limits'
