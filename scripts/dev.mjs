// npm run dev: WXT's dev server with hot reload, in the Chromium or Chrome found on this machine.
import { spawn } from 'node:child_process';
import { findChromium } from './chromium.mjs';

let binary;
try {
  binary = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.info(`Starting WXT dev with ${binary}`);
const child = spawn('npx', ['wxt', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, LEADTRAIL_BROWSER_BINARY: binary },
});
child.on('exit', (code) => process.exit(code ?? 0));
