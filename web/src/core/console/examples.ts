/* Core/console: example queries written for this ontology (../shared/ontology.md). */

export const EXAMPLE_QUERIES: { title: string; query: string }[] = [
  {
    title: 'Who imposes tariffs on whom',
    query:
      'MATCH (imposer)-[i:IMPOSES]->(t:Tariff)-[g:TARGETS]->(target:Country)\nOPTIONAL MATCH (t)-[p:ON_PRODUCT]->(product:Product)\nRETURN imposer, i, t, g, target, p, product',
  },
  {
    title: 'Ministers and their portfolios',
    query:
      'MATCH (m:Minister)\nOPTIONAL MATCH (m)-[h:HOLDS_OFFICE]->(office)\nRETURN m.name AS minister, m.portfolio AS portfolio, h.title AS title, office.name AS `held at`, m, h, office',
  },
  {
    title: 'Agreements and their parties',
    query:
      'MATCH (party)-[r:PARTY_TO|SIGNED|MEMBER_OF]->(a:Agreement)\nRETURN a.name AS agreement, type(r) AS role, party.name AS member, party, r, a',
  },
  {
    title: 'Paths between two leaders',
    // The two best-connected office holders, so the example works on any graph; edit the names to pick others.
    query:
      'MATCH (l:Person)-[:HOLDS_OFFICE]->()\nWITH DISTINCT l ORDER BY COUNT { (l)--() } DESC LIMIT 2\nWITH collect(l) AS leaders\nWITH leaders[0] AS a, leaders[1] AS b\nMATCH p = shortestPath((a)-[*..4]-(b))\nRETURN p',
  },
  {
    title: 'Most mentioned entities',
    query:
      'MATCH (n) WHERE NOT n:Document\nRETURN n.name AS name, labels(n) AS labels, n.mentionCount AS mentions\nORDER BY mentions DESC LIMIT 25',
  },
];
