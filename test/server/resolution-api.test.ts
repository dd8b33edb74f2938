/* Server tests on a real Neo4j: resolution across documents at load — a surname alone, initials, an acronym join the
   entity an earlier document named; the same surname with different given names, an ambiguous surname and a
   kept-apart pair stay apart, also when a removed document is ingested again; a node made from a shorter form takes
   the fullest proper name that joins it, never a title-bearing one, and never over an analyst's rename. Invented
   names only. */

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { removeDocument } from '../../ingest/remove-document.js';
import { clearGraph } from '../test-database.js';
import { startHarness, type Harness } from './server-harness.js';

const TOKEN = 'resolution-editor-token-01';
const auth = { authorization: `Bearer ${TOKEN}` };

const AINO = 'Finnish Prime Minister Aino Korhela visited Madrid on Monday. Korhela met Spanish Prime Minister Pablo Ordaz in Madrid.';
const SURNAME = 'Prime Minister Korhela said Finland would expand trade with Chile. Korhela visited Santiago on Friday.';
const MIKKO = 'Finnish Foreign Minister Mikko Korhela visited Oslo on Tuesday.';
const MARTA = 'Chilean President Marta Quilapan visited Lima on Tuesday.';
const INITIALS = 'President M. B. Quilapan met Peruvian President Hugo Arrieta in Lima.';
const LONG_FORM = 'The Andean Harbour Council imposed a 10% tariff on Peruvian steel. Chile joined the Andean Harbour Council in 2020.';
const ACRONYM = 'Peru said the AHC would review the tariff. The AHC met in Lima.';
const FULLER = 'Finnish Prime Minister Aino Liisa Korhela visited Quito on Monday.';
const INITIAL = 'A. L. Korhela met Ecuadorian officials in Quito on Tuesday.';

let h: Harness;

