import { AppError } from '../../errors.ts';
import { DESCRIPTION, TITLE } from './presenter.ts';
import type { TicketAttributeRow, TicketTypeRecord } from './records.ts';

type Value = string | number | boolean | null | string[];

export interface CheckedAttributes {
  title?: string;
  description?: string;
  /** The type's own attributes, by name. */
  custom: Record<string, Value>;
}

const invalid = (name: string, message: string) =>
  new AppError('parameter_invalid', `ticket_attributes.${name}: ${message}`, { field: `ticket_attributes.${name}` });

function listOptions(attribute: TicketAttributeRow): string[] {
  const options = (attribute.input_options as { list_options?: { label: string }[] } | null)?.list_options ?? [];
  return options.map((option) => option.label);
}

function checkValue(attribute: TicketAttributeRow, value: Value): Value {
  if (value === null) return null;
  switch (attribute.data_type) {
    case 'string':
      if (typeof value !== 'string') throw invalid(attribute.name, 'expected text');
      return value;
    case 'list':
      if (typeof value !== 'string' || !listOptions(attribute).includes(value))
        throw invalid(attribute.name, `expected one of: ${listOptions(attribute).join(', ')}`);
      return value;
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        throw invalid(attribute.name, 'expected an integer');
      return value;
    case 'decimal':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(attribute.name, 'expected a number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid(attribute.name, 'expected true or false');
      return value;
    case 'datetime':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
        throw invalid(attribute.name, 'expected Unix seconds');
      return value;
  }
}

function checkText(name: string, value: Value | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(name, 'expected text');
  if (value.length > max) throw invalid(name, `at most ${max} characters`);
  return value;
}

/**
 * Checks ticket attributes against the ticket's type: known names, the right kind of value, list values
 * among the options; on create (`creating`), required ones present and a non-blank title.
 */
export function checkTicketAttributes(
  record: TicketTypeRecord,
  input: Record<string, Value>,
  creating: { byContact: boolean } | undefined,
): CheckedAttributes {
  const title = checkText(TITLE, input[TITLE], 255)?.trim();
  const description = checkText(DESCRIPTION, input[DESCRIPTION], 65_536);
  if ((creating || title !== undefined) && !title) throw invalid(TITLE, 'a ticket needs a title');
  const byName = new Map(record.attributes.filter((a) => !a.archived).map((a) => [a.name, a]));
  const custom: Record<string, Value> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name === TITLE || name === DESCRIPTION) continue;
    const attribute = byName.get(name);
    if (!attribute) throw invalid(name, `not an attribute of ticket type ${record.type.name}`);
    custom[name] = checkValue(attribute, value);
  }
  if (creating) {
    for (const attribute of byName.values()) {
      const required = creating.byContact ? attribute.required_to_create_for_contacts : attribute.required_to_create;
      const value = custom[attribute.name];
      if (required && (value === undefined || value === null || value === ''))
        throw invalid(attribute.name, 'required');
    }
  }
  return { title, description, custom };
}
