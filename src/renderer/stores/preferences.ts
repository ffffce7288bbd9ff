// The language and theme the workspace shows, chosen by the student or taken from the system,
// persisted in localStorage (the same in the desktop app: its renderer has its own origin storage).

import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { Locale } from '../i18n/locale';
import { PREFERENCES_KEY, readPreferences, writePreferences, type Theme } from './preferencesData';

function systemDefaults() {
  return {
    languages: navigator.languages?.length ? navigator.languages : [navigator.language],
    prefersDark: typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches,
  };
}

function storedText(): string | null {
  try {
    return localStorage.getItem(PREFERENCES_KEY);
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
      localStorage.setItem(PREFERENCES_KEY, writePreferences({ locale: locale.value, theme: theme.value }));
    } catch {
      // storage full or disabled: the choice still applies to this page
    }
  });

  return { locale, theme };
});
