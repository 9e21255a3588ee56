// Browser tests drive Debian's Chromium; install it when it is missing and we may. The screenshot tests draw
// Chinese with WenQuanYi Micro Hei (fonts-wqy-microhei): without it Chinese falls back to another font (or boxes)
// and every zh screenshot differs, so it is installed as well when it is missing and we are root.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.KEFEN_CHROMIUM ?? '/usr/bin/chromium';
const font = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const missing = [];
if (!existsSync(path)) missing.push('chromium');
if (!existsSync(font)) missing.push('fonts-wqy-microhei');
if (missing.length) {
  if (!root) {
    if (missing.includes('chromium')) {
      console.error(`Chromium not found at ${path}. Install Debian's chromium package (apt-get install -y chromium) or set KEFEN_CHROMIUM.`);
      process.exit(1);
    }
    console.warn(`The font ${font} is missing: the Chinese screenshot tests will differ. Install it with apt-get install -y fonts-wqy-microhei.`);
  } else {
    console.log(`Installing ${missing.join(' and ')} for the browser tests…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
    if (missing.includes('fonts-wqy-microhei')) execSync('command -v fc-cache >/dev/null && fc-cache -f || true', { stdio: 'inherit', shell: '/bin/sh' });
  }
}
