// The language and theme the workspace shows, chosen by the student or taken from the system,
// persisted in localStorage (the same in the desktop app: its renderer has its own origin storage).

import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { Locale } from '../i18n/locale';
import { PREFERENCES_KEY, readPreferences, writePreferences, type Theme } from './preferencesData';

/**
 * The few browser globals this store reads, each possibly absent: the store also runs in unit
 * tests under Node, and a page may have storage disabled.
 */
interface BrowserGlobals {
  readonly navigator?: { readonly language?: string; readonly languages?: readonly string[] };
  readonly matchMedia?: (query: string) => { readonly matches: boolean };
  readonly localStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}
const browser = globalThis as unknown as BrowserGlobals;

function systemDefaults() {
  const languages = browser.navigator?.languages;
  const language = browser.navigator?.language;
  return {
    languages: languages?.length ? languages : language ? [language] : [],
    prefersDark: browser.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
  };
}

function storedText(): string | null {
  try {
    return browser.localStorage?.getItem(PREFERENCES_KEY) ?? null;
  } catch {
    return null; // storage disabled: preferences last for this page only
  }
}

export const usePreferencesStore = defineStore('preferences', () => {
  const initial = readPreferences(storedText(), systemDefaults());
  const locale = ref<Locale>(initial.locale);
  const theme = ref<Theme>(initial.theme);

  watch([locale, theme], () => {
    try {
      browser.localStorage?.setItem(PREFERENCES_KEY, writePreferences({ locale: locale.value, theme: theme.value }));
    } catch {
      // storage full or disabled: the choice still applies to this page
    }
  });

  return { locale, theme };
});
