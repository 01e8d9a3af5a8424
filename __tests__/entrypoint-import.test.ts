/**
 * entrypoint-import reads the module an entry point imports, so it is tested
 * where the fixtures cannot reach on their own: through an in-memory file
 * view, through the command line over a folder, and over a Markdown answer
 * whose blocks are the files; and, in each, that it does nothing when the
 * module cannot be read.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { main } from '../cli/main';
import { fixSourceAsync } from '../lib/pipeline/fix-source';
import type { FileView } from '../lib/rule';
import rule, { isEntryPoint } from '../transforms/entrypoint-import';

const STACK = `import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const environmentSuffix = config.get('environmentSuffix') || 'dev';

const table = new aws.dynamodb.Table(\`orders-\${environmentSuffix}\`, {
  attributes: [{ name: 'id', type: 'S' }],
  hashKey: 'id',
});

export const tableName = table.name;
`;

const ENTRY = `import * as pulumi from '@pulumi/pulumi';
import { TapStack } from '../lib/tap-stack';

const config = new pulumi.Config();
const environmentSuffix = config.get('env') || 'dev';

new TapStack('pulumi-infra', { environmentSuffix });
`;

const FIXED_ENTRY = `import * as pulumi from '@pulumi/pulumi';
export * from '../lib/tap-stack';

const config = new pulumi.Config();
const environmentSuffix = config.get('env') || 'dev';
`;

/** A view over in-memory files, relative to the file being fixed. */
function memoryView(from: string, files: Record<string, string>): FileView {
  return { read: (relativePath) => files[posix.normalize(posix.join(posix.dirname(from), relativePath))] };
}

const fix = (source: string, filename: string, files?: FileView) => fixSourceAsync(source, filename, { rules: [rule], files });

describe('through a file view', () => {
  it('loads a module of top-level resources instead of importing a class it does not export', async () => {
    const result = await fix(ENTRY, 'bin/tap.ts', memoryView('bin/tap.ts', { 'lib/tap-stack.ts': STACK }));
    expect(result.output).toBe(FIXED_ENTRY);
    expect(result.fixed).toEqual([expect.objectContaining({ rule: 'entrypoint-import', messageId: 'load', line: 2 })]);
  });

  it('writes a side-effect import when the module exports no values', async () => {
    const script = STACK.replace('export const tableName = table.name;\n', 'export type Tags = Record<string, string>;\n');
    const result = await fix(ENTRY, 'bin/tap.ts', memoryView('bin/tap.ts', { 'lib/tap-stack.ts': script }));
    expect(result.output).toBe(FIXED_ENTRY.replace("export * from '../lib/tap-stack';", "import '../lib/tap-stack';"));
  });

  it('finds x.tsx, x.js and x/index.ts in that order', async () => {
    for (const path of ['lib/tap-stack.tsx', 'lib/tap-stack.js', 'lib/tap-stack/index.ts']) {
      const result = await fix(ENTRY, 'bin/tap.ts', memoryView('bin/tap.ts', { [path]: STACK }));
      expect(result.output).toBe(FIXED_ENTRY);
    }
  });

  it('does nothing when the module cannot be read or parsed', async () => {
    expect((await fix(ENTRY, 'bin/tap.ts')).output).toBe(ENTRY);
    expect((await fix(ENTRY, 'bin/tap.ts', memoryView('bin/tap.ts', { 'lib/other.ts': STACK }))).output).toBe(ENTRY);
    const broken = await fix(ENTRY, 'bin/tap.ts', memoryView('bin/tap.ts', { 'lib/tap-stack.ts': 'export const = ;' }));
    expect(broken.output).toBe(ENTRY);
    expect(broken.remaining).toEqual([]);
  });

  it('recognises entry points by name', () => {
    expect(['bin/tap.ts', 'index.ts', 'lib/index.js', 'src/main.ts', 'C:\\app\\bin\\tap.ts'].every(isEntryPoint)).toBe(true);
    expect(['lib/tap-stack.ts', 'fixture.ts', 'binary/x.ts', 'indexer.ts'].some(isEntryPoint)).toBe(false);
  });
});

describe('from the command line', () => {
  const silent = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => ENTRY };

  function project(): string {
    const dir = mkdtempSync(join(tmpdir(), 'iacfix-entrypoint-'));
    for (const [name, text] of Object.entries({ 'bin/tap.ts': ENTRY, 'lib/tap-stack.ts': STACK })) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }

  it('reads the module beside the entry point on disk and rewrites only the entry point', async () => {
    const dir = project();
    expect(await main(['fix', '--only', 'entrypoint-import', dir], silent)).toBe(0);
    expect(readFileSync(join(dir, 'bin/tap.ts'), 'utf8')).toBe(FIXED_ENTRY);
    expect(readFileSync(join(dir, 'lib/tap-stack.ts'), 'utf8')).toBe(STACK);
  });

  it('leaves stdin alone: there are no files around it', async () => {
    let out = '';
    const io = { ...silent, stdout: (text: string) => void (out += text) };
    expect(await main(['fix', '--only', 'entrypoint-import', '--stdin', '--stdin-filename', 'bin/tap.ts'], io)).toBe(0);
    expect(out).toBe(ENTRY);
  });
});

describe('in a Markdown answer', () => {
  const answer = (entry: string, stackHeading = 'lib/tap-stack.ts') => `# Solution

## File: ${stackHeading}

\`\`\`typescript
${STACK}\`\`\`

## File: bin/tap.ts

\`\`\`typescript
${entry}\`\`\`
`;

  it('reads the module from the block its heading names', async () => {
    const result = await fix(answer(ENTRY), 'answer.md');
    expect(result.output).toBe(answer(FIXED_ENTRY));
    expect(result.fixed).toEqual([expect.objectContaining({ rule: 'entrypoint-import', messageId: 'load', line: 24 })]);
  });

  it('does nothing when no block is the module', async () => {
    const text = answer(ENTRY, 'lib/network-stack.ts');
    expect((await fix(text, 'answer.md')).output).toBe(text);
  });
});
