/* Views: renders one Cypher result cell as short text (entities by name, lists joined, the rest as JSON). */

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  const record = value as Record<string, unknown>;
  const props = (record.properties ?? record) as Record<string, unknown>;
  if (typeof props.name === 'string') return props.name;
  if (typeof record.type === 'string' && typeof record.id === 'string') return `${record.type} ${record.id}`;
  const json = JSON.stringify(value);
  return json.length > 160 ? `${json.slice(0, 157)}…` : json;
}
