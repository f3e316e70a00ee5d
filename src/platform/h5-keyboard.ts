// Keyboard access on the web (WCAG 2.1.1). Taro renders our custom controls — Views with a role —
// as <taro-view-core> elements, and NutUI buttons as <taro-button-core>, none of which the
// browser puts in the tab order. Here every element with an interactive role (and every enabled
// button, and NutUI's clickable cells) becomes focusable, and Enter / Space activate it like a click. Mini-programs have no
// keyboard; this file is imported only by index.h5.ts.

const INTERACTIVE = '[role="button"],[role="link"],[role="switch"],[role="checkbox"],[role="radio"],[role="tab"],taro-button-core'

// NutUI's Cell does not pass `role` through; a clickable one is a button.
const CLICKABLE_CELL = '.nut-cell-clickable:not([role])'

function makeFocusable(): void {
  document.querySelectorAll<HTMLElement>(CLICKABLE_CELL).forEach((cell) => cell.setAttribute('role', 'button'))
  document.querySelectorAll<HTMLElement>(INTERACTIVE).forEach((element) => {
    const disabled = element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true'
    if (disabled) element.removeAttribute('tabindex')
    else if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '0')
  })
}

export function installKeyboardAccess(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return
  let scheduled = false
  const schedule = () => {
    if (scheduled) return
    scheduled = true
    // Once per task, however many nodes a render added.
    setTimeout(() => {
      scheduled = false
      makeFocusable()
    }, 0)
  }
  new MutationObserver(schedule).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['role', 'disabled', 'aria-disabled'],
  })
  schedule()
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    const target = event.target
    if (!(target instanceof HTMLElement) || !target.matches(INTERACTIVE)) return
    event.preventDefault()
    target.click()
  })
}
