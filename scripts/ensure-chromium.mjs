// Browser tests drive Debian's Chromium; install it when it is missing and we may.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.KEFEN_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(`Chromium not found at ${path}. Install Debian's chromium package (apt-get install -y chromium) or set KEFEN_CHROMIUM.`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}
