import type { SavedReplyPlaceholder } from '../../../protocol/saved-replies.ts';

/** Who a saved reply is about and who sends it; a name not known is empty. */
export interface PlaceholderPeople {
  contactName: string | null | undefined;
  teammateName: string | null | undefined;
}

const firstName = (name: string | null | undefined) => (name ?? '').trim().split(/\s+/)[0] ?? '';

/** Fills `{{contact.first_name}}` and the other placeholders; names it does not know stay as written. */
export function fillPlaceholders(body: string, { contactName, teammateName }: PlaceholderPeople): string {
  const values: Record<SavedReplyPlaceholder, string> = {
    'contact.first_name': firstName(contactName),
    'contact.name': (contactName ?? '').trim(),
    'teammate.first_name': firstName(teammateName),
    'teammate.name': (teammateName ?? '').trim(),
  };
  return body.replace(/\{\{\s*([a-z_.]+)\s*\}\}/g, (written, name: string) =>
    Object.hasOwn(values, name) ? values[name as SavedReplyPlaceholder] : written,
  );
}
