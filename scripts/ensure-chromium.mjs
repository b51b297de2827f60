#!/usr/bin/env node
// Browser tests drive Debian's Chromium (test tools cannot download browsers here).
// Installs the `chromium` package when /usr/bin/chromium is missing; a no-op otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BIN = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(BIN)) process.exit(0);
console.log(`[ensure-chromium] ${BIN} missing: installing Debian's chromium…`);
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
try {
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
    {
      stdio: 'inherit',
    },
  );
} catch {
  console.error('[ensure-chromium] could not install chromium; browser tests need /usr/bin/chromium');
  process.exit(1);
}
