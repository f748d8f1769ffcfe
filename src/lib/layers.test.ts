import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers of src/lib, lowest first, as src/lib/README.md describes them: a folder imports only
// from its own folder and from lower layers.
const LAYERS: string[][] = [
  ['cache'],
  ['i18n'],
  ['text', 'glossary'],
  ['quiz', 'progress', 'auth'],
  ['content'],
  ['search'],
  ['records'],
  ['mentoring'],
  ['certificates', 'session-form'],
  ['server'],
];

const lib = dirname(fileURLToPath(import.meta.url));
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** Every relative import of a file, as `from → to` folder pairs under src/lib (or a path outside it). */
function importsOf(file: string): { from: string; to: string }[] {
  const from = relative(lib, file).split('/')[0];
  return [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map(([, specifier]) => {
    const target = relative(lib, resolve(dirname(file), specifier));
    return { from, to: target.startsWith('..') ? target : target.split('/')[0] };
  });
}

describe('the layers of src/lib', () => {
  it('places every folder of src/lib in a layer', () => {
    const folders = readdirSync(lib, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((folder) => layerOf(folder) === -1)).toEqual([]);
  });

  it('has no import from a lower layer back up, or out to the site', () => {
    const wrong = [...sources(lib)].flatMap(importsOf).filter(({ from, to }) => {
      if (to === from) return false;
      // The UI strings are data: i18n reads them from src/i18n.
      if (from === 'i18n' && to.startsWith('../i18n/')) return false;
      return to.startsWith('..') || layerOf(to) >= layerOf(from);
    });
    expect(wrong).toEqual([]);
  });
});
