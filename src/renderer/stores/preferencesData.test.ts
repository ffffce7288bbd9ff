import { describe, expect, it } from 'vitest';
import { readPreferences, writePreferences } from './preferencesData';

const russianDark = { languages: ['ru-RU', 'en-US'], prefersDark: true };
const englishLight = { languages: ['en-US'], prefersDark: false };

describe('persisted preferences', () => {
  it('follow the system when nothing is stored', () => {
    expect(readPreferences(null, russianDark)).toEqual({ locale: 'ru', theme: 'dark' });
    expect(readPreferences(null, englishLight)).toEqual({ locale: 'en', theme: 'light' });
  });

  it('round-trip what was chosen, whatever the system says', () => {
    const stored = writePreferences({ locale: 'en', theme: 'light' });
    expect(readPreferences(stored, russianDark)).toEqual({ locale: 'en', theme: 'light' });
  });

  it('fall back field by field when the stored value is damaged or foreign', () => {
    expect(readPreferences('{"locale":"ru","theme":"sepia"}', englishLight)).toEqual({ locale: 'ru', theme: 'light' });
    expect(readPreferences('{"locale":7,"theme":"dark"}', russianDark)).toEqual({ locale: 'ru', theme: 'dark' });
    for (const junk of ['', 'not json', '[]', 'null', '"ru"', '{"locale":']) {
      expect(readPreferences(junk, englishLight), junk).toEqual({ locale: 'en', theme: 'light' });
    }
  });
});
