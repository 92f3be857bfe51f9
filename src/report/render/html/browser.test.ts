/**
 * The seed brief in a real browser (Debian's chromium, installed on demand by
 * scripts/ensure-chromium.sh): a click — and the keyboard — open a claim's evidence and its
 * sentence becomes visible; screenshots go to test-results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RESULTS_DIR, screenshot, withPage } from '../../../../test/browser.js';
import { describeWithShared } from '../../../../test/shared.js';
import type { PipelineRun } from '../../test-helpers/pipeline.js';
import { runCase } from '../../test-helpers/golden.js';
import type { Brief } from '../../types.js';
import { renderHtml } from './page.js';

describeWithShared('the seed brief in headless Chromium', ['seeds', '000_91aeb563d4901a78.txt'], () => {
  let run: PipelineRun | undefined;
  let brief: Brief;
  let url: string;

  beforeAll(async () => {
    const built = await runCase('brief-seed');
    run = built.run;
    brief = built.brief;
    mkdirSync(RESULTS_DIR, { recursive: true });
    // Written to test-results/ (gitignored), not committed: it quotes the seed article.
    const file = join(RESULTS_DIR, 'brief-seed.html');
    writeFileSync(file, renderHtml(brief), 'utf8');
    url = pathToFileURL(file).href;
  }, 600_000);
  afterAll(async () => { await run?.store.close(); });

  it('opens a claim\'s evidence on click and shows its sentence', async () => {
    const claim = brief.sections.find((s) => s.id === 'protective-stance')?.paragraphs[0]?.claims[0];
    const sentence = claim?.evidence[0]?.sentence ?? '';
    expect(sentence).not.toBe('');
    await withPage(async (page) => {
      await page.goto(url);
      await screenshot(page, 'brief-seed', true);
      const block = page.locator('#protective-stance .claim').first();
      const text = block.locator('.evidence-body .sentence').first();
      expect(await text.isVisible()).toBe(false);
      await block.locator('summary').click();
      await text.waitFor({ state: 'visible' });
      expect((await text.innerText()).replace(/[“”]/g, '')).toBe(sentence);
      expect(await block.locator('mark').count()).toBeGreaterThan(0);
      await block.screenshot({ path: join(RESULTS_DIR, 'brief-seed-claim-open.png') });
    });
  }, 600_000);

  it('opens evidence from the keyboard and prints without the open panels', async () => {
    await withPage(async (page) => {
      await page.goto(url);
      const summary = page.locator('.lede summary').first();
      await summary.focus();
      await page.keyboard.press('Enter');
      await page.locator('.lede .evidence-body').first().waitFor({ state: 'visible' });
      expect(await page.locator('.lede details').first().getAttribute('open')).not.toBeNull();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.lede .evidence-body').first().isVisible()).toBe(false);
      expect(await page.locator('#evidence').isVisible()).toBe(true);
      await screenshot(page, 'brief-seed-print', false);
    });
  }, 600_000);
});
