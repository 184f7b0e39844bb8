// The dashboard of the sandbox demo's kind of history, written by `gitopshq dashboard` over a real state branch of the
// example repository, opened from disk in a real Chromium: what a person sees on the board, in the matrix and
// Environment Compare, in a timeline and the filtered list; a hostile PR title stays text; nothing errs or fails to
// load; axe finds no serious or critical violation. Screenshot: test-results/screenshots/dashboard-demo.png.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { promotionFile } from '../../../src/domain/layout.js';
import type { PromotionRecord } from '../../../src/domain/model.js';
import { Git } from '../../../src/git/git.js';
import { promotionToYaml } from '../../../src/state/record-yaml.js';
import { StateBranch } from '../../../src/state/state-branch.js';
import {
  accessibilityProblems,
  count,
  type Opened,
  open,
  poll,
  scratchDir,
  screenshot,
  useBrowser,
} from '../../helpers/browser.js';
import { demoHistory, XSS_TITLE } from '../../helpers/dashboard-history.js';
import { seedReleases } from '../state/record-store-fixtures.js';

useBrowser();

/** The example repository (`gitopshq init`) with the demo's kind of history on its state branch. */
async function demoRepo(): Promise<string> {
  const dir = join(scratchDir(), 'gitops');
  const quiet = { stdout: () => {}, stderr: () => {} };
  expect(await main(['init', dir], quiet)).toBe(0);
  const { releases, promotions } = demoHistory();
  const git = new Git(dir);
  await seedReleases(git, releases);
  await seedPromotions(git, promotions);
  return dir;
}

async function seedPromotions(git: Git, promotions: readonly PromotionRecord[]): Promise<void> {
  const state = new StateBranch({ git, branch: 'gitopshq/state' });
  for (const p of promotions) {
    const { tip } = await state.readAt(promotionFile(p.id));
    const commit = await state.commit(
      tip,
      promotionFile(p.id),
      promotionToYaml(p),
      `seed ${p.id}`,
      new Date(),
    );
    if (commit === undefined || !(await state.publish(commit, tip)))
      throw new Error(`could not seed ${p.id}`);
  }
}

