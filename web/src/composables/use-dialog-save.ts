import { ref, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import { errorMessage } from '../api'

/**
 * The save of an editor dialog: `saving` while the request runs; on success a message, the dialog closed and
 * `done` called with what the API returned; on failure the API's message, the dialog left open as it was.
 */
export function useDialogSave(open: Ref<boolean>) {
  const saving = ref(false)
  async function save<T>(request: () => Promise<T>, success: (saved: T) => string, done: (saved: T) => void): Promise<void> {
    saving.value = true
    try {
      const saved = await request()
      ElMessage.success(success(saved))
      open.value = false
      done(saved)
    } catch (err) {
      ElMessage.error(errorMessage(err))
    } finally {
      saving.value = false
    }
  }
  return { saving, save }
}
