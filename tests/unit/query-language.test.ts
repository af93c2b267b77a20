import { describe, expect, it } from 'vitest';
import { queryLanguage } from '../../src/lib/query-language';

const site = ['en', 'ru', 'zh', 'ar'];

describe('queryLanguage', () => {
  it('should send an Arabic query to the Arabic index', () => {
    expect(queryLanguage('القاهرة', site, 'en')).toBe('ar');
  });

  it('should send a Cyrillic query to the Russian index', () => {
    expect(queryLanguage('Минске', site, 'en')).toBe('ru');
  });

  it('should send a Chinese query to the Chinese index', () => {
    expect(queryLanguage('集装箱', site, 'en')).toBe('zh');
  });

  it('should keep a Latin query on the page’s own language', () => {
    expect(queryLanguage('Moscow', site, 'ru')).toBe('ru');
  });

  it('should keep the page’s language when the site has no index for the script', () => {
    expect(queryLanguage('שלום', site, 'en')).toBe('en');
  });

  it('should pick the first script it knows in a mixed query', () => {
    expect(queryLanguage('Moscow Минске', site, 'en')).toBe('ru');
  });
});
