/**
 * Accessibility rules (axe-core, WCAG 2.1 A and AA) run inside a page. The script is evaluated
 * through the browser's debugging channel rather than added as a <script>, so the app's
 * Content-Security-Policy stays in force during the test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One line per violated rule: `rule-id (impact): how many nodes, the first one`. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.length} × ${JSON.stringify(v.nodes[0]?.target)}`);
  });
}
