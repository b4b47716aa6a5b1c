/**
 * Opens a sidebar section as if its button were clicked, so the sidebar, the view and the
 * collection's records/trash switch stay in step (App owns that switch; the workspace only asks).
 */
export function openSection(id: 'records' | 'trash'): void {
  const label = id === 'trash' ? /^Trash/ : /^Records/
  const nav = document.querySelector('nav[aria-label="Sections"]')
  const button = [...(nav?.querySelectorAll('button') ?? [])].find((b) => label.test(b.textContent?.trim() ?? ''))
  button?.click()
}
