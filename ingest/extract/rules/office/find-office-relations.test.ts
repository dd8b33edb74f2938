/* Tests: HOLDS_OFFICE for offices of states and intergovernmental bodies, AFFILIATED_WITH for other roles. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';

const offices = (text: string): string[] => {
  const r = extractDocument({ text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations
    .filter((x) => x.type === 'HOLDS_OFFICE' || x.type === 'AFFILIATED_WITH')
    .map((x) => `${name.get(x.source)} ${x.type} ${name.get(x.target)}`)
    .sort();
};

describe('findOfficeRelations', () => {
  it('when a person leads a trade association, then the person is affiliated with it, not an office holder', () => {
    expect(offices('Harold Grant, president of the Ontario Dairy Farmers Association, welcomed the ruling.')).toEqual([
      'Harold Grant AFFILIATED_WITH Ontario Dairy Farmers Association',
    ]);
    expect(offices('The bill is dangerous, Northern Timber Industry Council chairman Harold Grant told reporters.')).toEqual([
      'Harold Grant AFFILIATED_WITH Northern Timber Industry Council',
    ]);
  });

  it('when a person chairs a state committee, then the person holds an office there', () => {
    expect(offices('Harold Grant, chairman of the State Planning Committee, spoke on Monday.')).toContain(
      'Harold Grant HOLDS_OFFICE State Planning Committee',
    );
  });

  it("when a bloc's portfolio chief is named, then the person holds an office in the bloc", () => {
    expect(offices('"We must act," said EC external trade chief Willy Marten.')).toEqual(['Willy Marten HOLDS_OFFICE European Community']);
  });

  it('when the body of an appositive role is described after a place ("Leeds-based consulting group X"), then the person is affiliated with the body', () => {
    expect(offices('Jane Porter, director of Leeds-based consulting group Norcast, said demand was strong.')).toEqual([
      'Jane Porter AFFILIATED_WITH Norcast',
    ]);
    expect(offices('Prices will rise, said Tom Reyes, an agro-economist at the Delta Policy Research Institute.')).toEqual([
      'Tom Reyes AFFILIATED_WITH Delta Policy Research Institute',
    ]);
  });

  it("when a capitalised title follows a body's acronym defined earlier, then the person is affiliated with the body", () => {
    expect(offices('The Northern Grain Association (NGA) filed a complaint. NGA Vice President Tom Reyes said it was needed.')).toEqual([
      'Tom Reyes AFFILIATED_WITH Northern Grain Association',
    ]);
  });

  it('when a relative clause states the post ("X, who is also chairman of Y,"), then the post is read as an appositive', () => {
    expect(offices('Ivan Petrov, who is also chairman of the State Planning Committee, spoke on Monday.')).toContain(
      'Ivan Petrov HOLDS_OFFICE State Planning Committee',
    );
    expect(offices('Ivan Petrov, who met the chairman of the State Planning Committee, spoke on Monday.')).toEqual([]);
  });

  it("when a treasurer is named without a country, then the document's country is taken", () => {
    expect(
      offices(
        'CANBERRA, May 4 - Australia will review foreign bids. The last bid was thrown out by Treasurer Peter Hale on national interest grounds.',
      ),
    ).toEqual(['Peter Hale HOLDS_OFFICE Australia']);
  });
});
