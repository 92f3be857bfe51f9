/**
 * The web app end to end, in Debian's Chromium against the real server on the demo corpus: the
 * dashboard (pick a dyad, see the chart), the brief (open a claim's evidence), accounts, an
 * annotation, and another user's refused edit. Screenshots of each page at laptop and phone width
 * go to test-results/screenshots/; look at them when the layout changes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, launchBrowser } from '../browser.js';
import { ensureWebBuild, startAppServer } from './app-server.js';
import { accessibilityViolations } from './axe.js';
import type { AppServer } from './app-server.js';

const SHOTS = join(RESULTS_DIR, 'screenshots');
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const PASSWORD = 'correct horse battery';

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let annotationId = '';
const pageErrors: string[] = [];

async function newContext(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  // The app must need nothing from outside its own server.
  await ctx.route((url) => !url.href.startsWith(server.url), (route) => route.abort());
  return ctx;
}

/** Screenshots of the current path at both widths (the phone one in its own context). */
async function shoot(name: string, path: string, ready: (p: Page) => Promise<void>): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}-laptop.png`), fullPage: true });
  // A repeated id points labels and aria references at the wrong element.
  const repeated = await page.evaluate(() => {
    const ids = Array.from(document.querySelectorAll('[id]'), (e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(repeated, `${name} repeats element ids`).toEqual([]);
  expect(await accessibilityViolations(page), `${name} breaks WCAG rules at laptop width`).toEqual([]);
  const phone = await newContext(PHONE);
  try {
    await phone.addCookies(await context.cookies());
    const p = await phone.newPage();
    await p.goto(server.url + path);
    await ready(p);
    await p.screenshot({ path: join(SHOTS, `${name}-phone.png`), fullPage: true });
    expect(await accessibilityViolations(p), `${name} breaks WCAG rules at phone width`).toEqual([]);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways on a phone`).toBeLessThanOrEqual(1);
  } finally {
    await phone.close();
  }
}

const chartReady = async (p: Page): Promise<void> => {
  await p.locator('#chart-net svg g[aria-description="net cooperation"] path').first().waitFor({ timeout: 20_000 });
};

