// Which UI language to show: the one the student chose (persisted), else the first of the
// system's languages (navigator.languages) that the workspace speaks, else English.

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** 'ru-RU' → 'ru'; a tag we do not speak → null. */
export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(primary) ? primary : null;
}

export function pickLocale(stored: unknown, systemTags: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of systemTags) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
