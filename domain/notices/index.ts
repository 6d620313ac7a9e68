export * from './cron'
export * from './schedule'
export * from './templates'
