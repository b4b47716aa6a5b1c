import { defineStore } from 'pinia'
import { ref } from 'vue'

/** Which sidebar section is shown; views ask for another one here (App.vue shows it). */
export const useNavigationStore = defineStore('navigation', () => {
  const section = ref('records')
  const requested = ref<{ id: string; at: number } | null>(null)
  function open(id: string): void {
    requested.value = { id, at: Date.now() }
  }
  return { section, requested, open }
})
