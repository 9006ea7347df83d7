import { describe, expect, it } from 'vitest';
import { changedNames, isStateCategory, stateLabelOf } from './ticketEvents.ts';

const labels = {
  internal: { en: 'In progress', es: 'En curso' },
  external: { en: 'Working on it', es: 'Trabajando en ello' },
};

describe('stateLabelOf', () => {
  it('names the state in the reader’s language, with English as the fallback', () => {
    expect(stateLabelOf({ labels }, 'es')).toBe('En curso');
    expect(stateLabelOf({ labels }, 'en-US')).toBe('In progress');
    expect(stateLabelOf({ labels }, 'fr')).toBe('In progress');
  });

  it('answers undefined without labels', () => {
    expect(stateLabelOf({ ticket_state: 'resolved' }, 'en')).toBeUndefined();
    expect(stateLabelOf(null, 'en')).toBeUndefined();
  });
});

describe('changedNames', () => {
  it('translates the built-in names and keeps custom attribute names', () => {
    expect(
      changedNames({ changed: ['title', 'Producto', 'description'] }, { title: 'Título', description: 'Descripción' }),
    ).toEqual(['Título', 'Producto', 'Descripción']);
  });
});

describe('isStateCategory', () => {
  it('knows the four categories only', () => {
    expect(isStateCategory('waiting_on_customer')).toBe(true);
    expect(isStateCategory('open')).toBe(false);
  });
});
