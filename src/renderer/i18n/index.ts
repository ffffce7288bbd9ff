// The vue-i18n instance (Composition API mode): English and Russian catalogues, Russian plural
// forms, English as the fallback so a missing key never shows as a raw key path.

import { createI18n } from 'vue-i18n';
import { en, type MessageSchema } from './en';
import type { Locale } from './locale';
import { russianPluralRule } from './plural';
import { ru } from './ru';

export function createWorkspaceI18n(locale: Locale) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, ru },
    pluralRules: { ru: russianPluralRule },
    // The catalogues are complete (ru's type requires every key): a miss is a bug, not a warning to ignore.
    missingWarn: false,
    fallbackWarn: false,
  });
}
