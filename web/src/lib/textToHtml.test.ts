import { describe, expect, it } from 'vitest';
import { textToHtml } from './textToHtml.ts';

describe('a typed message as a body', () => {
  it('keeps line breaks and paragraphs', () => {
    expect(textToHtml('Hola Ana,\n¿qué tal?\n\nSaludos')).toBe('<p>Hola Ana,<br>¿qué tal?</p><p>Saludos</p>');
  });

  it('shows typed markup as text', () => {
    expect(textToHtml('<b>5 > 3</b> & "ok"')).toBe('<p>&lt;b&gt;5 &gt; 3&lt;/b&gt; &amp; &quot;ok&quot;</p>');
  });
});
