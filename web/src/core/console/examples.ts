/* Core/console: example queries written for this ontology (../shared/ontology.md). */

export const EXAMPLE_QUERIES: { title: string; query: string }[] = [
  {
    title: 'Who imposes tariffs on whom',
    query: 'MATCH (imposer)-[i:IMPOSES]->(t:Tariff)-[g:TARGETS]->(target:Country)\nOPTIONAL MATCH (t)-[p:ON_PRODUCT]->(product:Product)\nRETURN imposer, i, t, g, target, p, product',
  },
  {
    title: 'Ministers and their portfolios',
    query: 'MATCH (m:Minister)-[h:HOLDS_OFFICE]->(office)\nRETURN m.name AS minister, m.portfolio AS portfolio, h.title AS title, office.name AS `held at`, m, h, office',
  },
  {
    title: 'Agreements and their parties',
    query: 'MATCH (party)-[r:PARTY_TO|SIGNED|MEMBER_OF]->(a:Agreement)\nRETURN a.name AS agreement, type(r) AS role, party.name AS member, party, r, a',
  },
  {
    title: 'Paths between two leaders',
    query: "MATCH (a:Person {name: 'Mark Carney'}), (b:Person {name: 'Donald Trump'})\nMATCH p = shortestPath((a)-[*..4]-(b))\nRETURN p",
  },
  {
    title: 'Most mentioned entities',
    query: 'MATCH (n) WHERE NOT n:Document\nRETURN n.name AS name, labels(n) AS labels, n.mentionCount AS mentions\nORDER BY mentions DESC LIMIT 25',
  },
];
