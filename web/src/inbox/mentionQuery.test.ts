import { describe, expect, it } from 'vitest';
import { findMentionQuery, insertMention, suggestTeammates } from './mentionQuery.ts';

describe('mention autocomplete', () => {
  it('finds the @ word at the caret, not an email address', () => {
    expect(findMentionQuery('Hola @an', 8)).toEqual({ start: 5, query: 'an' });
    expect(findMentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(findMentionQuery('ana@example', 11)).toBeUndefined();
    expect(findMentionQuery('@ana ok ya', 10)).toBeUndefined();
  });

  it('suggests names starting with the query first, then names with a word starting with it', () => {
    const team = [{ name: 'Luis Ana' }, { name: 'Ana Pérez' }, { name: 'Bea' }];
    expect(suggestTeammates(team, 'an').map((t) => t.name)).toEqual(['Ana Pérez', 'Luis Ana']);
    expect(suggestTeammates(team, '')).toHaveLength(3);
  });

  it('replaces the partial name with the full name and a space', () => {
    const query = { start: 5, query: 'an' };
    expect(insertMention('Hola @an mira', query, 'Ana Pérez')).toEqual({ text: 'Hola @Ana Pérez mira', caret: 16 });
  });
});
