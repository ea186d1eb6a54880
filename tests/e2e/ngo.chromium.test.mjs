// End-to-end, Chromium: an NGO's own pack. An NGO copies rules/, names itself and its
// helplines in pack.toml ([[helpline]]), and either builds the extension with that pack
// (WASPADA_RULES=… scripts/build.sh) or signs it (`waspada pack sign`) and publishes it at a URL
// that its browser policy names with the public key (packUrl, packPublicKey); the people it
// helps then see who to ask on every warning and in the popup. The first part does what the
// build does to a copy of dist/chrome; the second serves the signed pack on loopback under a
// real-looking host and sets the policy (root, as ux-managed.chromium.test.mjs).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { MARKET, SITES } from './sites.mjs';
import { uxSession } from './ux-session.mjs';
import { ngoBuild, signedNgoPack, PACK_HOST, PACK_URL } from './ngo-pack.mjs';
import { pageWarning, pollFor, summarize, resultsPath, publishScreenshot, axeSource, runAxeAll } from './helpers.mjs';

/** The background's pack info (name, source), asked as the popup asks it. */
const packInfo = (s) => s.ext(() => chrome.runtime.sendMessage({ type: 'packInfo' }));

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

  test('marketplace: a risky card\'s marker panel names the helplines', async () => {
    const { page } = await s.visit(MARKET.blibliGrid.url, { expect: false });
    try {
      const badge = page.locator('waspada-alert[scope="listing"] .badge').first();
      await badge.waitFor({ timeout: 15_000 });
      // The marked card near the top, so that the panel opens below its badge in full view.
      await page.evaluate(() => scrollBy(0, document.querySelector('waspada-alert[scope="listing"]').getBoundingClientRect().top - 60));
      await badge.click();
      const help = await pollFor(() => page.evaluate(() => {
        const root = document.querySelector('waspada-alert[scope="listing"]')?.shadowRoot;
        const block = root?.querySelector('.panel .helplines');
        return block ? { text: block.textContent, tel: block.querySelector('a.phone')?.getAttribute('href'),
          link: block.querySelector('a[target="_blank"]')?.getAttribute('href') } : null;
      }), { timeout: 3000 });
      assert.ok(help, 'the panel has a helpline block');
      assert.match(help.text, /Ragu\? Tanyakan dulu/);
      assert.match(help.text, /Hotline Cek Penipuan LSM Contoh 0811-2233-4455 \(Senin–Sabtu 08\.00–20\.00\)/, help.text);
      assert.equal(help.tel, 'tel:081122334455');
      assert.equal(help.link, 'https://lsm-contoh.or.id/bantuan');
      const shot = resultsPath('listing-marker-helpline-id.png');
      await page.locator('waspada-alert[scope="listing"] .panel').first().screenshot({ path: shot });
      publishScreenshot(shot, 'listing-marker-helpline-id.png');
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

describe('Waspada in Chromium: an organisation\'s signed pack, fetched from the URL its policy names', { timeout: 200_000 }, () => {
  const [work, bytes, key] = signedNgoPack();
  const files = { [`${PACK_HOST}/waspada/ngo.wpk`]: { body: bytes, type: 'application/octet-stream' } };
  const s = uxSession({ managed: { packUrl: PACK_URL, packPublicKey: key }, files });
  before(() => s.start());
  after(async () => {
    await s.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('the signed pack replaces the built-in one, and its helplines are on the warnings', async () => {
    const info = await pollFor(async () => {
      const i = await packInfo(s);
      return i?.name === 'lsm-contoh' ? i : null;
    }, { timeout: 20_000 });
    assert.equal(info?.source, 'organisation', JSON.stringify(info));
    const fetched = s.server.requests.filter((r) => r.host.startsWith(PACK_HOST));
    assert.equal(fetched.length, 1, 'fetched once: ' + JSON.stringify(fetched));
    assert.equal(fetched[0].path, '/waspada/ngo.wpk');
    const { page, info: seen } = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(seen)?.level, 'danger', summarize(seen));
      assert.match(await s.shadow(page, '#waspada-helplines').innerText(), /Hotline Cek Penipuan LSM Contoh/);
    } finally {
      await page.close();
    }
  });

  test('after a restart the kept copy is used at once, without fetching it again', async () => {
    const before = s.server.requests.filter((r) => r.host.startsWith(PACK_HOST)).length;
    await s.relaunch();
    const info = await packInfo(s);
    assert.equal(info?.name, 'lsm-contoh', JSON.stringify(info));
    assert.equal(s.server.requests.filter((r) => r.host.startsWith(PACK_HOST)).length, before, 'not due for 6 hours');
  });

  test('Options says the rules are the organisation\'s, from which host and when', async () => {
    const page = await s.openOptions();
    try {
      assert.equal(await page.getAttribute('#rules-panel', 'data-source'), 'organisation');
      assert.match(await page.textContent('#rules-title'), /^lsm-contoh, versi /);
      assert.match(await page.textContent('#rules-origin'),
        new RegExp(`^Dari organisasi Anda \\(${PACK_HOST.replaceAll('.', '\\.')}\\), .*Terakhir diambil .*2026`));
      const shot = resultsPath('options-rules-organisation-id.png');
      await page.locator('#rules-panel').screenshot({ path: shot });
      publishScreenshot(shot, 'options-rules-organisation-id.png');
    } finally {
      await page.close();
    }
  });
});

describe('Waspada in Chromium: a pack the policy\'s key did not sign is never used', { timeout: 200_000 }, () => {
  const [work, bytes, , other] = signedNgoPack();
  const files = { [`${PACK_HOST}/waspada/ngo.wpk`]: { body: bytes, type: 'application/octet-stream' } };
  const s = uxSession({ managed: { packUrl: PACK_URL, packPublicKey: other }, files });
  before(() => s.start());
  after(async () => {
    await s.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('the built-in pack stays, and warnings still work', async () => {
    assert.ok(await pollFor(() => s.server.requests.some((r) => r.host.startsWith(PACK_HOST)), { timeout: 20_000 }),
      'the pack was fetched');
    await new Promise((r) => setTimeout(r, 1500)); // time to check the signature and refuse it
    const info = await packInfo(s);
    assert.equal(info?.name, 'waspada-default', JSON.stringify(info));
    assert.equal(info?.source, 'built-in');
    const { page, info: seen } = await s.visit(SITES.phishing.url);
    try {
      assert.equal(pageWarning(seen)?.level, 'danger', summarize(seen));
      assert.equal(await s.shadow(page, '#waspada-helplines').count(), 0, 'no helpline of a pack not used');
    } finally {
      await page.close();
    }
    const options = await s.openOptions();
    try {
      assert.equal(await options.getAttribute('#rules-panel', 'data-source'), 'built-in');
      assert.match(await options.textContent('#rules-origin'), /^Organisasi Anda memakai aturannya sendiri \(packs\.lsm-contoh\.or\.id\)/);
    } finally {
      await options.close();
    }
  });
});
