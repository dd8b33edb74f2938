/* Tests: events named by their place, with date and place. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';

describe('findEvents', () => {
  it('when "a summit in <Place> in <Month Year>", then there is an Event with that place and date', () => {
    const r = extractDocument({ text: 'Leaders will meet at a summit in Rio de Janeiro in July 2026.' });
    const ev = r.entities.find((e) => e.type === 'Event');
    expect(ev?.name).toBe('Rio de Janeiro summit');
    expect(ev?.properties.place).toBe('Rio de Janeiro');
    expect(String(ev?.properties.date)).toMatch(/^2026-07/);
  });

  it('when "the G20 summit in <Place>", then the event keeps its name and gains the place', () => {
    const r = extractDocument({ text: 'The G20 summit in Osaka ended on Saturday.' });
    const ev = r.entities.find((e) => e.type === 'Event');
    expect(ev?.name).toBe('G20 summit');
    expect(ev?.properties.place).toBe('Osaka');
  });

  const events = (text: string): string[] =>
    extractDocument({ text })
      .entities.filter((e) => e.type === 'Event')
      .map((e) => e.name);

  it.each([
    ["She said next month's meeting of the OECD would show this will.", 'meeting of the OECD'],
    ['Markets fell ahead of a meeting of the G7 next week.', 'meeting of the G7'],
    ['Officials at the two-day summit will plan a new forum.', 'two-day summit'],
  ])('when "%s", then the Event is "%s"', (text, name) => {
    expect(events(text)).toEqual([name]);
  });

  it.each([['Speaking at a meeting of the OECD, he called for action.'], ['He held talks with his Spanish counterpart on Monday.']])(
    'when "%s", then there is no Event',
    (text) => {
      expect(events(text)).toEqual([]);
    },
  );
});
