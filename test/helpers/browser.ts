// A real Chromium for the dashboard's browser tests: the one @sparticuz/chromium ships, driven by playwright-core,
// launched once per test file; pages opened from disk as a person opens them, with every console error, page error
// and failed request collected; axe's serious and critical violations; screenshots kept under
// test-results/screenshots/ (printed, so a run's log says where to look).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

let browser: Browser;
// The file's scratch folder: sites are built once, in beforeAll, where helpers/tmp.ts's tmpDir() cannot be used.
let scratch: string;
let folders = 0;
export const scratchDir = () => {
  const dir = join(scratch, String(++folders));
  mkdirSync(dir);
  return dir;
};
/** Call once at the top of a test file: launches the browser before its tests and closes it after. */
export function useBrowser(): void {
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'gitopshq-dashboard-'));
    browser = await chromium.launch({
      executablePath: await sparticuz.executablePath(),
      args: sparticuz.args,
      headless: true,
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });
}

export interface Opened {
  page: Page;
  problems: string[];
  /** Milliseconds from navigation start until the page's script made it interactive. */
  tti: number;
}

/** Opens a file like a person does, collecting every console error, page error and failed request. */
export async function open(file: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready]');
  const tti = Number(await page.getAttribute('html', 'data-ready'));
  return { page, problems, tti };
}

export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Legacy mode: one page, no frames, so axe need not open a blank page to merge frame results (that doubled the
  // time on this 2-core machine). The embedded JSON elements hold no content a person perceives.
  const result = await new AxeBuilder({ page }).setLegacyMode(true).exclude('script').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`screenshot: ${path}`);
}

export const count = (page: Page, id: string) => page.locator(`[data-count="${id}"]`).textContent();

/** expect.poll with room for a loaded 2-core machine, where a details file can take seconds to arrive. */
export const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 50 });