async function signUp(name: string, email: string): Promise<void> {
  await page.goto(`${server.url}/account`);
  await page.getByLabel('Display name').fill(name);
  await page.locator('#signup-email').fill(email);
  await page.locator('#signup-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.locator('main').getByText(`Signed in as ${name}`).waitFor();
}

async function signOut(): Promise<void> {
  await page.goto(`${server.url}/account`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in or create an account' }).waitFor();
}

describe('web app in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ensureWebBuild();
    server = await startAppServer();
    browser = await launchBrowser();
    context = await newContext(LAPTOP);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ingested the demo corpus through the real pipeline', () => {
    expect(server.ingest.failed).toBe(0);
    expect(server.ingest.events).toBeGreaterThan(50);
  });

  it('opens on the IRN–RUS dashboard with a drawn chart, fast', async () => {
    await page.goto(server.url + '/');
    await chartReady(page);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Iran.*Russia/);
    const marks = await page.locator('#chart-net svg').first().evaluate((svg) => svg.querySelectorAll('path, circle, line').length);
    expect(marks).toBeGreaterThan(3);
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
      chart: performance.getEntriesByName('entente:chart:chart-net')[0]?.startTime ?? -1,
    }));
    console.log(`web e2e: first contentful paint ${timing.fcp.toFixed(0)} ms, net chart drawn ${timing.chart.toFixed(0)} ms`);
    expect(timing.fcp).toBeGreaterThan(0);
    expect(timing.chart).toBeGreaterThan(0);
    // Generous bound for a shared CI machine; bench/RESULTS.md has the measured figure.
    expect(timing.chart).toBeLessThan(5000);
    // Space is reserved for what loads late, so the page does not jump (CLS "good" is < 0.1).
    await page.locator('.top-events li').first().waitFor();
    const shift = await page.evaluate(() => new Promise<number>((done) => {
      let sum = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) sum += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => done(sum), 200);
    }));
    console.log(`web e2e: cumulative layout shift ${shift.toFixed(3)}`);
    expect(shift).toBeLessThan(0.1);
  });

  it('lets a keyboard user skip to the content', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it('picks a dyad with the actor search', async () => {
    const second = page.getByRole('combobox', { name: 'Second actor' });
    await second.fill('Israel');
    await page.getByRole('option', { name: /Israel/ }).first().waitFor();
    await second.press('Enter');
    await page.waitForURL(/b=ISR/);
    await page.locator('h1', { hasText: 'Israel' }).waitFor();
    await second.fill('Russia');
    await page.getByRole('option', { name: /Russia/ }).first().waitFor();
    await second.press('Enter');
    await page.waitForURL(/a=IRN&b=RUS/);
    await chartReady(page);
    await expect(page.locator('#chart-quads svg').count()).resolves.toBeGreaterThan(0);
    await shoot('dashboard', '/?a=IRN&b=RUS', chartReady);
  });

  it('opens the brief and a claim’s evidence, highlighted', async () => {
    await page.getByRole('link', { name: /Read the brief/ }).click();
    await page.locator('#brief-title').waitFor();
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link').count()).resolves.toBeGreaterThan(2);
    const claim = page.locator('.brief-section button.claim-link').first();
    await claim.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.locator('mark.hl-verb').first().waitFor();
    await dialog.getByText('Rule').first().waitFor();
    await expect(dialog.locator('dd code').first().textContent()).resolves.toMatch(/\S/);
    await page.screenshot({ path: join(SHOTS, 'brief-evidence-laptop.png') });
    expect(await accessibilityViolations(page), 'the evidence dialog breaks WCAG rules').toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Focus goes back to the statement that opened the dialog, so keyboard readers keep their place.
    await expect(claim.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await shoot('brief', '/brief?a=IRN&b=RUS', async (p) => { await p.locator('#brief-title').waitFor(); });
  });

  it('signs up, annotates a brief section, and signs out', async () => {
    await signUp('Ana Analyst', 'ana@example.org');
    await page.goto(`${server.url}/brief?a=IRN&b=RUS`);
    const section = page.locator('.brief-section').first();
    await section.getByLabel('Share your insights').fill('The treaty reads as a hedge, not an alliance.');
    await section.getByRole('button', { name: 'Post' }).click();
    const item = section.locator('li.annotation', { hasText: 'reads as a hedge' });
    await item.waitFor();
    await expect(item.getByRole('button', { name: /Edit/ }).count()).resolves.toBe(1);
    annotationId = (await item.getAttribute('id'))?.replace(/^annotation-/, '') ?? '';
    expect(annotationId).not.toBe('');

    // Flag an event's coding as wrong from its evidence, and find it in the corrections export.
    await page.goto(`${server.url}/events?dyad=IRN,RUS&plover=REQUEST`);
    await page.getByRole('button', { name: /Evidence and annotations/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Flag the coding as wrong').check();
    await dialog.getByLabel('Why the coding is wrong').fill('This is a refusal, not a request.');
    await dialog.getByLabel('Right CAMEO code').fill('1243');
    await dialog.getByRole('button', { name: 'Post' }).click();
    await dialog.locator('li.annotation', { hasText: 'Right coding: 1243' }).waitFor();
    const exported = await page.request.get(`${server.url}/api/annotations/corrections?format=jsonl`);
    expect(exported.ok()).toBe(true);
    expect(await exported.text()).toContain('"correctCode":"1243"');
    await page.keyboard.press('Escape');
    await shoot('account', '/account', async (p) => { await p.locator('main').getByText('Signed in as').waitFor(); });
    await signOut();
  });

  it('signs in as someone else, who cannot edit the first user’s annotation', async () => {
    await signUp('Ben Reader', 'ben@example.org');
    await signOut();
    await page.getByLabel('Email').first().fill('ben@example.org');
    await page.locator('#signin-password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.locator('main').getByText('Signed in as Ben Reader').waitFor();

    await page.goto(`${server.url}/annotations`);
    const listed = page.locator('li.annotation', { hasText: 'reads as a hedge' });
    await listed.waitFor();
    // The UI hides what the API would refuse...
    await expect(listed.getByRole('button', { name: /Edit|Delete/ }).count()).resolves.toBe(0);
    await shoot('annotations', '/annotations', async (p) => { await p.locator('li.annotation').first().waitFor(); });
    // ...and when forced through the edit link, shows the API's refusal.
    await page.goto(`${server.url}/annotations?edit=${encodeURIComponent(annotationId)}`);
    const editor = page.locator(`#annotation-${annotationId}`).first();
    await editor.getByLabel('Share your insights').fill('Overwritten by someone else.');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect(editor.getByRole('alert').textContent()).resolves.toMatch(/Only the author of an annotation/);
    await page.screenshot({ path: join(SHOTS, 'annotation-refused-laptop.png') });
    expect(await accessibilityViolations(page), 'the refused edit breaks WCAG rules').toEqual([]);
    const kept = await server.store.events({ limit: 0 });
    expect(kept.total).toBeGreaterThan(0);
  });

  it('shows the evidence table, and ingests pasted text and a file', async () => {
    await page.goto(`${server.url}/events?dyad=IRN,RUS`);
    await page.locator('table tbody tr').first().waitFor();
    await expect(page.getByRole('link', { name: /CSV/ }).getAttribute('href')).resolves.toMatch(/dyad=IRN%2CRUS.*format=csv/);
    await shoot('events', '/events?dyad=IRN,RUS', async (p) => { await p.locator('table tbody tr').first().waitFor(); });

    await page.goto(`${server.url}/ingest`);
    await page.getByLabel('Title (optional)').fill('Envoys meet');
    await page.getByLabel(/Published/).fill('2025-06-25');
    await page.getByLabel('Article text').fill('Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Abbas Araghchi in Moscow on Tuesday. Russia condemned the strikes on Iran.');
    await page.getByRole('button', { name: 'Decode text' }).click();
    await page.getByRole('heading', { name: /pasted text: decoded/ }).waitFor({ timeout: 30_000 });
    await expect(page.locator('.figures').textContent()).resolves.toMatch(/1 stored/);
    await page.getByRole('link', { name: 'See its events' }).click();
    await page.locator('table tbody tr').first().waitFor();
    await expect(page.locator('table tbody').textContent()).resolves.toContain('Lavrov');

    // A file goes up as multipart with progress; each bad record is reported with its line.
    await page.goto(`${server.url}/ingest`);
    const lines = [
      JSON.stringify({ id: 'up-1', date: '2025-06-26', title: 'Talks in Ashgabat', text: 'Iran and Russia held talks in Ashgabat on Wednesday.' }),
      '{"id": "up-2", "text": ',
      JSON.stringify({ id: 'up-3', date: '2025-06-27', title: 'Gas deal', text: 'Russia signed a gas agreement with Iran on Thursday.' }),
    ];
    await page.getByLabel('File').setInputFiles({ name: 'wire.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(lines.join('\n')) });
    await page.getByRole('button', { name: 'Upload and decode' }).click();
    await page.getByRole('heading', { name: /wire\.jsonl: decoded with problems/ }).waitFor({ timeout: 30_000 });
    await expect(page.locator('.figures').textContent()).resolves.toMatch(/2 stored.*1 failed/);
    await expect(page.locator('.ingest-run').textContent()).resolves.toMatch(/wire\.jsonl:2/);
    await shoot('ingest', '/ingest', async (p) => { await p.getByLabel('Article text').waitFor(); });
  });

  it('raised no uncaught error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
