// The native menus' text in English and Russian. The menu follows the system language
// (app.getLocale()); the page has its own switch, which the View menu also drives.

export type MenuLocale = 'en' | 'ru';

export const MENU_TEXT = {
  en: {
    file: 'File',
    new: 'New',
    open: 'Open…',
    openRecent: 'Open Recent',
    saveTrace: 'Save Trace…',
    shareMoment: 'Share Moment…',
    exportGraphImage: 'Export Graph Image…',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    language: 'Language',
    help: 'Help',
    about: 'About Heapscope',
    lecture: 'Lecture',
    clearRecent: 'Clear Recently Opened',
    traceFiles: 'Heapscope trace',
    aboutDetail: (version: string) =>
      `Heapscope ${version}\nA time-travel heap debugger for CPython's memory management: reference counting, the cyclic GC and the obmalloc allocator, step by step.`,
  },
  ru: {
    file: 'Файл',
    new: 'Новый',
    open: 'Открыть…',
    openRecent: 'Открыть недавние',
    saveTrace: 'Сохранить трассу…',
    shareMoment: 'Поделиться моментом…',
    exportGraphImage: 'Экспорт графа в изображение…',
    quit: 'Выход',
    edit: 'Правка',
    view: 'Вид',
    theme: 'Тема',
    light: 'Светлая',
    dark: 'Тёмная',
    language: 'Язык',
    help: 'Справка',
    about: 'О программе Heapscope',
    lecture: 'Лекция',
    clearRecent: 'Очистить список',
    traceFiles: 'Трасса Heapscope',
    aboutDetail: (version: string) =>
      `Heapscope ${version}\nОтладчик кучи CPython с путешествием во времени: подсчёт ссылок, циклический GC и аллокатор obmalloc — шаг за шагом.`,
  },
} as const satisfies Record<MenuLocale, Record<string, string | ((version: string) => string)>>;

export type MenuText = (typeof MENU_TEXT)[MenuLocale];

/** 'ru-RU' → 'ru'; anything else → 'en'. */
export function menuLocaleOf(systemLocale: string): MenuLocale {
  return systemLocale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}
