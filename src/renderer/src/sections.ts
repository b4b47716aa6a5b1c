import type { Component } from 'vue'
import { defineAsyncComponent } from 'vue'

/**
 * The sidebar's sections. Records and Trash share the records view; every other capability
 * adds its own view here (one entry each), so App.vue never needs to know about them.
 */
export interface Section {
  id: string
  label: string
  /** Digit of the view's shortcut (shortcuts.ts), in sidebar order. */
  key?: string
  /** The view; undefined for the records/trash views App renders itself. */
  component?: Component
  /** Shows a record count beside the label. */
  count?: 'records' | 'trash'
}

export const SECTIONS: Section[] = [
  { id: 'records', label: 'Records', key: '1', count: 'records' },
  { id: 'trash', label: 'Trash', key: '2', count: 'trash' },
  { id: 'import', label: 'Import', key: '3', component: defineAsyncComponent(() => import('./views/ImportView.vue')) },
  { id: 'overview', label: 'Overview', key: '4', component: defineAsyncComponent(() => import('./views/OverviewView.vue')) },
  { id: 'duplicates', label: 'Duplicates', key: '5', component: defineAsyncComponent(() => import('./views/DuplicatesView.vue')) },
  { id: 'clusters', label: 'Clean values', key: '6', component: defineAsyncComponent(() => import('./views/ClustersView.vue')) },
  { id: 'history', label: 'History', key: '7', component: defineAsyncComponent(() => import('./views/HistoryView.vue')) },
  { id: 'backups', label: 'Backups', key: '8', component: defineAsyncComponent(() => import('./views/BackupsView.vue')) }
]
