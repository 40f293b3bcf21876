// Fails the e2e run loudly (never skips) when no Chromium is installed.
import { findChromium, INSTALL_HINT } from './chromium.mjs';
try {
  console.info(`e2e browser: ${findChromium()}`);
} catch {
  console.error(INSTALL_HINT);
  process.exit(1);
}
