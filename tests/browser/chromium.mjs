// Shared by the browser scripts: Debian's Chromium driven by playwright-core (no downloaded browsers).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(repoRoot, 'package.json'));

export const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launch() {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}; install it (apt-get install chromium), as .ci/run does.`);
  }
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  });
}

export function nodeModule(relative) {
  return path.join(repoRoot, 'node_modules', relative);
}

/** Runs main(), printing its result as one JSON line; failures print {"error"} and exit 1. */
export async function run(main) {
  try {
    const result = await main();
    process.stdout.write(JSON.stringify(result) + '\n');
  } catch (error) {
    process.stdout.write(JSON.stringify({ error: String(error && error.stack || error) }) + '\n');
    process.exitCode = 1;
  }
}
