import { useMemo } from 'react';
import { useSignedIn } from '../session/context.ts';
import type { MentionNames } from './messageText.ts';
import { useTeammates } from './TeammatesProvider.tsx';

const firstNameOf = (name: string) => name.split(/\s+/)[0] ?? '';

/**
 * What an @mention may name, as the server matches it: a teammate's full name, or their first name when no other
 * teammate shares it; with the signed-in teammate's own names apart (their mentions stand out more).
 */
export function useMentionNames(): MentionNames {
  const { active } = useTeammates();
  const { me } = useSignedIn();
  return useMemo(() => {
    const firstCounts = new Map<string, number>();
    for (const { name } of active) {
      const first = firstNameOf(name).toLocaleLowerCase();
      firstCounts.set(first, (firstCounts.get(first) ?? 0) + 1);
    }
    const namesOf = (name: string) => {
      const first = firstNameOf(name);
      return first !== name && firstCounts.get(first.toLocaleLowerCase()) === 1 ? [name, first] : [name];
    };
    return { names: active.flatMap(({ name }) => namesOf(name)), mine: namesOf(me.name) };
  }, [active, me.name]);
}
