// The student's workspace preferences as persisted data: language and theme, stored as one small
// JSON under one localStorage key. Reading validates field by field: a damaged or foreign value
// falls back to the system default for that field instead of breaking start-up.

import { pickLocale, type Locale } from '../i18n/locale';

export const Theme = {
  /** Dark text on light surfaces; the default unless the system prefers dark. */
  LIGHT: 'light',
  /** Light text on dark surfaces. */
  DARK: 'dark',
} as const;
export type Theme = (typeof Theme)[keyof typeof Theme];
export const THEMES: readonly Theme[] = [Theme.LIGHT, Theme.DARK];

export const PREFERENCES_KEY = 'heapscope.preferences';

export interface Preferences {
  readonly locale: Locale;
  readonly theme: Theme;
}

/** What the system says: navigator.languages and prefers-color-scheme. */
export interface SystemDefaults {
  readonly languages: readonly string[];
  readonly prefersDark: boolean;
}

export function isTheme(value: unknown): value is Theme {
  return value === Theme.LIGHT || value === Theme.DARK;
}

function parseObject(raw: string | null): Record<string, unknown> {
  if (raw === null) return {};
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function readPreferences(raw: string | null, system: SystemDefaults): Preferences {
  const stored = parseObject(raw);
  return {
    locale: pickLocale(stored['locale'], system.languages),
    theme: isTheme(stored['theme']) ? stored['theme'] : system.prefersDark ? Theme.DARK : Theme.LIGHT,
  };
}

export function writePreferences(preferences: Preferences): string {
  return JSON.stringify({ locale: preferences.locale, theme: preferences.theme });
}