describe('the demo history, written by gitopshq dashboard', () => {
  let opened: Opened;
  let out: string;
  beforeAll(async () => {
    const repo = await demoRepo();
    out = join(scratchDir(), 'site');
    const lines: string[] = [];
    const code = await main(['dashboard', '--repo', repo, '--out', out], {
      stdout: (t) => lines.push(t),
      stderr: (t) => lines.push(t),
    });
    expect(code, lines.join('\n')).toBe(0);
    expect(lines.join('\n')).toMatch(
      /7 releases, 1 promotions from gitopshq\/state\nboard: 2 awaiting approval, 1 deploying, 1 failed, 1 drift, 1 promotions in progress\nopen file:\/\/.*\/index\.html/,
    );
    opened = await open(join(out, 'index.html'));
    // The baseline for the 10,000-release figure: the same browser on the same machine, for a page of 7 releases.
    console.log(`demo history (7 releases): time to interactive ${opened.tti} ms`);
  }, 60_000);

  it('shows the morning board: counts, what each approval still needs, the cause of a failure, the waves', async () => {
    const { page } = opened;
    expect(await count(page, 'awaiting')).toBe('2');
    expect(await count(page, 'deploying')).toBe('1');
    expect(await count(page, 'failed')).toBe('1');
    expect(await count(page, 'drift')).toBe('1');
    expect(await count(page, 'promotions')).toBe('1');
    const awaiting = page.locator('#awaiting');
    await poll(() => awaiting.textContent()).toContain('an approval from team sre');
    expect(await awaiting.textContent()).toContain('1 more approval (of 2)');
    expect(await page.locator('#failed').textContent()).toContain('ImagePullBackOff (image 3.1.0 not found)');
    expect(await page.locator('#drift').textContent()).toContain('drifted: Deployment/payment-api');
    const promotion = (await page.locator('#promotions').textContent()) ?? '';
    expect(promotion).toMatch(/Wave 0 \(canary\): payment-api-staging-20261129-0a0002\s*Healthy/);
    expect(promotion).toContain('Wave 1 (acme, globex): not opened yet');
  });

  it('shows a hostile PR title as text: no script ran, no element was made of it', async () => {
    const { page } = opened;
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#awaiting').textContent()).toContain(XSS_TITLE);
    await page.locator('#f-q').fill('pwned');
    await poll(() => page.locator('#release-rows').textContent()).toContain(XSS_TITLE);
    await page.locator('#f-q').fill('');
  });

  it('shows what runs where, and compares two environments', async () => {
    const { page } = opened;
    const staging = page.locator('.matrix tbody tr', { hasText: 'staging' });
    const cells = await staging.locator('td').allTextContents();
    // Ages run to the moment the page was written (the command uses the clock), so only their form is fixed.
    expect(cells[0]).toMatch(/^payment-api 2\.5\.0 Healthy \d+ [hd] ago$/);
    expect(cells[1]).toBe('nothing deployed');
    expect(cells[2]).toMatch(/^checkout-web 3\.1\.0 Failed \d+ [hd] ago$/);
    await page.locator('#matrix-workload').selectOption('payment-api');
    expect(await page.locator('.matrix li:visible').count()).toBe(4);
    await page.locator('#compare-a').selectOption('dev');
    await page.locator('#compare-b').selectOption('staging');
    await page.locator('#compare-diff').check();
    const caption = await page.locator('#compare-out caption').textContent();
    expect(caption).toBe('dev compared with staging: 4 row(s)');
    expect(await page.locator('#compare-out tbody tr', { hasText: 'canary' }).count()).toBe(0);
  });

  it("opens a release's timeline: states, actors, approvals with comments, deploy commit, health, rollback target, PR", async () => {
    const { page } = opened;
    await page.locator('#release-rows a', { hasText: 'payment-api-staging-20261129-0a0002' }).click();
    const timeline = page.locator('#timeline');
    await poll(() => timeline.locator('.tl li').count()).toBe(7);
    const text = (await timeline.textContent()) ?? '';
    expect(text).toContain('rev-bob approved at 2026-11-29 10:04Z');
    expect(text).toContain('Rendered diff looks right.');
    expect(text).toContain('Deploy commit0a0002');
    expect(text).toContain('Rollback targetpayment-api-staging-20261120-0a0009');
    expect(text).toContain('Deployment/payment-api: Healthy (drifted), spec.replicas changed by hand');
    expect(await timeline.locator('.tl li').first().textContent()).toMatch(
      /Draft 2026-11-29 10:00Z by dev-alice/,
    );
    expect(await timeline.locator('a', { hasText: '#2 ' }).getAttribute('href')).toBe(
      'https://github.com/acme/gitops/pull/2',
    );
  });

  it('shows the metrics (the six and recovery time), each with its healthy range and an accessible weekly chart', async () => {
    const { page } = opened;
    const cards = page.locator('#metrics .metric');
    expect(await cards.locator('h3').allTextContents()).toEqual([
      'Deploy frequency',
      'Lead time to Healthy',
      'Failed deployment rate',
      'Rollback rate',
      'Approval latency',
      'Promotion completion rate',
      'Failed-deployment recovery time',
    ]);
    // The demo history: 4 moves into Deploying, 1 Failed (the checkout-web release).
    const failedRate = (await cards.nth(2).textContent()) ?? '';
    expect(failedRate).toContain('Healthy: < 5%');
    const chart = cards.nth(0).getByRole('img');
    expect(await chart.getAttribute('aria-labelledby')).toBe('chart-0-title chart-0-desc');
    expect(await chart.locator('desc').textContent()).toMatch(/^\d+ weeks from \d{4}-\d{2}-\d{2} to /);
  });

  it('filters the releases by state and searches them', async () => {
    const { page } = opened;
    await page.locator('#f-state').selectOption('PendingApproval');
    await poll(() => page.locator('#release-count').textContent()).toBe('2 of 7 releases match');
    await page.locator('#f-state').selectOption('');
    await page.locator('#f-q').fill('2.5.0');
    await poll(() => page.locator('#release-count').textContent()).toBe('2 of 7 releases match');
    await page.locator('#f-q').fill('');
  });

  it('has no console error, no failed request and no serious or critical accessibility violation', async () => {
    const { page, problems } = opened;
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'dashboard-demo');
    expect(problems).toEqual([]);
  }, 120_000);
});
