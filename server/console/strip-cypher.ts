/* Server console: blanks out comments, string literals and quoted names, so guards only see keywords. */

/** Same length as the input (positions survive); literal contents become spaces. */
export function stripCypher(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end === -1 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end === -1 ? query.length : end + 2;
      out += query.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < query.length) {
        if (query[j] === '\\' && c !== '`') j += 2;
        else if (query[j] === c && c === '`' && query[j + 1] === '`') j += 2;
        else if (query[j] === c) break;
        else j++;
      }
      const stop = Math.min(j + 1, query.length);
      // Keep a placeholder character so `CALL \`x\`` still reads as a name.
      out += c === '`' ? 'q' + ' '.repeat(stop - i - 1) : '0' + ' '.repeat(stop - i - 1);
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
