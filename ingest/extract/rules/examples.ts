/* Extraction rules: every family's examples (`<family>/examples.ts`), collected for the catalogue's table tests. */

import type { RuleExamples } from './rule-family.js';
import { examples as event } from './event/examples.js';
import { examples as funding } from './funding/examples.js';
import { examples as location } from './location/examples.js';
import { examples as meeting } from './meeting/examples.js';
import { examples as membership } from './membership/examples.js';
import { examples as office } from './office/examples.js';
import { examples as party } from './party/examples.js';
import { examples as signing } from './signing/examples.js';
import { examples as structure } from './structure/examples.js';
import { examples as tariff } from './tariff/examples.js';
import { examples as trade } from './trade/examples.js';
import { examples as visit } from './visit/examples.js';

/** Examples by family name (the `products` family emits no relations and has none). */
export const RULE_EXAMPLES: Readonly<Record<string, RuleExamples>> = {
  event,
  funding,
  location,
  meeting,
  membership,
  office,
  party,
  signing,
  structure,
  tariff,
  trade,
  visit,
};
