import { defineAsyncComponent, type Component } from 'vue'

/**
 * Buttons in the records view's header that act on the current selection or search
 * (bulk edit, export, find duplicates…). Each capability adds its component here, so the
 * records view does not need to know about them. Components read the collection store.
 */
export const RECORDS_TOOLBAR: Component[] = [
  defineAsyncComponent(() => import('./components/export/ExportButton.vue')),
  defineAsyncComponent(() => import('./components/bulk/BulkEditButton.vue'))
]
