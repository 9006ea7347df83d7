import type { TicketType, TicketTypeAttribute } from '../../../../protocol/tickets.ts';

/** What an attribute's input holds: text for most, a tick for yes/no. */
export type AttributeDraft = string | boolean;
export type AttributeValue = string | number | boolean | null;
export type AttributeProblem = 'required' | 'integer' | 'decimal' | 'datetime';
export type ParsedAttribute = { value: AttributeValue } | { problem: AttributeProblem };

export const TITLE = '_default_title_';
export const DESCRIPTION = '_default_description_';

/** The type's own attributes a teammate fills in (title and description have their own fields). */
export function customAttributes(type: TicketType): TicketTypeAttribute[] {
  return type.ticket_type_attributes.data.filter((attribute) => !attribute.default && !attribute.archived);
}

export function listOptions(attribute: TicketTypeAttribute): string[] {
  const options = (attribute.input_options?.list_options ?? []) as { label?: unknown }[];
  return options.flatMap((option) => (typeof option.label === 'string' ? [option.label] : []));
}

export const isMultiline = (attribute: TicketTypeAttribute) => attribute.input_options?.multiline === true;

const pad = (n: number) => String(n).padStart(2, '0');

/** Unix seconds as a `datetime-local` value, in the browser's time zone. */
function toLocalInput(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A stored value as its input shows it. */
export function draftOf(attribute: TicketTypeAttribute, value: unknown): AttributeDraft {
  if (attribute.data_type === 'boolean') return value === true;
  if (value === null || value === undefined) return '';
  if (attribute.data_type === 'datetime' && typeof value === 'number') return toLocalInput(value);
  return String(value);
}

/** An input's content as the API takes it; empty is null, unless the attribute is required. */
export function parseAttribute(
  attribute: TicketTypeAttribute,
  draft: AttributeDraft,
  required = false,
): ParsedAttribute {
  if (typeof draft === 'boolean') return { value: draft };
  const text = attribute.data_type === 'string' ? draft : draft.trim();
  if (text.trim() === '') return required ? { problem: 'required' } : { value: null };
  switch (attribute.data_type) {
    case 'integer': {
      const number = Number(text);
      return Number.isSafeInteger(number) ? { value: number } : { problem: 'integer' };
    }
    case 'decimal': {
      const number = Number(text.replace(',', '.'));
      return Number.isFinite(number) ? { value: number } : { problem: 'decimal' };
    }
    case 'datetime': {
      const at = new Date(text).getTime();
      return Number.isFinite(at) && at >= 0 ? { value: Math.floor(at / 1000) } : { problem: 'datetime' };
    }
    default:
      return { value: text };
  }
}

/** The create form's attributes as `ticket_attributes`, or what is wrong with each that is not valid. */
export function collectAttributes(
  attributes: readonly TicketTypeAttribute[],
  drafts: Readonly<Record<string, AttributeDraft>>,
): { values: Record<string, AttributeValue>; problems: Record<string, AttributeProblem> } {
  const values: Record<string, AttributeValue> = {};
  const problems: Record<string, AttributeProblem> = {};
  for (const attribute of attributes) {
    const parsed = parseAttribute(
      attribute,
      drafts[attribute.name] ?? draftOf(attribute, null),
      attribute.required_to_create,
    );
    if ('problem' in parsed) problems[attribute.name] = parsed.problem;
    else if (parsed.value !== null) values[attribute.name] = parsed.value;
  }
  return { values, problems };
}
