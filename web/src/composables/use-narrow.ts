import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/** Phones and narrow windows (the layout's breakpoint): pages show cards instead of wide tables. */
export const NARROW_MAX_WIDTH = 768

/** A ref that is true while the window is narrower than {@link NARROW_MAX_WIDTH}, kept up to date on resize. */
export function useNarrow(): Ref<boolean> {
  const narrow = ref(typeof window !== 'undefined' && window.innerWidth < NARROW_MAX_WIDTH)
  const update = () => (narrow.value = window.innerWidth < NARROW_MAX_WIDTH)
  onMounted(() => {
    update()
    window.addEventListener('resize', update)
  })
  onBeforeUnmount(() => window.removeEventListener('resize', update))
  return narrow
}
