import { onBeforeUnmount, onMounted } from 'vue'

/**
 * Calls `tick` every `intervalMs` while the page is visible: paused when the tab is hidden, run at
 * once when it shows again. A tick never overlaps the previous one (the next waits for it to settle).
 */
export function usePolling(tick: () => Promise<void>, intervalMs: number): { runNow: () => Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | undefined
  let stopped = false

  function schedule(): void {
    clearTimeout(timer)
    if (!stopped && !document.hidden) timer = setTimeout(() => void runNow(), intervalMs)
  }

  async function runNow(): Promise<void> {
    if (running) return running
    running = tick()
      .catch(() => undefined)
      .finally(() => {
        running = undefined
        schedule()
      })
    return running
  }

  function onVisibility(): void {
    if (document.hidden) clearTimeout(timer)
    else void runNow()
  }

  onMounted(() => {
    document.addEventListener('visibilitychange', onVisibility)
    schedule()
  })
  onBeforeUnmount(() => {
    stopped = true
    clearTimeout(timer)
    document.removeEventListener('visibilitychange', onVisibility)
  })
  return { runNow }
}
