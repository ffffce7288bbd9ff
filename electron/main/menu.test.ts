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
  const template = menuTemplate(
    { text: MENU_TEXT.en, platform: 'linux', demos, development: false, ...overrides },
    { send: (command) => sent.push(command), about: () => (abouts += 1), openTrace: () => (opens += 1) },
  );
  return { template, sent, abouts: () => abouts, opens: () => opens };
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

  it('File lists every command; those not built yet are disabled with the reason', () => {
    const file = items(build().template[0]!);
    const labels = file.filter((i) => i.type !== 'separator').map((i) => i.label);
    expect(labels).toEqual(['New', 'Open…', 'Open Recent', 'Save Trace…', 'Share Moment…', 'Export Graph Image…', 'Quit']);
    for (const label of ['Open Recent', 'Export Graph Image…']) {
      expect(byLabel(file, label).enabled, label).toBe(false);
      expect(byLabel(file, label).toolTip, label).toBe(MENU_TEXT.en.needsRecording);
    }
    for (const label of ['New', 'Open…', 'Save Trace…', 'Share Moment…']) expect(byLabel(file, label).enabled, label).not.toBe(false);
  });

  it('opens, saves and shares traces', () => {
    const { template, sent, opens } = build();
    const file = items(template[0]!);
    click(byLabel(file, 'Open…'));
    click(byLabel(file, 'Save Trace…'));
    click(byLabel(file, 'Share Moment…'));
    expect(opens()).toBe(1);
    expect(sent).toEqual([{ kind: 'save-trace' }, { kind: 'share-moment' }]);
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
