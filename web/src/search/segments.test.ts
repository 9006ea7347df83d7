import { describe, expect, it } from 'vitest';
import { snippetSegments } from './segments.ts';

describe('snippetSegments', () => {
  it('cuts a snippet into plain and matched text at the ranges', () => {
    expect(snippetSegments({ text: 'Necesito información hoy', highlights: [[9, 20]] })).toEqual([
      { text: 'Necesito ', isMatch: false },
      { text: 'información', isMatch: true },
      { text: ' hoy', isMatch: false },
    ]);
  });

  it('keeps markup as text and skips overlapping or out-of-bounds ranges', () => {
    const segments = snippetSegments({
      text: '<b>x</b>',
      highlights: [
        [3, 4],
        [2, 5],
        [6, 99],
      ],
    });
    expect(segments).toEqual([
      { text: '<b>', isMatch: false },
      { text: 'x', isMatch: true },
      { text: '</b>', isMatch: false },
    ]);
  });
});
