#!/usr/bin/env node
// The PDF export's tests read PDFs with poppler-utils (pdftotext, pdfimages, pdffonts, pdfinfo).
// Installs Debian's `poppler-utils` when pdftotext is missing; a no-op otherwise. The tests fail,
// never skip, when it is still missing.
import { execSync } from 'node:child_process';

const has = () => {
  try {
    execSync('command -v pdftotext', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};
if (!has()) {
  console.log("[ensure-poppler] pdftotext missing: installing Debian's poppler-utils…");
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  try {
    execSync(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils`,
      { stdio: 'inherit' },
    );
  } catch {
    console.error('[ensure-poppler] could not install poppler-utils; the PDF tests will fail without it');
    process.exit(1);
  }
}
