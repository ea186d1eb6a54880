// End-to-end, Chromium: an NGO's own edition. An NGO copies rules/, names itself and its
// helplines in pack.toml ([[helpline]]), and builds the extension with that pack
// (WASPADA_RULES=… scripts/build.sh); the people it helps then see who to ask on every warning
// and in the popup. This test does what that build does to a copy of dist/chrome: it compiles
// a copy of rules/ with two helplines into the copy's packs/default.wpk, loads it, and looks.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SITES } from './sites.mjs';
import { uxSession } from './ux-session.mjs';
import { ROOT, requireDist, pageWarning, summarize, resultsPath, publishScreenshot, axeSource, runAxeAll } from './helpers.mjs';

const HELPLINES = `
[[helpline]]
name = "Hotline Cek Penipuan LSM Contoh"
phone = "0811-2233-4455"
hours = "Senin–Sabtu 08.00–20.00"

[[helpline]]
name = "Pusat Bantuan LSM Contoh"
url = "https://lsm-contoh.or.id/bantuan"
`;

/** A copy of dist/chrome whose pack is rules/ plus HELPLINES; returns [work folder, extension]. */
function ngoBuild() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-ngo-'));
  const ext = path.join(work, 'chrome');
  cpSync(requireDist('chrome'), ext, { recursive: true });
  cpSync(path.join(ROOT, 'rules'), path.join(work, 'rules'), { recursive: true });
  appendFileSync(path.join(work, 'rules', 'pack.toml'), HELPLINES);
  execFileSync(path.join(ROOT, 'target', 'release', 'waspada'),
    ['pack', 'build', path.join(work, 'rules'), '-o', path.join(ext, 'packs', 'default.wpk')], { stdio: 'pipe' });
  return [work, ext];
}

describe('Waspada in Chromium: an NGO\'s own pack names its helplines', { timeout: 200_000 }, () => {
  const [work, ext] = ngoBuild();
  const s = uxSession({ dist: ext });
  before(() => s.start());
  after(async () => {
    await s.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('interstitial: "Butuh bantuan?" names both helplines, the number is a tel: link, the page an https link', async () => {
    const { page, info } = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(info)?.level, 'danger', summarize(info));
      const help = s.shadow(page, '#waspada-helplines');
      const text = await help.innerText();
      assert.match(text, /Hotline Cek Penipuan LSM Contoh\s+0811-2233-4455\s+\(Senin–Sabtu 08\.00–20\.00\)/, text);
      assert.match(text, /Pusat Bantuan LSM Contoh\s+lsm-contoh\.or\.id/, text);
      assert.equal(await help.locator('a.phone').getAttribute('href'), 'tel:081122334455');
      assert.equal(await help.locator('a[target="_blank"]').getAttribute('href'), 'https://lsm-contoh.or.id/bantuan');
      assert.match(await s.shadow(page, '#waspada-helpline-heading').innerText(), /Butuh bantuan\?/);
      await page.evaluate(axeSource());
      assert.deepEqual(await page.evaluate(runAxeAll, ['waspada-alert[scope="page"]', '*']), [], 'the interstitial stays accessible');
      await help.scrollIntoViewIfNeeded();
      const shot = resultsPath('interstitial-helpline-id.png');
      await page.screenshot({ path: shot });
      publishScreenshot(shot, 'interstitial-helpline-id.png');
    } finally {
      await page.close();
    }
  });

  test('banner: the helplines are in "Kenapa?"', async () => {
    const { page, info } = await s.visit(SITES.jobScam.url);
    try {
      assert.equal(pageWarning(info)?.level, 'warning', summarize(info));
      await s.shadow(page, '#waspada-why').click();
      assert.match(await s.shadow(page, '#waspada-helplines').innerText(), /Hotline Cek Penipuan LSM Contoh/);
    } finally {
      await page.close();
    }
  });

  test('popup: the helplines are in view, warning or not', async () => {
    const { page } = await s.visit(SITES.newsWeather.url, { expect: false });
    try {
      const tabId = await s.tabIdOf(SITES.newsWeather.url);
      const { popup } = await s.openPopup(tabId);
      try {
        const list = await popup.evaluate(() => ({
          hidden: document.getElementById('helplines').hidden,
          items: [...document.querySelectorAll('#helpline-list li')].map((li) => li.textContent),
          tel: document.querySelector('#helpline-list a.phone')?.getAttribute('href'),
        }));
        assert.equal(list.hidden, false);
        assert.equal(list.items.length, 2, JSON.stringify(list));
        assert.equal(list.tel, 'tel:081122334455');
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });
});
