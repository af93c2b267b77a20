import { describe, expect, it } from 'vitest';
import { ogLocale } from '../../../src/lib/meta/og-locale';

describe('ogLocale', () => {
  it('writes language_TERRITORY', () => {
    expect(ogLocale('pt-BR')).toBe('pt_BR');
    expect(ogLocale('en-GB')).toBe('en_GB');
  });

  it('gives a bare language its most likely territory', () => {
    expect(ogLocale('en')).toBe('en_US');
    expect(ogLocale('ru')).toBe('ru_RU');
    expect(ogLocale('zh')).toBe('zh_CN');
    expect(ogLocale('ar')).toBe('ar_EG');
  });

  it('keeps the territory of a tag with a script subtag', () => {
    expect(ogLocale('zh-Hant-TW')).toBe('zh_TW');
  });
});
