import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuContext } from './menu';
import { MENU_TEXT, menuLocaleOf } from './menu-text';
import type { ShellCommand } from './shell-commands';

const demos = [
  { id: 'getrefcount', title: 'sys.getrefcount' },
  { id: 'reference-cycle', title: 'A reference cycle' },
];

function build(overrides: Partial<MenuContext> = {}) {
  const sent: ShellCommand[] = [];
  let abouts = 0;
  let opens = 0;
  const recentOpened: string[] = [];
  let cleared = 0;
  const template = menuTemplate(
    { text: MENU_TEXT.en, platform: 'linux', demos, development: false, recent: [], ...overrides },
    {
      send: (command) => sent.push(command),
      about: () => (abouts += 1),
      openTrace: () => (opens += 1),
      openRecent: (path) => recentOpened.push(path),
      clearRecent: () => (cleared += 1),
    },
  );
  return { template, sent, abouts: () => abouts, opens: () => opens, recentOpened, cleared: () => cleared };
}

const items = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[];
const byLabel = (list: MenuItemConstructorOptions[], label: string) => {
  const found = list.find((item) => item.label === label);
  if (!found) throw new Error(`no menu item '${label}'`);
  return found;
};
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

function allItems(list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

describe('the desktop menus', () => {
  it('have File, Edit, View and Help, with the app menu first on macOS', () => {
    expect(build().template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(build({ platform: 'darwin' }).template.map((m) => m.label)).toEqual(['Heapscope', 'File', 'Edit', 'View', 'Help']);
  });

  it('File lists every command; Open Recent is disabled while no file was opened', () => {
    const file = items(build().template[0]!);
    const labels = file.filter((i) => i.type !== 'separator').map((i) => i.label);
    expect(labels).toEqual(['New', 'Open…', 'Open Recent', 'Save Trace…', 'Share Moment…', 'Export Graph Image…', 'Quit']);
    expect(byLabel(file, 'Open Recent').enabled).toBe(false);
    for (const label of ['New', 'Open…', 'Save Trace…', 'Share Moment…', 'Export Graph Image…']) expect(byLabel(file, label).enabled, label).not.toBe(false);
  });

  it('Open Recent lists the recent files, opens one, and clears the list', () => {
    const recent = ['/home/student/b.heapscope', '/home/student/a.heapscope'];
    const { template, recentOpened, cleared } = build({ recent });
    const openRecent = byLabel(items(template[0]!), 'Open Recent');
    expect(openRecent.enabled).toBe(true);
    const entries = items(openRecent).filter((i) => i.type !== 'separator');
    expect(entries.map((i) => i.label)).toEqual([...recent, 'Clear Recently Opened']);
    click(entries[1]!);
    click(byLabel(entries, 'Clear Recently Opened'));
    expect(recentOpened).toEqual(['/home/student/a.heapscope']);
    expect(cleared()).toBe(1);
  });

  it('opens, saves and shares traces', () => {
    const { template, sent, opens } = build();
    const file = items(template[0]!);
    click(byLabel(file, 'Open…'));
    click(byLabel(file, 'Save Trace…'));
    click(byLabel(file, 'Share Moment…'));
    click(byLabel(file, 'Export Graph Image…'));
    expect(opens()).toBe(1);
    expect(sent).toEqual([{ kind: 'save-trace' }, { kind: 'share-moment' }, { kind: 'export-graph-image' }]);
  });

  it('sends commands to the workspace', () => {
    const { template, sent, abouts } = build();
    const [file, , view, help] = template;
    click(byLabel(items(file!), 'New'));
    click(byLabel(items(byLabel(items(view!), 'Theme')), 'Dark'));
    click(byLabel(items(byLabel(items(view!), 'Language')), 'Русский'));
    click(byLabel(items(byLabel(items(help!), 'Lecture')), 'A reference cycle'));
    click(byLabel(items(help!), 'About Heapscope'));
    expect(sent).toEqual([
      { kind: 'new' },
      { kind: 'set-theme', theme: 'dark' },
      { kind: 'set-language', locale: 'ru' },
      { kind: 'open-demo', id: 'reference-cycle' },
    ]);
    expect(abouts()).toBe(1);
  });

  it('gives no two items the same accelerator, and keeps the developer tools out of releases', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const accelerators = allItems(build({ platform }).template).flatMap((i) => (i.accelerator ? [String(i.accelerator)] : []));
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
      expect(accelerators).toContain('CmdOrCtrl+N');
    }
    const roles = (development: boolean) => allItems(build({ development }).template).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('speaks Russian on a Russian system', () => {
    expect(menuLocaleOf('ru-RU')).toBe('ru');
    expect(menuLocaleOf('en-GB')).toBe('en');
    expect(menuLocaleOf('de')).toBe('en');
    const { template } = build({ text: MENU_TEXT.ru });
    expect(template.map((m) => m.label)).toEqual(['Файл', 'Правка', 'Вид', 'Справка']);
    expect(Object.keys(MENU_TEXT.ru).sort()).toEqual(Object.keys(MENU_TEXT.en).sort());
  });
});
