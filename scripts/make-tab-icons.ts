// Renders the tab bar icons (81×81 PNG, WeChat's recommended size) from the SVG
// shapes below with Debian's Chromium. Run once when an icon changes:
//   npx tsx scripts/make-tab-icons.ts
import path from 'node:path'
import { chromium } from 'playwright-core'

const SHAPES: Record<string, string> = {
  home: '<path d="M12 38 L40.5 14 L69 38" fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/><path d="M20 34 V66 H61 V34" fill="none" stroke-width="6" stroke-linejoin="round"/><rect x="34" y="46" width="13" height="20" rx="2"/>',
  catalogue: '<rect x="14" y="14" width="22" height="22" rx="5"/><rect x="45" y="14" width="22" height="22" rx="5"/><rect x="14" y="45" width="22" height="22" rx="5"/><rect x="45" y="45" width="22" height="22" rx="5"/>',
  me: '<circle cx="40.5" cy="28" r="13"/><path d="M14 69 C14 52 26 45 40.5 45 C55 45 67 52 67 69 Z"/>',
}
const COLOURS = { normal: '#4a5260', active: '#1a5fd6' }

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  const page = await browser.newPage({ viewport: { width: 81, height: 81 } })
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const [state, colour] of Object.entries(COLOURS)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 81 81" fill="${colour}" stroke="${colour}">${shape}</svg>`
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
      const file = path.resolve(__dirname, `../src/assets/tab/${name}${state === 'active' ? '-active' : ''}.png`)
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } })
      console.log(file)
    }
  }
  await browser.close()
}

void main()
