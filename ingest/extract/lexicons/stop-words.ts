/* Lexicon: capitalised words that are never entities on their own (sentence starters, months, days). */

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Function words and common sentence openers, compared in lower case. */
export const STOP_WORDS = new Set([
  ...MONTHS.filter((m) => m !== 'may' && m !== 'march').concat(['may', 'march']),
  ...WEEKDAYS,
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'of', 'to', 'from', 'by', 'with', 'without', 'during', 'though',
  'although', 'while', 'despite', 'after', 'before', 'since', 'as', 'if', 'when', 'where', 'why', 'how', 'what',
  'who', 'which', 'this', 'that', 'these', 'those', 'its', 'it', 'their', 'our', 'his', 'her', 'he', 'she', 'we',
  'they', 'i', 'you', 'but', 'and', 'or', 'yet', 'so', 'also', 'last', 'next', 'new', 'another', 'both', 'all',
  'some', 'many', 'most', 'more', 'other', 'such', 'still', 'even', 'just', 'only', 'first', 'second', 'third',
  'second-largest', 'largest', 'beyond', 'under', 'over', 'about', 'around', 'against', 'between', 'among',
  'amid', 'according', 'today', 'yesterday', 'tomorrow', 'tonight', 'key', 'points', 'here', 'there', 'then',
  'now', 'meanwhile', 'however', 'moreover', 'furthermore', 'instead', 'earlier', 'later', 'officials',
  'analysts', 'observers', 'leaders', 'read', 'more', 'related', 'photo', 'photos', 'image', 'video', 'watch',
  'file', 'editing', 'reporting', 'writing', 'additional', 'copyright', 'update', 'updated', 'advertisement',
  'share', 'subscribe', 'follow', 'sign', 'click', 'listen', 'do', 'does', 'did', 'is', 'are', 'was', 'were',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'not', 'no', 'yes', 'one', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dear', 'mending', 'action', 'trade', 'tariffs',
  'security', 'economy', 'politics', 'business', 'world', 'news', 'opinion', 'analysis', 'breaking', 'live',
  'exclusive', 'explainer', 'factbox', 'timeline', 'graphic', 'people', 'government', 'governments', 'ministers',
  'partners', 'markets', 'investors', 'companies', 'firms', 'together',
  'any', 'every', 'each',
  'bienvenida', 'oficial', 'via', 'per', 'mr', 'mrs', 'ms', 'dr',
]);
