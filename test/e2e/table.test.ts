/* E2E: the table opens wide in a drawer, sorts by a header (click or keyboard), filters, and downloads a CSV of exactly
   the rows shown — a hostile name that a spreadsheet would run as a formula comes out neutralised. */

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../server/server-harness.js';
import { startBrowserHarness, type BrowserHarness } from './browser-harness.js';

let harness: BrowserHarness;
/** Invented organisations: one named like a spreadsheet formula, two plain, linked in a small star. */
const HOSTILE = "=cmd|' /C calc'!A0 Tollgrave";
const ORGS = [
  { id: 'org:e2e-table-hostile', name: HOSTILE },
  { id: 'org:e2e-table-brindle', name: 'Brindle Quarry Works' },
  { id: 'org:e2e-table-anvil', name: 'Anvil Quarry Tollgrave' },
];

const run = (cypher: string, params: Record<string, unknown> = {}) =>
  harness.driver.executeQuery(cypher, params, { database: harness.database });

beforeAll(async () => {
  harness = await startBrowserHarness();
  await run(`UNWIND $orgs AS o CREATE (:Organization {id: o.id, name: o.name, aliases: [], mentionCount: 1, e2eTable: true})`, {
    orgs: ORGS,
  });
  await run(
    `MATCH (a:Organization {id: 'org:e2e-table-hostile'}) MATCH (b:Organization {e2eTable: true}) WHERE b <> a
     CREATE (b)-[:MEMBER_OF {id: 'e2e-table-rel-' + b.id, evidence: [b.name + ' belongs to the circle.'], docIds: [], confidence: 0.7}]->(a)`,
  );
});

afterAll(async () => {
  if (harness) await run('MATCH (n {e2eTable: true}) DETACH DELETE n');
  await harness?.close();
});

describe('the wide table', () => {
  it('when the Table tab is opened, sorted, filtered and exported, then the CSV holds exactly the rows shown, formulas neutralised', async () => {
    const page = await harness.open('/?expand=org%3Ae2e-table-hostile');
    await page.click('.tab[data-panel="table"]');
    const drawer = page.locator('.table-drawer');
    await drawer.waitFor();
    // Wide: far wider than the side panel.
    const box = (await drawer.boundingBox())!;
    expect(box.width).toBeGreaterThan(700);

    // Sort by name ascending with the keyboard: focus the header button, Enter.
    await drawer.locator('th button[data-column="name"]').focus();
    await page.keyboard.press('Enter');
    expect(await drawer.locator('th[aria-sort="ascending"] button').getAttribute('data-column')).toBe('name');
    const names = await drawer.locator('tbody tr td:nth-child(1)').allInnerTexts();
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
    // A click on the same header reverses it.
    await drawer.locator('th button[data-column="name"]').click();
    expect(await drawer.locator('th[aria-sort="descending"] button').getAttribute('data-column')).toBe('name');

    // Filter: "quarry" keeps the two quarries; "cmd" adds nothing else; both words together match none.
    await drawer.locator('.table-filter').fill('quarry');
    expect(await drawer.locator('tbody tr td:nth-child(1)').allInnerTexts()).toEqual(['Brindle Quarry Works', 'Anvil Quarry Tollgrave']);
    expect(await drawer.locator('[data-role="table-count"]').innerText()).toMatch(/^2 of \d+ rows$/);

    await drawer.locator('.table-filter').fill('tollgrave');
    const shown = await drawer.locator('tbody tr td:nth-child(1)').allInnerTexts();
    expect([...shown].sort()).toEqual([HOSTILE, 'Anvil Quarry Tollgrave'].sort());

    const [download] = await Promise.all([page.waitForEvent('download'), drawer.locator('[data-action="table-csv"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^newsgraph-entities-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual(['name', 'type', 'degree', 'in view', 'pagerank']);
    // Same rows, same order as drawn; the hostile name starts with a quote, so no spreadsheet runs it.
    expect(records.map((r) => r[0])).toEqual(shown.map((n) => (n === HOSTILE ? `'${n}` : n)));
    expect(records.find((r) => r[0]!.includes('cmd'))![0]).toBe(`'${HOSTILE}`);
    expect(records.every((r) => r[1] === 'Organization')).toBe(true);

    // Escape closes the drawer; the side panel offers to reopen it.
    await drawer.locator('.table-filter').press('Escape');
    expect(await drawer.isHidden()).toBe(true);
    await page.click('[data-action="table-open"]');
    expect(await drawer.isVisible()).toBe(true);
  });
});
