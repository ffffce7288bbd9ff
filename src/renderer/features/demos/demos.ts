/// <reference types="vite/client" />
// The demos bundled into the renderer: Vite inlines each program's text (?raw) and the catalogue
// at build time, so opening a demo needs no file access in either host.

import catalogue from '../../../../resources/demos/demos.json';
import { buildDemos, type Demo } from './demoCatalogue';

const PREFIX = '../../../../resources/demos/';
const modules = import.meta.glob<string>('../../../../resources/demos/programs/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sources = Object.fromEntries(Object.entries(modules).map(([path, text]) => [path.slice(PREFIX.length), text]));

export const DEMOS: readonly Demo[] = buildDemos(catalogue, sources);

export function demoById(id: string): Demo | undefined {
  return DEMOS.find((demo) => demo.id === id);
}
