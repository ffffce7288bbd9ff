// The UI catalogues: Russian has every English key with the same placeholders, plural forms are
// chosen as Russian grammar requires, and the system language is followed unless one was chosen.

import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createWorkspaceI18n } from './index';
import { localeOfTag, pickLocale } from './locale';
import { russianPluralRule } from './plural';
import { ru } from './ru';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('catalogues', () => {
  const english = leaves(en);
  const russian = leaves(ru);

  it('have the same keys, none empty', () => {
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of [...english, ...russian]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of english) expect(placeholders(russian.get(key)!), key).toEqual(placeholders(text));
  });

  it('translate everything but names and the Python label', () => {
    const same = [...english].filter(([key, text]) => russian.get(key) === text).map(([key]) => key);
    expect(same.sort()).toEqual(['app.title', 'profile.label']);
  });
});

describe('Russian plural forms', () => {
  const form = (n: number) => russianPluralRule(n, 3);
  it.each([
    [1, 0], [21, 0], [101, 0], [2, 1], [4, 1], [23, 1], [0, 2], [5, 2], [11, 2], [12, 2], [14, 2], [111, 2], [112, 2], [25, 2],
  ])('%i takes form %i', (n, expected) => expect(form(n)).toBe(expected));

  it('falls back to the last form a message has', () => expect(russianPluralRule(5, 2)).toBe(1));

  it('renders through vue-i18n in both languages', () => {
    const i18n = createWorkspaceI18n('ru');
    const t = (n: number) => i18n.global.t('editor.checked', { n }, n);
    expect([t(1), t(3), t(5), t(21)]).toEqual([
      'Сервис получил 1 строку',
      'Сервис получил 3 строки',
      'Сервис получил 5 строк',
      'Сервис получил 21 строку',
    ]);
    i18n.global.locale.value = 'en';
    expect([t(1), t(4)]).toEqual(['1 line received by the service', '4 lines received by the service']);
    expect(i18n.global.t('service.ready', { service: '0.1.0', protocol: 1 })).toBe('Service 0.1.0 · protocol 1');
  });
});

describe('choosing the language', () => {
  it('reads the primary subtag of a language tag', () => {
    expect(localeOfTag('ru-RU')).toBe('ru');
    expect(localeOfTag('EN_gb')).toBe('en');
    expect(localeOfTag('de-DE')).toBeNull();
  });

  it('prefers the stored choice, then the first system language spoken, then English', () => {
    expect(pickLocale('en', ['ru-RU'])).toBe('en');
    expect(pickLocale(undefined, ['de-DE', 'ru', 'en'])).toBe('ru');
    expect(pickLocale('fr', ['de-DE'])).toBe('en');
    expect(pickLocale(42, [])).toBe('en');
  });
});
