// End-to-end, Firefox ESR: the judol comment shield on the four sites' fixtures (YouTube, TikTok,
// Instagram, Facebook; comment-sites.mjs, served over TLS under the real host names): judol
// comments collapsed in place behind <waspada-alert scope="comment">, the others untouched,
// reveal and hide again, comments loaded later shielded too, and no page-level warning.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_SITES } from './comment-sites.mjs';
import { firefoxSession } from './ux-firefox-session.mjs';
import { resultsPath, pollFor, sleep, commentState, QUIET_MS } from './helpers.mjs';

describe('Waspada in Firefox ESR: the judol comment shield', { timeout: 200_000 }, () => {
  const s = firefoxSession();
  before(() => s.start());
  after(() => s.stop());

  for (const [name, site] of Object.entries(COMMENT_SITES)) {
    test(`comment shield on ${name}: judol comments collapsed, others untouched, reveal and hide again, later comments shielded`, async () => {
      const { page } = await s.visit(site.url, { expect: false });
      try {
        const fixture = await page.evaluate(() => window.FIXTURE);
        const done = (st, ids) => ids.every((id) => st.comments[id]?.label);
        let st = await pollFor(async () => {
          const v = await page.evaluate(commentState);
          return done(v, fixture.gambling) ? v : null;
        }) ?? (await page.evaluate(commentState));
        for (const id of fixture.gambling) {
          assert.ok(st.comments[id].hidden, `${name} ${id} (judol) is collapsed: ${JSON.stringify(st)}`);
          assert.match(st.comments[id].label, /^Promosi judi online disembunyikan/);
          assert.equal(st.comments[id].level, 'warning');
        }
        for (const id of fixture.normal) {
          assert.deepEqual(st.comments[id], { hidden: false, level: null, label: null, expanded: null }, `${name} ${id} is untouched`);
        }
        const first = fixture.gambling[0];
        const toggle = () => page.evaluate((id) => document.querySelector(`[data-fixture="${id}"]`).previousElementSibling
          .shadowRoot.querySelector('button.reveal').click(), first);
        await toggle();
        st = await page.evaluate(commentState);
        assert.equal(st.comments[first].hidden, false, 'revealed');
        assert.equal(st.comments[first].expanded, 'true');
        await toggle();
        assert.equal((await page.evaluate(commentState)).comments[first].hidden, true, 'hidden again');
        await page.evaluate(() => window.loadMore());
        st = await pollFor(async () => {
          const v = await page.evaluate(commentState);
          return done(v, fixture.more.gambling) ? v : null;
        }) ?? (await page.evaluate(commentState));
        for (const id of fixture.more.gambling) assert.ok(st.comments[id]?.hidden, `${name} ${id} (loaded later) is collapsed`);
        for (const id of fixture.more.normal) assert.equal(st.comments[id]?.hidden, false, `${name} ${id} (loaded later) is untouched`);
        await sleep(QUIET_MS);
        assert.equal((await page.evaluate(commentState)).pageAlerts, 0, 'no page-level warning for comments');
        await page.screenshot({ path: resultsPath(`firefox-comments-${name}.png`) });
      } finally {
        await page.close();
      }
    });
  }

});