const ingest = async (text: string, source: string): Promise<void> => {
  const res = await h.post('/api/documents', { text, source }, auth);
  expect(res.status).toBe(201);
};
const ids = async (label: string): Promise<string[]> =>
  (await h.rows<{ id: string }>(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`)).map((r) => r.id);
const node = async (id: string) =>
  (
    await h.rows<{ name: string; aliases: string[]; docs: number }>(
      'MATCH (n {id: $id}) RETURN n.name AS name, n.aliases AS aliases, COUNT { (n)-[:MENTIONED_IN]->(:Document) } AS docs',
      { id },
    )
  )[0];

beforeAll(async () => {
  h = await startHarness({ editorTokens: [{ user: 'alice', token: TOKEN }] });
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await clearGraph(h.driver, h.database);
});

describe('resolution across documents at load', () => {
  it('when a later document names a person by surname alone, then it joins the one person of that surname', async () => {
    await ingest(AINO, 'res/aino.txt');
    await ingest(SURNAME, 'res/surname.txt');
    expect(await ids('Person')).toEqual(['person:aino-korhela', 'person:pablo-ordaz']);
    const aino = await node('person:aino-korhela');
    expect(aino).toMatchObject({ name: 'Aino Korhela', docs: 2 });
    expect(aino!.aliases).toContain('Korhela');
    const [office] = await h.rows<{ docs: number }>(
      "MATCH (:Person {id: 'person:aino-korhela'})-[r:HOLDS_OFFICE]->(:Country {id: 'country:FI'}) RETURN size(r.docIds) AS docs",
    );
    expect(office!.docs).toBe(2);
  });

  it('when a later document gives initials and a middle initial, then it joins the full name', async () => {
    await ingest(MARTA, 'res/marta.txt');
    await ingest(INITIALS, 'res/initials.txt');
    expect(await ids('Person')).toEqual(['person:hugo-arrieta', 'person:marta-quilapan']);
    expect((await node('person:marta-quilapan'))!.aliases).toContain('M. B. Quilapan');
    const met = await h.rows("MATCH (:Person {id: 'person:hugo-arrieta'})-[:MET_WITH]-(:Person {id: 'person:marta-quilapan'}) RETURN 1");
    expect(met).toHaveLength(1);
  });

  it('when a later document names an organization by its acronym, then it joins the long form', async () => {
    await ingest(LONG_FORM, 'res/long.txt');
    await ingest(ACRONYM, 'res/acronym.txt');
    expect(await ids('Organization')).toEqual(['org:andean-harbour-council']);
    const council = await node('org:andean-harbour-council');
    expect(council).toMatchObject({ name: 'Andean Harbour Council', docs: 2 });
    expect(council!.aliases).toContain('AHC');
  });

  it('when two people share a surname with different given names, then they stay two; a surname alone between them stays apart', async () => {
    await ingest(AINO, 'res/aino.txt');
    await ingest(MIKKO, 'res/mikko.txt');
    expect(await ids('Person')).toEqual(['person:aino-korhela', 'person:mikko-korhela', 'person:pablo-ordaz']);
    await ingest(SURNAME, 'res/surname.txt');
    expect(await ids('Person')).toEqual(['person:aino-korhela', 'person:korhela', 'person:mikko-korhela', 'person:pablo-ordaz']);
    expect((await node('person:aino-korhela'))!.docs).toBe(1);
  });

  it('when an analyst kept two apart, then the document ingested again does not join them, though resolution alone would', async () => {
    await ingest(AINO, 'res/aino.txt');
    await ingest(MIKKO, 'res/mikko.txt');
    await ingest(SURNAME, 'res/surname.txt');
    const kept = await h.post('/api/entities/keep-apart', { ids: ['person:aino-korhela', 'person:korhela'] }, auth);
    expect(kept.status).toBe(200);
    const docId = async (source: string) =>
      (await h.rows<{ id: string }>('MATCH (d:Document {source: $source}) RETURN d.id AS id', { source }))[0]!.id;
    // With the other Korhela and the surname's own document gone, only Aino is left for "Korhela" to join.
    expect((await removeDocument(h.driver, h.database, await docId('res/mikko.txt'))).removed).toBe(true);
    expect((await removeDocument(h.driver, h.database, await docId('res/surname.txt'))).removed).toBe(true);
    expect(await ids('Person')).toEqual(['person:aino-korhela', 'person:pablo-ordaz']);
    await ingest(SURNAME, 'res/surname.txt');
    expect(await ids('Person')).toEqual(['person:aino-korhela', 'person:korhela', 'person:pablo-ordaz']);
    expect((await node('person:aino-korhela'))!.docs).toBe(1);

    // Undone, the decision no longer holds: ingested again, the surname joins Aino.
    const [decision] = await h.rows<{ id: string }>("MATCH (d:Decision {kind: 'keep-apart'}) RETURN d.id AS id");
    expect((await h.post(`/api/decisions/${decision!.id}/undo`, undefined, auth)).status).toBe(200);
    expect((await removeDocument(h.driver, h.database, await docId('res/surname.txt'))).removed).toBe(true);
    await ingest(SURNAME, 'res/surname.txt');
    expect(await ids('Person')).toEqual(['person:aino-korhela', 'person:pablo-ordaz']);
    expect((await node('person:aino-korhela'))!.docs).toBe(2);
  });

  it('when a full name joins a node made from a surname alone, then the node takes the full name and keeps the others as aliases', async () => {
    await ingest(SURNAME, 'res/surname.txt');
    expect(await ids('Person')).toEqual(['person:korhela']);
    await ingest(AINO, 'res/aino.txt');
    expect(await ids('Person')).toEqual(['person:korhela', 'person:pablo-ordaz']);
    const joined = await node('person:korhela');
    expect(joined).toMatchObject({ name: 'Aino Korhela', docs: 2 });
    expect(joined!.aliases).toContain('Korhela');
    expect(joined!.aliases).not.toContain('Aino Korhela');
    // Fuller again (a middle name); then initials, which are shorter, join it and leave the name as it is.
    await ingest(FULLER, 'res/fuller.txt');
    await ingest(INITIAL, 'res/initial.txt');
    expect(await ids('Person')).toEqual(['person:korhela', 'person:pablo-ordaz']);
    const fullest = await node('person:korhela');
    expect(fullest).toMatchObject({ name: 'Aino Liisa Korhela', docs: 4 });
    expect(fullest!.aliases).toEqual(expect.arrayContaining(['Korhela', 'Aino Korhela', 'A. L. Korhela']));
    const [keys] = await h.rows<{ nameKey: string; shortKey: string }>(
      "MATCH (n:Person {id: 'person:korhela'}) RETURN n.nameKey AS nameKey, n.shortKey AS shortKey",
    );
    expect(keys).toEqual({ nameKey: 'korhela', shortKey: 'aino k' });
    // The lookup keys are storage, not facts: the API's node does not list them among its properties.
    const api = await h.json('/api/nodes/person:korhela');
    expect(api.status).toBe(200);
    expect(Object.keys(api.body.node.properties)).not.toEqual(expect.arrayContaining(['nameKey']));
    expect(Object.keys(api.body.node.properties)).not.toEqual(expect.arrayContaining(['shortKey']));
  });

  it('when the long form joins a node made from an acronym, then the node takes the long form', async () => {
    await ingest(ACRONYM, 'res/acronym.txt');
    expect(await ids('Organization')).toEqual(['org:ahc']);
    await ingest(LONG_FORM, 'res/long.txt');
    expect(await ids('Organization')).toEqual(['org:ahc']);
    const council = await node('org:ahc');
    expect(council).toMatchObject({ name: 'Andean Harbour Council', docs: 2 });
    expect(council!.aliases).toContain('AHC');
  });

  it('when an analyst renamed the node, then a fuller name that joins it becomes an alias only', async () => {
    await ingest(SURNAME, 'res/surname.txt');
    const renamed = await h.send('PATCH', '/api/entities/person:korhela', { name: 'A. Korhela' }, auth);
    expect(renamed.status).toBe(200);
    await ingest(AINO, 'res/aino.txt');
    const kept = await node('person:korhela');
    expect(kept).toMatchObject({ name: 'A. Korhela', docs: 2 });
    expect(kept!.aliases).toContain('Aino Korhela');
  });
});
