/* Lexicon: titles of office and roles that introduce or follow a person's name (general vocabulary). */

/** Office titles, longest first when matched as word sequences (lower case). */
export const OFFICE_TITLES = [
  'prime minister', 'deputy prime minister', 'vice president', 'vice-president', 'president', 'president-elect',
  'minister', 'deputy minister', 'secretary', 'secretary of state', 'secretary-general', 'secretary general',
  'premier', 'chancellor', 'king', 'queen', 'emperor', 'crown prince', 'prince', 'sheikh', 'emir', 'sultan',
  'governor', 'mayor', 'ambassador', 'envoy', 'special envoy', 'senator', 'congressman', 'congresswoman',
  'representative', 'trade representative', 'commissioner', 'director-general', 'director general',
  'director', 'chief executive', 'chief executive officer', 'ceo', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'head', 'leader', 'opposition leader', 'speaker', 'spokesperson', 'spokesman',
  'spokeswoman', 'managing director', 'undersecretary', 'under secretary', 'attorney general',
  'chief minister', 'taoiseach', 'press secretary', 'permanent secretary', 'general secretary', 'lawmaker', 'mp', 'governor-general',
  'treasurer', 'delegate', 'chief delegate', 'negotiator', 'chief negotiator', 'vice-premier', 'vice premier',
] as const;

/** Titles that make a person a Minister (with a portfolio) rather than a head of government. */
export const MINISTER_TITLES = new Set([
  'minister', 'deputy minister', 'secretary', 'secretary of state', 'foreign minister', 'undersecretary',
  'under secretary', 'attorney general', 'chancellor of the exchequer',
]);

/** Roles that mean affiliation with an organization rather than an office. */
export const AFFILIATION_ROLES = [
  'professor emeritus', 'professor', 'associate professor', 'assistant professor', 'lecturer', 'researcher',
  'analyst', 'senior analyst', 'economist', 'chief economist', 'senior economist', 'fellow', 'senior fellow',
  'director', 'executive director', 'founder', 'co-founder', 'partner', 'expert', 'scholar', 'strategist',
  'adviser', 'advisor', 'spokesperson', 'spokesman', 'spokeswoman', 'president', 'chief executive',
  'ceo', 'chair', 'chairman', 'head', 'vice-president', 'vice president', 'correspondent', 'reporter',
  'editor', 'columnist', 'member', 'deputy director', 'program director', 'research director',
  'chief operating officer', 'chief financial officer', 'general manager', 'managing director', 'vice chairman',
  'senior vice president', 'executive vice president', 'investigator', 'official', 'political editor',
  'business editor', 'economics editor', 'political correspondent', 'trader', 'board member',
] as const;

/** Courtesy and academic prefixes that precede a name but are not an office. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.']);

/** Short forms: "PM" → "Prime Minister". */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  pm: 'Prime Minister',
  'gov.': 'Governor',
  'sen.': 'Senator',
  'rep.': 'Representative',
  'pres.': 'President',
};

/** Organizational titles that are held as an office of the organization (HOLDS_OFFICE, not AFFILIATED_WITH). */
export const ORGANIZATION_OFFICES = new Set([
  'president', 'director-general', 'director general', 'secretary-general', 'secretary general',
  'managing director', 'governor', 'chair', 'chairman', 'chairwoman', 'chairperson', 'commissioner',
  'chief executive', 'chief executive officer', 'ceo', 'head', 'leader', 'trade representative',
]);
