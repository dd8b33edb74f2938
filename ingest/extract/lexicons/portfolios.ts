/* Lexicon: ministerial portfolios, as the words that stand before "Minister" or after "Minister of". */

export const PORTFOLIO_WORDS = new Set([
  'agriculture', 'agri-food', 'food', 'fisheries', 'forestry', 'economy', 'economic', 'economics', 'affairs',
  'finance', 'financial', 'revenue', 'foreign', 'trade', 'international', 'commerce', 'industry', 'industries',
  'defence', 'defense', 'health', 'energy', 'environment', 'climate', 'interior', 'home', 'justice', 'labour',
  'labor', 'employment', 'transport', 'transportation', 'infrastructure', 'education', 'treasury', 'security',
  'public', 'safety', 'innovation', 'science', 'technology', 'digital', 'natural', 'resources', 'mines',
  'mining', 'immigration', 'citizenship', 'development', 'planning', 'culture', 'tourism', 'business',
  'small', 'exports', 'export', 'investment', 'relations', 'intergovernmental', 'european', 'budget',
  'fiscal', 'communications', 'housing', 'social', 'welfare', 'water', 'oil', 'petroleum', 'economy,',
  'treasury', 'state', 'cabinet', 'national', 'homeland', 'veterans', 'indigenous', 'northern',
  'regional', 'urban', 'rural', 'growth', 'competitiveness', 'enterprise', 'industrial',
  'strategy', 'strategic', 'wealth', 'planning', 'sustainable', 'external', 'overseas',
  'farm', 'negotiations', 'cooperation', 'co-operation', 'relations',
]);

/** Portfolio words that only count when another portfolio word is beside them ("Foreign Affairs"). */
export const WEAK_PORTFOLIO_WORDS = new Set(['affairs', 'public', 'national', 'small', 'state', 'relations', 'natural']);
