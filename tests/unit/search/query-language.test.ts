import { describe, expect, it } from 'vitest';
import { mergedLanguages, queryLanguage, queryWords, scriptOf } from '../../../src/lib/search/query-language';

const site = ['en', 'fr', 'ru', 'uk', 'zh', 'ar'];

describe('queryLanguage', () => {
  it('should send an Arabic query to the Arabic index', () => {
    expect(queryLanguage('القاهرة', site, 'en')).toBe('ar');
  });

  it('should send a Cyrillic query to the page’s own Cyrillic language, else the first one', () => {
    expect(queryLanguage('Минске', site, 'uk')).toBe('uk');
    expect(queryLanguage('Минске', site, 'en')).toBe('ru');
  });

  it('should send a Chinese query to the Chinese index', () => {
    expect(queryLanguage('集装箱', site, 'en')).toBe('zh');
  });

  it('should keep a Latin query on a Latin page’s own language', () => {
    expect(queryLanguage('Moscow', site, 'fr')).toBe('fr');
  });

  it('should send a Latin query typed on a Russian page to a Latin-script index', () => {
    expect(queryLanguage('Moscow', site, 'ru')).toBe('en');
  });

  it('should keep the page’s language when the site has no index in the query’s script', () => {
    expect(queryLanguage('שלום', site, 'en')).toBe('en');
  });

  it('should go by the first non-Latin script in a mixed query', () => {
    expect(queryLanguage('Moscow Минске', site, 'en')).toBe('ru');
  });
});

describe('mergedLanguages', () => {
  it('should merge only the other languages written in the same script', () => {
    expect(mergedLanguages('en', site)).toEqual(['fr']);
    expect(mergedLanguages('ru', site)).toEqual(['uk']);
    expect(mergedLanguages('ar', site)).toEqual([]);
  });

  it('should treat an unlisted language as Latin-script', () => {
    expect(scriptOf('pt-br')).toBe('Latin');
    expect(scriptOf('ru')).toBe('Cyrillic');
  });
});

describe('queryWords', () => {
  it('should split a query into lower-case words, each once', () => {
    expect(queryWords('  Grain  corridor grain ')).toEqual(['grain', 'corridor']);
  });

  it('should leave quotes and punctuation at a word’s edges out of it', () => {
    expect(queryWords('"security council" (Minsk), -- !')).toEqual(['security', 'council', 'minsk']);
  });

  it('should keep punctuation inside a word, and words of any script', () => {
    expect(queryWords('grain-corridor Минске 集装箱 القاهرة')).toEqual([
      'grain-corridor',
      'минске',
      '集装箱',
      'القاهرة',
    ]);
  });
});
