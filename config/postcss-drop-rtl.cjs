// PostCSS plugin: drops NutUI's right-to-left rules (`.nut-rtl …`, `[dir=rtl] …`, `.nut-…-rtl`).
// The app is Simplified Chinese only and never sets `dir=rtl` or `.nut-rtl`, so these rules can
// never match; they were 4.6 KB of every mini-program's app.wxss (issue 19).
'use strict'

const RTL_SELECTOR = /\.nut-rtl\b|\[dir=["']?rtl["']?\]|\.nut-[\w-]*-rtl\b/

function dropRtl() {
  return {
    postcssPlugin: 'drop-rtl',
    Rule(rule) {
      if (!RTL_SELECTOR.test(rule.selector)) return
      const kept = rule.selectors.filter((selector) => !RTL_SELECTOR.test(selector))
      if (kept.length === 0) rule.remove()
      else rule.selectors = kept
    },
  }
}
dropRtl.postcss = true

module.exports = dropRtl
module.exports.RTL_SELECTOR = RTL_SELECTOR
