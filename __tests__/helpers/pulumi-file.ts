/** The Pulumi view of a snippet, for tests of the engine's helpers. */
import { parseCode } from '../../lib/pipeline/fix-code';
import { PyPulumiFile } from '../../lib/pulumi/py/file';
import { TsPulumiFile } from '../../lib/pulumi/ts/file';

export function tsFile(source: string): TsPulumiFile {
  const parsed = parseCode(source, 'ts', 'index.ts');
  if (parsed.language !== 'ts') throw new Error('expected TypeScript');
  return new TsPulumiFile(source, parsed.ast);
}

/** Needs the Python parser: `beforeAll(() => loadPython())`. */
export function pyFile(source: string): PyPulumiFile {
  const parsed = parseCode(source, 'py', '__main__.py');
  if (parsed.language !== 'py') throw new Error('expected Python');
  return new PyPulumiFile(source, parsed.tree);
}

export function pulumiFile(source: string, language: 'ts' | 'py'): TsPulumiFile | PyPulumiFile {
  return language === 'ts' ? tsFile(source) : pyFile(source);
}
