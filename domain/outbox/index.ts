export * from './dispatch-plan'
export * from './send-errors'
export * from './sending-rules'
