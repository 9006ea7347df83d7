import { describe, expect, it } from 'vitest';
import { readableAttributeName } from './readableAttributeName.ts';

describe('readableAttributeName', () => {
  it('turns snake_case keys into a sentence-case label', () => {
    expect(readableAttributeName('billing_topic')).toBe('Billing topic');
    expect(readableAttributeName('topic')).toBe('Topic');
    expect(readableAttributeName('plan__v2')).toBe('Plan v2');
  });

  it('keeps keys that were written as words', () => {
    expect(readableAttributeName('Pedido urgente')).toBe('Pedido urgente');
    expect(readableAttributeName('orderId')).toBe('orderId');
  });
});
