/*
 * E2E: curation in the browser — sign in, walk the review queue with the keyboard (j, a, r, u) and see
 * each verdict in the API and the graph view, undo from History, merge from the details panel; a server
 * that protects reads makes the app ask for the token once.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../ingest/remove-document.js';
import { SCREENSHOTS, startBrowserHarness, viewState, waitForIdle, WRITE_TOKEN, type BrowserHarness } from './browser-harness.js';

const ALICE = 'e2e-alice-token';
const ARTICLES = [
  'Finnish Trade Minister Marta Lindqvist met Chilean President Tomas Ferrer in Helsinki on Tuesday. Finland imposed a 15% tariff on Chilean copper.',
  'Chilean Foreign Minister Ines Ferrer visited Lima on Thursday.',
  // A surname alone that two people carry: resolution at load leaves it apart, for the queue and an analyst.
  'Chilean President Ferrer visited Oslo on Friday. Marta Lindqvist met President Ferrer in Oslo.',
];
const FERRER = 'person:tomas-ferrer';
const A_FERRER = 'person:ferrer';

let harness: BrowserHarness;
const documents: string[] = [];

const api = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${harness.server.url}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ALICE}`, ...init.headers },
  });
  return { status: res.status, body: (await res.json()) as any };
};
const inView = (page: Page) => ({
  hasEdge: (id: string) => page.evaluate((e) => (window as any).__newsgraph.graph.hasEdge(e), id) as Promise<boolean>,
  hasNode: (id: string) => page.evaluate((n) => (window as any).__newsgraph.graph.hasNode(n), id) as Promise<boolean>,
  review: (id: string) =>
    page.evaluate((e) => (window as any).__newsgraph.graph.getEdgeAttribute(e, 'relation').review ?? null, id) as Promise<string | null>,
});

beforeAll(async () => {
  harness = await startBrowserHarness({ editorTokens: [{ user: 'alice', token: ALICE }] });
  for (const text of ARTICLES) {
    const res = await api('/documents', { method: 'POST', body: JSON.stringify({ text, source: `e2e-curation-${documents.length}` }) });
    expect(res.status).toBe(201);
    documents.push(res.body.documentId ?? res.body.id);
  }
});

afterAll(async () => {
  // Leave the shared database as the seeds left it: undo this file's decisions (newest first), remove its articles.
  if (harness) {
    const { body } = await api('/decisions?limit=1000');
    for (const d of body.decisions ?? [])
      if (!d.undone && d.by === 'alice') await api(`/decisions/${d.id}/undo`, { method: 'POST', body: '{}' });
    for (const id of documents.filter(Boolean)) await removeDocument(harness.driver, harness.database, id);
  }
  await harness?.close();
});

async function signIn(page: Page, token: string): Promise<void> {
  const dialog = page.locator('dialog[data-dialog="sign-in"]');
  await dialog.locator('input[name="token"]').fill(token);
  await dialog.locator('[data-action="sign-in-ok"]').click();
  await page.waitForSelector('body[data-signed-in="true"]');
}

describe('curation in the web app', () => {
  it('when an analyst signs in and walks the review queue with j, a, r, u, then each verdict reaches the API and the graph, and History undoes', async () => {
    const page = await harness.open();
    await page.click('[data-action="sign-in"]');
    await signIn(page, ALICE);
    // The token lives in this tab's sessionStorage only.
    expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.writeToken'))).toBe(ALICE);
    // localStorage keeps node positions only, never the token.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(expect.not.arrayContaining(['newsgraph.writeToken']));
    expect(await page.evaluate((t) => Object.values(localStorage).some((v) => v.includes(t)), ALICE)).toBe(false);

    await page.click('.tab[data-panel="review"]');
    const panel = page.locator('.panel-review');
    const items = panel.locator('.review-item');
    await items.nth(3).waitFor();
    expect(await panel.locator('.review-keys').innerText()).toMatch(
      /j\s*next[\s\S]*a\s*confirm[\s\S]*r\s*reject[\s\S]*m\s*merge[\s\S]*s\s*keep apart[\s\S]*u\s*undo/,
    );
    const keys = await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key!));
    const focused = () => panel.locator('.review-item.focused').getAttribute('data-key');
    expect(await focused()).toBe(keys[0]);
    // Lowest confidence first, each with its evidence sentence and the rules that made the edge.
    const first = (await api(`/relations/${encodeURIComponent(keys[0]!)}`)).body.edge.confidence;
    const second = (await api(`/relations/${encodeURIComponent(keys[1]!)}`)).body.edge.confidence;
    expect(first).toBeLessThanOrEqual(second);
    expect(await items.first().locator('.evidence').count()).toBe(1);
    expect(await items.first().locator('.rel-rules .rule-id').count()).toBeGreaterThan(0);

    // j: the second item is focused, and its edge is shown in the graph.
    await page.keyboard.press('j');
    expect(await focused()).toBe(keys[1]);
    const confirmed = keys[1]!;
    const rejected = keys[2]!;
    await page.waitForFunction((e) => (window as any).__newsgraph.graph.hasEdge(e), confirmed);

    // a: confirmed in the API, marked in the view, focus moves on.
    await page.keyboard.press('a');
    await panel.locator(`.review-item[data-key="${confirmed}"][data-outcome="confirmed"]`).waitFor();
    expect((await api(`/relations/${encodeURIComponent(confirmed)}`)).body.edge.review).toBe('confirmed');
    expect(await inView(page).review(confirmed)).toBe('confirmed');
    expect(await focused()).toBe(rejected);
    await page.waitForFunction((e) => (window as any).__newsgraph.graph.hasEdge(e), rejected);

    // r: rejected — hidden from reads (kept with include=rejected) and gone from the view.
    await page.keyboard.press('r');
    await panel.locator(`.review-item[data-key="${rejected}"][data-outcome="rejected"]`).waitFor();
    expect((await api(`/relations/${encodeURIComponent(rejected)}`)).status).toBe(404);
    expect((await api(`/relations/${encodeURIComponent(rejected)}?include=rejected`)).body.edge.review).toBe('rejected');
    expect(await inView(page).hasEdge(rejected)).toBe(false);
    await waitForIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}review.png` });

    // u: the rejection is undone — open again, focused, back in the API and the view.
    await page.keyboard.press('u');
    await panel.locator(`.review-item[data-key="${rejected}"][data-outcome="open"]`).waitFor();
    expect(await focused()).toBe(rejected);
    expect((await api(`/relations/${encodeURIComponent(rejected)}`)).body.edge.review ?? null).toBeNull();
    await page.waitForFunction((e) => (window as any).__newsgraph.graph.hasEdge(e), rejected);

    // History: newest first, with who; undo the confirmation from there.
    await page.click('.tab[data-panel="history"]');
    const history = page.locator('.panel-history .history-item');
    await history.nth(1).waitFor();
    const listed = await history.evaluateAll((els) =>
      els.map((e) => ({ id: (e as HTMLElement).dataset.decisionId, undone: e.classList.contains('undone') })),
    );
    const { body } = await api('/decisions');
    expect(listed.map((d) => d.id)).toEqual(body.decisions.slice(0, listed.length).map((d: { id: string }) => d.id));
    expect(listed[0]!.undone).toBe(true);
    expect(await history.nth(1).innerText()).toContain('alice');
    expect(await history.nth(1).locator('.history-kind').innerText()).toBe('Confirm');
    await page.screenshot({ path: `${SCREENSHOTS}history.png` });
    await history.nth(1).locator('[data-action="undo-decision"]').click();
    await page.locator(`.panel-history .history-item[data-decision-id="${listed[1]!.id}"].undone`).waitFor();
    expect((await api(`/relations/${encodeURIComponent(confirmed)}`)).body.edge.review ?? null).toBeNull();
    await page.waitForFunction((e) => !(window as any).__newsgraph.graph.getEdgeAttribute(e, 'relation').review, confirmed);
  });

  it('when the duplicate queue is walked, then s keeps a pair apart (it leaves the queue) and u undoes it', async () => {
    const page = await harness.open();
    await page.click('[data-action="sign-in"]');
    await signIn(page, ALICE);
    await page.click('.tab[data-panel="review"]');
    const panel = page.locator('.panel-review');
    await panel.locator('.review-item').first().waitFor();
    await panel.locator('[data-review-kind="duplicates"]').click();
    // The president by surname alone and by full name are a candidate pair, whichever order the queue gives them.
    const pair = panel.locator(`.review-item[data-key="${FERRER}|${A_FERRER}"], .review-item[data-key="${A_FERRER}|${FERRER}"]`);
    await pair.waitFor();
    expect(await pair.innerText()).toMatch(/surname alone/);
    await pair.click();
    expect(await pair.getAttribute('class')).toContain('focused');
    // Both entities are shown in the graph while the pair is focused.
    await page.waitForFunction(
      ([a, b]) => (window as any).__newsgraph.graph.hasNode(a) && (window as any).__newsgraph.graph.hasNode(b),
      [FERRER, A_FERRER],
    );

    const key = (await pair.getAttribute('data-key'))!;
    await page.keyboard.press('s');
    await panel.locator(`.review-item[data-key="${key}"][data-outcome="kept-apart"]`).waitFor();
    const queue = async () =>
      (await api('/review?kind=duplicates&limit=50')).body.items.map((i: { a: { id: string }; b: { id: string } }) =>
        [i.a.id, i.b.id].sort().join('|'),
      );
    expect(await queue()).not.toContain([FERRER, A_FERRER].sort().join('|'));
    expect((await api('/decisions')).body.decisions[0]).toMatchObject({ kind: 'keep-apart', by: 'alice', undone: false });

    await page.keyboard.press('u');
    await panel.locator(`.review-item.focused[data-key="${key}"][data-outcome="open"]`).waitFor();
    expect((await api('/decisions')).body.decisions[0]).toMatchObject({ kind: 'keep-apart', undone: true });
    expect(await queue()).toContain([FERRER, A_FERRER].sort().join('|'));
  });

  it('when a relation is confirmed and an entity merged from the details panel, then the token is asked once, the mark shows, and the view keeps only the survivor', async () => {
    const page = await harness.open();
    await page.keyboard.press('/');
    await page.keyboard.type('Ferrer');
    const found = page.locator(`.ac-search .ac-item[data-id="${A_FERRER}"]`);
    await found.waitFor();
    await found.dispatchEvent('mousedown');
    const details = page.locator('.panel-details');
    await details.locator('.entity-name', { hasText: /^Ferrer$/ }).waitFor();
    await details.locator('.rel-item [data-action="confirm-relation"]').first().waitFor();

    // A write without a token opens the sign-in box; the confirmation goes through after it.
    const item = details.locator('.rel-item', { has: page.locator('[data-action="confirm-relation"]') }).first();
    const relationId = (await item.getAttribute('data-relation-id'))!;
    await item.locator('[data-action="confirm-relation"]').click();
    await signIn(page, ALICE);
    await details.locator(`.rel-item[data-relation-id="${relationId}"] .confirmed-mark`).waitFor();
    expect((await api(`/relations/${encodeURIComponent(relationId)}`)).body.edge.review).toBe('confirmed');
    if (await inView(page).hasEdge(relationId)) expect(await inView(page).review(relationId)).toBe('confirmed');

    // Merge into…: only people are offered; the merge asks to be confirmed.
    const mergeInput = details.locator('.ac-merge .ac-input');
    await mergeInput.fill('Tomas Ferrer');
    const hit = details.locator(`.ac-merge .ac-item[data-id="${FERRER}"]`);
    await hit.waitFor();
    expect(new Set(await details.locator('.ac-merge .ac-item .ac-type').evaluateAll((els) => els.map((e) => e.textContent)))).toEqual(
      new Set(['Person']),
    );
    expect(await details.locator(`.ac-merge .ac-item[data-id="${A_FERRER}"]`).count()).toBe(0);
    await hit.dispatchEvent('mousedown');
    await details.locator('[data-action="merge-confirm"]').waitFor();
    await waitForIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}details-curation.png` });

    await details.locator('[data-action="merge-confirm"]').click();
    await page.waitForFunction((id) => (window as any).__newsgraph.state.get().selected === id, FERRER);
    await details.locator('.entity-name', { hasText: 'Tomas Ferrer' }).waitFor();
    expect((await api(`/nodes/${A_FERRER}`)).status).toBe(404);
    const survivor = (await api(`/nodes/${FERRER}`)).body.node;
    expect(survivor.aliases).toContain('Ferrer');
    const neighbours = (await api(`/nodes/${FERRER}/neighbors`)).body.nodes.map((n: { id: string }) => n.id);
    expect(neighbours).toEqual(expect.arrayContaining(['place:oslo', 'place:helsinki', 'country:CL']));
    expect(await inView(page).hasNode(A_FERRER)).toBe(false);
    expect(await inView(page).hasNode(FERRER)).toBe(true);
    expect(await details.locator('.aliases .chip', { hasText: 'Ferrer' }).count()).toBe(1);
    expect((await viewState<{ selected: string }>(page)).selected).toBe(FERRER);
  });

  it('when the server protects reads, then the app asks for a token once and loads the graph with it', async () => {
    const guarded = await startBrowserHarness({ readTokens: [{ user: 'team', token: 'e2e-team-token' }], writeToken: WRITE_TOKEN });
    try {
      const page = await guarded.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(guarded.server.url);
      const dialog = page.locator('dialog[data-dialog="sign-in"]');
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain('asks for a token to read');
      await signIn(page, 'e2e-team-token');
      await waitForIdle(page);
      expect(await page.locator('dialog[data-dialog="sign-in"]').count()).toBe(0);
      expect(await page.evaluate(() => (window as any).__newsgraph.graph.order)).toBeGreaterThan(10);
      await page.close();
    } finally {
      await guarded.close();
    }
  });
});
