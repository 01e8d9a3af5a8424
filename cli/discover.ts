/**
 * Finds the files to work on, as a stream: named files as they are; folders
 * walked in a stable order, skipping dependency, build and VCS folders,
 * virtualenvs, and whatever the .gitignore files on the way ignore.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { languageOf } from '../lib/pipeline/fix-source';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.pytest_cache', 'dist', 'build', 'out', 'cdk.out', 'coverage', '.pulumi', '.next', '.terraform']);

export type Discovered = { path: string } | { path: string; missing: true } | { path: string; unsupported: true };

interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

async function gitignoreAt(dir: string): Promise<IgnoreLayer | undefined> {
  try {
    return { base: dir, rules: ignore().add(await readFile(join(dir, '.gitignore'), 'utf8')) };
  } catch {
    return undefined;
  }
}

function ignored(layers: readonly IgnoreLayer[], path: string, isDir: boolean): boolean {
  return layers.some((layer) => {
    const rel = relative(layer.base, path).split(sep).join('/');
    return rel !== '' && !rel.startsWith('..') && layer.rules.ignores(isDir ? `${rel}/` : rel);
  });
}

async function isVirtualenv(dir: string): Promise<boolean> {
  try {
    await stat(join(dir, 'pyvenv.cfg'));
    return true;
  } catch {
    return false;
  }
}

async function* walk(dir: string, layers: IgnoreLayer[]): AsyncGenerator<Discovered> {
  const own = await gitignoreAt(dir);
  const active = own ? [...layers, own] : layers;
  const entries: { name: string; dir: boolean }[] = [];
  for await (const entry of await opendir(dir)) entries.push({ name: entry.name, dir: entry.isDirectory() });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.dir) {
      if (SKIPPED_FOLDERS.has(entry.name) || ignored(active, path, true) || (await isVirtualenv(path))) continue;
      yield* walk(path, active);
    } else if (languageOf(entry.name) && !ignored(active, path, false)) {
      yield { path };
    }
  }
}

export async function* discover(paths: readonly string[]): AsyncGenerator<Discovered> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { path, missing: true };
      continue;
    }
    if (info.isDirectory()) yield* walk(path, []);
    else if (languageOf(path)) yield { path };
    else yield { path, unsupported: true };
  }
}
