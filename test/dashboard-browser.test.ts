/**
 * The dashboard in a real browser: Debian's chromium driven by playwright-core over a server on a store built
 * from examples/. Skipped, with a message, where chromium is not installed (`.ci/run` installs it). Screenshots
 * go to test-artifacts/screenshots/ (git-ignored).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/core/data-files.js';
import { startServer, type RunningServer } from '../src/server/serve.js';
import { buildExamplesStore } from '../src/test-support/examples-store.js';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executable = CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p!));
const built = existsSync(path.join(packageRoot, 'dist', 'web', 'index.html'));
const shots = path.join(packageRoot, 'test-artifacts', 'screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

if (!executable) console.warn('dashboard browser tests skipped: no chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
else if (!built) console.warn('dashboard browser tests skipped: dist/web is not built (npm run build)');

describe.skipIf(!executable || !built)('the dashboard in chromium', () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const open = async (route: string) => {
    await page.goto(new URL(route, server.url).href);
    await page.waitForSelector('body[data-ready]');
  };
  /** Waits for the router to finish a client-side navigation. */
  const settled = async (before: string | undefined) => {
    await page.waitForFunction((b) => document.body.dataset['ready'] !== b, before);
  };
  const ready = () => page.evaluate(() => document.body.dataset['ready']);

  beforeAll(async () => {
    let db: string;
    ({ dir, db } = await buildExamplesStore());
    server = await startServer({ db, port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: executable!, args: ['--no-sandbox', '--disable-gpu'] });
    // bypassCSP only so that axe-core can be injected; the app itself runs under the server's CSP in other tests.
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    mkdirSync(shots, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the overview: partners named, both charts drawn', async () => {
    await open('/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Kazakhstan');
    const partners = await page.locator('#partners-table tbody tr').allTextContents();
    expect(partners.join('\n')).toContain('China (CHN)');
    expect(partners.join('\n')).toContain('Russia (RUS)');
    // ECharts' SVG renderer: drawn paths inside each chart.
    await page.waitForFunction(() => document.querySelectorAll('#balance-chart svg path').length > 3 && document.querySelectorAll('#vector-chart svg path').length > 3);
    await page.screenshot({ path: path.join(shots, 'overview.png'), fullPage: false });
    expect(errors).toEqual([]);
  });

  it('follows a partner from the table to its page', async () => {
    await open('/');
    const before = await ready();
    await page.locator('#partners-table a', { hasText: 'China (CHN)' }).click();
    await settled(before);
    expect(new URL(page.url()).pathname).toBe('/partners/CHN');
    await expect(page.locator('h1').textContent()).resolves.toContain('China');
    expect(await page.locator('#partner-timeline li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, 'partner.png') });
  });

  it("opens an event's document and highlights the event's span", async () => {
    await open('/partners/CHN');
    const before = await ready();
    await page.locator('#partner-timeline a', { hasText: 'source' }).first().click();
    await settled(before);
    expect(new URL(page.url()).pathname).toMatch(/^\/documents\//);
    const marks = page.locator('#article-text mark');
    expect(await marks.count()).toBeGreaterThan(0);
    const current = page.locator('#article-text mark.current').first();
    await expect(current.isVisible()).resolves.toBe(true);
    expect((await current.textContent())!.trim().length).toBeGreaterThan(5);
    // The fact list links to a span, and the span links back.
    const toSpan = page.locator('#fact-list a.to-span').first();
    const target = (await toSpan.getAttribute('href'))!.slice(1);
    expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
    expect(await page.locator('#article-text sup.back a').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, 'document.png') });
  });

  it('filters the events table by type with the keyboard, and sorts it', async () => {
    await open('/events');
    const all = await page.locator('#events-table tbody tr').count();
    expect(all).toBeGreaterThan(5);
    await page.locator('#f-type').selectOption('AGREE');
    const before = await ready();
    await page.locator('#f-q').focus();
    await page.keyboard.press('Enter');
    await settled(before);
    expect(page.url()).toContain('type=AGREE');
    const types = await page.locator('#events-table tbody tr td:nth-child(2)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(types.length).toBeLessThan(all);
    expect(types.every((t) => t.startsWith('AGREE'))).toBe(true);
    const sortBefore = await ready();
    await page.locator('#events-table th button', { hasText: 'Date' }).click();
    await settled(sortBefore);
    // Newest first by default; the Date button turns it to oldest first.
    expect(page.url()).toContain('sort=date');
    await expect(page.locator('#events-table th[aria-sort="ascending"]').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(shots, 'events.png') });
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const doc = await page.evaluate(async () => ((await (await fetch('/api/events?limit=1')).json()) as { items: { id: number; evidence: { documentId: string } }[] }).items[0]!);
    for (const route of ['/', '/events', '/partners/CHN', '/network', '/search?q=summit', `/documents/${doc.evidence.documentId}?event=${doc.id}`]) {
      await open(route);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), route).toEqual([]);
    }
  }, 60_000);

  it('fits a phone width without sideways scrolling of the page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const route of ['/', '/events']) {
      await open(route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route).toBeLessThanOrEqual(1);
    }
    await page.screenshot({ path: path.join(shots, 'overview-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
