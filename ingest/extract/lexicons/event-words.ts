/* Lexicon: words that make a phrase a dated happening (summit, review, hearing, visit, election). */

export const EVENT_HEADS = new Set([
  'summit', 'conference', 'forum', 'meeting', 'meetings', 'talks', 'review', 'hearing', 'hearings', 'visit',
  'election', 'elections', 'olympics', 'games', 'expo', 'congress', 'assembly', 'dialogue', 'round',
  'negotiations', 'ministerial', 'symposium', 'convention', 'ceremony', 'referendum',
]);

