import { describe, expect, it } from 'vitest';
import { buildCandidate, choose, cursorAt, minutesAgo, reasonsOf, START } from './assignment-fixtures.ts';

const english = { language: 'en' } as const;
const spanish = { language: 'es' } as const;
const noLanguage = { language: null } as const;

describe('online requirement', () => {
  const requireOnline = { minutes: 5, graceMinutes: 2 };
  const seen = (lastSeenAt: Date | null) => [buildCandidate(3, { lastSeenAt }), buildCandidate(8)];

  it('skips a member not seen within the minutes plus the grace period as offline', () => {
    const choice = choose(seen(minutesAgo(7.01)), { requireOnline });
    expect(choice.assignee).toBe(8);
    expect(reasonsOf(choice)[3]).toBe('offline');
  });

  it('keeps a member seen within the grace period (a background tab) eligible', () => {
    expect(choose(seen(minutesAgo(6)), { requireOnline }).assignee).toBe(3);
    expect(choose(seen(minutesAgo(7)), { requireOnline }).assignee).toBe(3);
  });

  it('treats a member never seen as offline', () => {
    expect(reasonsOf(choose(seen(null), { requireOnline }))[3]).toBe('offline');
  });

  it('ignores last seen when the rule does not require being online', () => {
    expect(choose(seen(null)).assignee).toBe(3);
  });
});

describe('language routing', () => {
  const speakers = () => [
    buildCandidate(1, { languages: ['en'] }),
    buildCandidate(2, { languages: ['es'] }),
    buildCandidate(3, { languages: ['en'] }),
    buildCandidate(4, { languages: ['en', 'es'] }),
  ];

  it('rotates a Spanish conversation among those who take Spanish', () => {
    const choice = choose(speakers(), { languageRouting: true }, cursorAt(2), spanish);
    expect(choice.assignee).toBe(4);
    expect(choose(speakers(), { languageRouting: true }, cursorAt(4), spanish).assignee).toBe(2);
    expect(reasonsOf(choice)).toEqual({ 1: 'language', 2: null, 3: 'language', 4: null });
    expect(choice.decision.language).toEqual({ conversation: 'es', routed: true, fell_back: false });
  });

  it('ignores languages when routing by language is off', () => {
    const choice = choose(speakers(), {}, START, spanish);
    expect(choice.assignee).toBe(1);
    expect(choice.decision.language).toEqual({ conversation: 'es', routed: false, fell_back: false });
  });

  it('ignores languages when the conversation has none', () => {
    const choice = choose(speakers(), { languageRouting: true }, START, noLanguage);
    expect(choice.assignee).toBe(1);
    expect(choice.decision.language).toEqual({ conversation: null, routed: false, fell_back: false });
  });

  it('falls back to everyone available when nobody available takes the language', () => {
    const team = [buildCandidate(1, { languages: ['en'] }), buildCandidate(2, { languages: ['es'], status: 'away' })];
    const choice = choose(team, { languageRouting: true, languageFallback: 'everyone' }, START, spanish);
    expect(choice.assignee).toBe(1);
    expect(reasonsOf(choice)).toEqual({ 1: null, 2: 'away' });
    expect(choice.decision.language).toEqual({ conversation: 'es', routed: true, fell_back: true });
  });

  it('leaves it in the queue when nobody available takes the language and the fallback is the queue', () => {
    const team = [buildCandidate(1, { languages: ['es'] }), buildCandidate(2, { languages: ['es'] })];
    const choice = choose(team, { languageRouting: true, languageFallback: 'queue' }, cursorAt(1), english);
    expect(choice.assignee).toBeNull();
    expect(choice.cursor).toEqual({ lastTeammateId: 1 });
    expect(reasonsOf(choice)).toEqual({ 1: 'language', 2: 'language' });
    expect(choice.decision).toMatchObject({
      because: 'nobody_available',
      language: { conversation: 'en', routed: true, fell_back: true },
    });
  });

  it('does not call it a language fallback when nobody is available at all', () => {
    const choice = choose([buildCandidate(1, { status: 'away' })], { languageRouting: true }, START, spanish);
    expect(choice.decision.language).toEqual({ conversation: 'es', routed: true, fell_back: false });
  });
});
