import { describe, expect, it } from 'vitest';
import { encodeTerm, textDirective } from '../../src/lib/text-fragment';

const once = () => 1;

describe('textDirective', () => {
  it('quotes a short quote whole', () => {
    expect(textDirective({ quote: 'a close ally of Russia', before: '', after: '', occurrences: once })).toBe(
      'text=a%20close%20ally%20of%20Russia',
    );
  });

  it('gives a long quote by its first and last four words', () => {
    const quote = 'Belarus played a crucial role in last year’s invasion, and it holds strategic significance';
    expect(textDirective({ quote, before: '', after: '', occurrences: once })).toBe(
      'text=Belarus%20played%20a%20crucial,it%20holds%20strategic%20significance',
    );
  });

  it('adds the words before and after a quote whose start the page holds twice', () => {
    const directive = textDirective({
      quote: 'the Defense Minister',
      before: 'In Belarus, there',
      after: 'will engage in talks',
      occurrences: () => 2,
    });
    expect(directive).toBe('text=In%20Belarus%2C%20there-,the%20Defense%20Minister,-will%20engage%20in');
  });

  it('escapes the characters the syntax uses, and gives nothing for a quote without words', () => {
    expect(encodeTerm('six-day, & more')).toBe('six%2Dday%2C%20%26%20more');
    expect(textDirective({ quote: '  \n ', before: '', after: '', occurrences: once })).toBeUndefined();
  });
});
