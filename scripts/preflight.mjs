#!/usr/bin/env node
// Checks what the browser journeys need before `npm test` spends minutes on the rest: the system
// Chromium the e2e drives (CHROMIUM_PATH, default /usr/bin/chromium, as e2e/h5/browser.ts) and CJK
// fonts (`fc-list :lang=zh`; without them Chinese text renders as boxes and text assertions fail).
// Exits 1 with the Debian command that installs what is missing (a fresh machine once got 55
// failures and no hint).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const missing = []

if (!fs.existsSync(chromium)) missing.push({ what: `Chromium (${chromium})`, pkg: 'chromium' })

const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' })
if (fonts.error || fonts.status !== 0) {
  missing.push({ what: 'fontconfig (fc-list) and CJK fonts', pkg: 'fontconfig fonts-noto-cjk' })
} else if (fonts.stdout.trim() === '') {
  missing.push({ what: 'CJK fonts (fc-list :lang=zh lists none)', pkg: 'fonts-noto-cjk' })
}

if (missing.length > 0) {
  console.error('✖ The browser journeys need what this machine lacks:')
  for (const m of missing) console.error(`  - ${m.what}`)
  console.error(`Install it (Debian/Ubuntu), then run npm test again:\n  sudo apt-get install -y ${missing.map((m) => m.pkg).join(' ')}`)
  console.error('A Chromium elsewhere: CHROMIUM_PATH=/path/to/chromium npm test. Never `playwright install`.')
  process.exit(1)
}
console.log(`✔ Chromium (${chromium}) and CJK fonts present`)
