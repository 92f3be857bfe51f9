/**
 * Headless Chromium for tests: Debian's `chromium` (installed on demand by
 * scripts/ensure-chromium.sh, never by a human) driven by playwright-core, which downloads no
 * browser of its own. Any test that needs a real browser — the brief's click test, the web app's
 * end-to-end tests — launches it here. Screenshots go to `test-results/` (gitignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, sandbox-free headless run in containers and CI: no GPU, no network chatter. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Where screenshots and other browser artefacts go. */
export const RESULTS_DIR = join(repoRoot, 'test-results');

/** Installs Debian's chromium when it is missing (slow the first time: apt-get) and returns its path. */
export function ensureChromium(): string {
  const out = execFileSync('bash', [join(repoRoot, 'scripts', 'ensure-chromium.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 15 * 60_000,
  });
  return out.trim().split('\n').at(-1) ?? CHROMIUM_PATH;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = ensureChromium();
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
}

/**
 * Runs `body` with a fresh page of a fresh browser and closes both whatever happens. Pages never
 * reach the network unless `allowNetwork` is set: tests load what they render.
 */
export async function withPage<T>(
  body: (page: Page) => Promise<T>,
  options: BrowserContextOptions & { allowNetwork?: boolean } = {},
): Promise<T> {
  const { allowNetwork, ...contextOptions } = options;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...contextOptions });
    if (!allowNetwork) await context.route(/^https?:/, (route) => route.abort());
    return await body(await context.newPage());
  } finally {
    await browser.close();
  }
}

/** Saves a screenshot as `test-results/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
