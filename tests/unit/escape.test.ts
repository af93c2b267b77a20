import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/lib/escape';

describe('escapeMarkup', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeMarkup(`<img src=x onerror="a('b')">&`)).toBe(
      '&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62;&#38;',
    );
  });

  it('leaves other text as it is', () => {
    expect(escapeMarkup('C# and snake_case, 5 * 3 — “quoted”')).toBe('C# and snake_case, 5 * 3 — “quoted”');
  });
});
