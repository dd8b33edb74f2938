/* Extraction: the acronym a name's initials spell ("North American Free Trade Agreement" → "NAFTA"). */

/** Initials of a name's words, skipping "of", "the", "and", "for", "on"; words already in capitals stay whole ("U.S." → "US"). */
export function nameInitials(name: string): string {
  return name
    .replace(/U\.S\./g, 'US')
    .split(/[\s-]+/)
    .filter((w) => w && !['of', 'the', 'and', 'for', 'on'].includes(w.toLowerCase()))
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0]!.toUpperCase()))
    .join('');
}
