import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './fillPlaceholders.ts';

describe('fillPlaceholders', () => {
  it('fills the contact’s and teammate’s names, first and full', () => {
    const body = 'Hola {{contact.first_name}} ({{ contact.name }}), soy {{teammate.first_name}} — {{teammate.name}}';
    expect(fillPlaceholders(body, { contactName: 'María García', teammateName: 'Luis Agent' })).toBe(
      'Hola María (María García), soy Luis — Luis Agent',
    );
  });

  it('leaves a name it does not know empty', () => {
    expect(fillPlaceholders('Hola {{contact.first_name}}!', { contactName: null, teammateName: undefined })).toBe(
      'Hola !',
    );
  });

  it('keeps placeholders it does not recognise as written', () => {
    expect(fillPlaceholders('{{contact.email}} {{constructor}}', { contactName: 'A', teammateName: 'B' })).toBe(
      '{{contact.email}} {{constructor}}',
    );
  });
});
