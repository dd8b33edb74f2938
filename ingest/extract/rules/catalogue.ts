/* Extraction rules: the catalogue — every rule family, checked against the ontology when loaded. */

import { RELATION_SPECS, isExtractedRelationType } from '../../../ontology/index.js';
import type { RuleFamily, RuleSpec } from './rule-family.js';
import { eventRules } from './event/find-events.js';
import { fundingRules } from './funding/find-funding.js';
import { locationRules } from './location/find-place-locations.js';
import { meetingRules } from './meeting/find-meetings.js';
import { membershipRules } from './membership/find-memberships.js';
import { partyRules } from './party/find-parties.js';
import { signingRules } from './signing/find-signings.js';
import { structureRules } from './structure/find-structural-relations.js';
import { tariffRules } from './tariff/find-tariffs.js';
import { tradeRules } from './trade/find-trade-relations.js';
import { tradedProductRules } from './trade/find-traded-products.js';
import { visitRules } from './visit/find-visits.js';
import { officeRules } from './office/find-office-relations.js';
import { withConstructions } from './constructions.js';
import { meetingConstructions } from './meeting/constructions.js';
import { visitConstructions } from './visit/constructions.js';
import { membershipConstructions } from './membership/constructions.js';
import { partyConstructions } from './party/constructions.js';
import { signingConstructions } from './signing/constructions.js';
import { officeConstructions } from './office/constructions.js';

/** Office rules run first: who holds office where is a document fact the others read. */
export const OFFICE_FAMILY: RuleFamily = withConstructions(officeRules, officeConstructions);

/** Every other family; their order does not change what they find. */
export const RELATION_FAMILIES: readonly RuleFamily[] = [
  withConstructions(signingRules, signingConstructions),
  eventRules,
  structureRules,
  locationRules,
  tariffRules,
  withConstructions(meetingRules, meetingConstructions),
  withConstructions(visitRules, visitConstructions),
  tradeRules,
  fundingRules,
  withConstructions(membershipRules, membershipConstructions),
  withConstructions(partyRules, partyConstructions),
  tradedProductRules,
];

export class CatalogueError extends Error {}

/** Every rule by id; throws when an id repeats, lacks its family prefix, or emits an unknown type. */
export function loadCatalogue(families: readonly RuleFamily[] = [OFFICE_FAMILY, ...RELATION_FAMILIES]): Map<string, RuleSpec> {
  const byId = new Map<string, RuleSpec>();
  for (const f of families) {
    for (const r of f.rules) {
      if (!r.id.startsWith(`${f.family}.`)) throw new CatalogueError(`rule ${r.id}: its id must start with its family "${f.family}."`);
      if (byId.has(r.id)) throw new CatalogueError(`rule ${r.id}: declared twice`);
      if (r.emits.length === 0 && f.family !== 'products') throw new CatalogueError(`rule ${r.id}: emits nothing`);
      for (const t of r.emits)
        if (!isExtractedRelationType(t) || !RELATION_SPECS[t])
          throw new CatalogueError(`rule ${r.id}: emits unknown relation type ${String(t)}`);
      byId.set(r.id, r);
    }
  }
  return byId;
}

export const CATALOGUE: ReadonlyMap<string, RuleSpec> = loadCatalogue();
