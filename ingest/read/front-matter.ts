/* Ingest read: a Markdown file's YAML-style front matter (`---` … `---` of `key: value` lines) and the body after it. */

export interface FrontMatter {
  /** Keys lower-cased; values unquoted; only flat `key: value` lines are read. */
  fields: Record<string, string>;
  body: string;
}

export function readFrontMatter(markdown: string): FrontMatter {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!m) return { fields: {}, body: markdown };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w.-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv || kv[2] === '') continue;
    fields[kv[1]!.toLowerCase()] = kv[2]!.replace(/^(["'])(.*)\1$/, '$2');
  }
  return { fields, body: markdown.slice(m[0].length) };
}

/** The first of `keys` that the front matter sets. */
export function firstField(fields: Record<string, string>, ...keys: string[]): string | undefined {
  for (const key of keys) if (fields[key]) return fields[key];
  return undefined;
}
