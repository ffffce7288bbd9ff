// The electron-builder configuration (electron-builder.yml): the four package formats, the
// .heapscope file association and its icon, and only names electron-builder's schema knows.
// Packaging itself is not run here: it downloads Electron and the platform tools.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder (it reads this same file with it); it has no bundled types.
const yaml = require('js-yaml') as { load(text: string): unknown };
const schema = require('app-builder-lib/scheme.json') as { properties: Record<string, unknown> };

interface BuilderConfig {
  readonly appId: string;
  readonly directories: { readonly buildResources: string; readonly output: string };
  readonly files: readonly string[];
  readonly fileAssociations: readonly { readonly ext: string; readonly icon: string; readonly mimeType: string }[];
  readonly linux: { readonly target: readonly string[]; readonly icon: string; readonly mimeTypes: readonly string[] };
  readonly mac: { readonly target: readonly string[]; readonly icon: string };
  readonly win: { readonly target: readonly string[]; readonly icon: string };
  readonly [key: string]: unknown;
}

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };

describe('the packaging configuration', () => {
  it('uses only top-level options electron-builder knows', () => {
    const known = Object.keys(schema.properties);
    expect(known.length).toBeGreaterThan(50);
    expect(Object.keys(config).filter((key) => !known.includes(key))).toEqual([]);
  });

  it('builds AppImage and deb, dmg, and NSIS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('ships the built app, whose entry is package.json main', () => {
    expect(config.files).toContain('out/**/*');
    expect(packageJson.main.startsWith('out/')).toBe(true);
  });

  it('associates .heapscope files, with icons of at least 512 px that exist', () => {
    const [association] = config.fileAssociations;
    expect(association).toMatchObject({ ext: 'heapscope', mimeType: 'application/x-heapscope-trace' });
    expect(config.linux.mimeTypes).toEqual([association!.mimeType]);
    const resources = config.directories.buildResources;
    for (const icon of [`${association!.icon}.png`, config.linux.icon, config.mac.icon, config.win.icon]) {
      const path = `${resources}/${icon}`;
      expect(existsSync(path), path).toBe(true);
      const png = readFileSync(path);
      expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
      // IHDR width and height, big-endian at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([512, 512]);
    }
  });
});
