import { describe, expect, it } from 'vitest';
import type { TicketTypeAttribute } from '../../../../protocol/tickets.ts';
import { collectAttributes, draftOf, listOptions, parseAttribute } from './ticketAttributes.ts';

function attribute(name: string, data_type: TicketTypeAttribute['data_type'], extra = {}): TicketTypeAttribute {
  return { name, data_type, input_options: null, required_to_create: false, ...extra } as TicketTypeAttribute;
}

describe('parseAttribute', () => {
  it('reads whole and decimal numbers, and refuses what is not one', () => {
    expect(parseAttribute(attribute('Pedidos', 'integer'), ' 12 ')).toEqual({ value: 12 });
    expect(parseAttribute(attribute('Pedidos', 'integer'), '1.5')).toEqual({ problem: 'integer' });
    expect(parseAttribute(attribute('Importe', 'decimal'), '19,90')).toEqual({ value: 19.9 });
    expect(parseAttribute(attribute('Importe', 'decimal'), 'mucho')).toEqual({ problem: 'decimal' });
  });

  it('sends empty as null, unless the attribute is required', () => {
    expect(parseAttribute(attribute('Nota', 'string'), '  ')).toEqual({ value: null });
    expect(parseAttribute(attribute('Nota', 'string'), '', true)).toEqual({ problem: 'required' });
  });

  it('keeps a yes/no tick as a boolean, even unticked', () => {
    expect(parseAttribute(attribute('Urgente', 'boolean'), false)).toEqual({ value: false });
  });

  it('turns a local date and time into Unix seconds, and back', () => {
    const date = attribute('Desde', 'datetime');
    const parsed = parseAttribute(date, '2026-03-04T10:42');
    expect(parsed).toEqual({ value: Math.floor(new Date('2026-03-04T10:42').getTime() / 1000) });
    expect(draftOf(date, (parsed as { value: number }).value)).toBe('2026-03-04T10:42');
  });
});

describe('listOptions', () => {
  it('lists the labels of a list attribute', () => {
    const list = attribute('Producto', 'list', {
      input_options: { list_options: [{ label: 'Web' }, { label: 'App' }] },
    });
    expect(listOptions(list)).toEqual(['Web', 'App']);
  });
});

describe('collectAttributes', () => {
  it('leaves out empty optional attributes and names each problem', () => {
    const attributes = [
      attribute('Producto', 'list', { required_to_create: true }),
      attribute('Pedidos', 'integer'),
      attribute('Nota', 'string'),
      attribute('Urgente', 'boolean'),
    ];
    expect(collectAttributes(attributes, { Pedidos: 'dos', Nota: '' })).toEqual({
      values: { Urgente: false },
      problems: { Producto: 'required', Pedidos: 'integer' },
    });
    expect(collectAttributes(attributes, { Producto: 'App', Pedidos: '2' }).values).toEqual({
      Producto: 'App',
      Pedidos: 2,
      Urgente: false,
    });
  });
});
