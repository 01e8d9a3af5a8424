/**
 * pulumi-yaml
 *
 * Fact: in a project file's `config:` block, a key outside the project's
 * own namespace (a provider's, such as `aws:region`) takes a `value:`, not a
 * `default:`; Pulumi refuses the project file otherwise ("Configuration key
 * 'aws:region' is not namespaced by the project and should not define a
 * default value. Did you mean to use the 'value' attribute instead of
 * 'default'?"). `main:` names the program's entry point (a file or a folder)
 * relative to the project; when it does not exist, Pulumi cannot start the
 * program. Sources: Pulumi docs, "Pulumi.yaml project file reference"
 * (config `default` / `value`, `main`); pulumi/pulumi sdk/go/common/workspace
 * project.go (the validation message); FAILURES.md (58 TypeScript and 29
 * Python answers; the corrected answers write `value:`).
 *
 * Only the explicit `default:` of a namespaced key is rewritten; the short
 * form (`aws:region: us-east-1`) is left alone.
 */
import { posix } from 'node:path';
import type { Node, Pair, YAMLMap } from 'yaml';
import { yamlLibrary } from '../lib/yaml/parse';
import { defineRule } from '../lib/define-rule';
import type { FileView, YamlRuleContext } from '../lib/rule';
import { replaceRange } from '../lib/text/edits';

/** What a `main:` folder holds for each runtime: Pulumi starts the program there. */
const FOLDER_ENTRIES = ['index.ts', 'index.js', 'package.json', '__main__.py'];
/** The usual entry points of each runtime, for a `main:` that names nothing. */
const ENTRY_POINTS: Record<string, string[]> = {
  nodejs: ['index.ts', 'index.js', 'bin/tap.ts', 'bin/tap.js', 'src/index.ts'],
  python: ['__main__.py', 'tap.py', 'lib/__main__.py'],
};

function scalarText(node: unknown): string | undefined {
  return yamlLibrary().isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function entry(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => scalarText(item.key) === key);
}

function rangeOf(node: Node): { start: number; end: number } {
  const [start, end] = node.range ?? [0, 0];
  return { start, end };
}

/** `runtime: nodejs` or `runtime: { name: nodejs }`. */
function runtimeOf(root: YAMLMap): string | undefined {
  const runtime = entry(root, 'runtime')?.value;
  return scalarText(runtime) ?? (yamlLibrary().isMap(runtime) ? scalarText(entry(runtime, 'name')?.value) : undefined);
}

function checkConfig(ctx: YamlRuleContext, root: YAMLMap, project: string): void {
  const config = entry(root, 'config')?.value;
  if (!yamlLibrary().isMap(config)) return;
  for (const item of config.items) {
    const key = scalarText(item.key);
    const namespace = key?.includes(':') ? key.slice(0, key.indexOf(':')) : undefined;
    if (!key || !namespace || namespace === project || !yamlLibrary().isMap(item.value)) continue;
    const fallback = entry(item.value, 'default');
    if (!fallback || !yamlLibrary().isScalar(fallback.key)) continue;
    const data = { key, namespace, project };
    const written = rangeOf(fallback.key);
    if (entry(item.value, 'value')) {
      ctx.report(written, 'defaultBesideValue', { data });
    } else {
      const text = ctx.source.slice(written.start, written.end).replace('default', 'value');
      ctx.report(written, 'defaultToValue', { data, fix: () => replaceRange(written.start, written.end, text) });
    }
  }
}

function exists(files: FileView, path: string): boolean {
  return files.read(path) !== undefined || FOLDER_ENTRIES.some((name) => files.read(posix.join(path, name)) !== undefined);
}

function checkMain(ctx: YamlRuleContext, root: YAMLMap): void {
  const node = entry(root, 'main')?.value;
  const main = scalarText(node);
  // only a view of the whole folder can tell that a file is missing (see FileView.complete)
  if (!main || !yamlLibrary().isScalar(node) || !ctx.files.complete || exists(ctx.files, main)) return;
  const candidates = (ENTRY_POINTS[runtimeOf(root) ?? ''] ?? []).filter((path) => ctx.files.read(path) !== undefined);
  const at = rangeOf(node);
  if (candidates.length !== 1) {
    ctx.report(at, 'mainMissing', { data: { main } });
    return;
  }
  const [candidate] = candidates;
  const quote = /^["']/.exec(ctx.source.slice(at.start, at.end))?.[0] ?? '';
  ctx.report(at, 'mainMissingOneCandidate', { data: { main, candidate }, safety: 'unsafe', fix: () => replaceRange(at.start, at.end, `${quote}${candidate}${quote}`) });
}

function check(ctx: YamlRuleContext): void {
  const root = ctx.document.contents;
  if (!yamlLibrary().isMap(root)) return;
  const project = scalarText(entry(root, 'name')?.value);
  if (project) checkConfig(ctx, root, project);
  checkMain(ctx, root);
}

export default defineRule({
  meta: {
    id: 'pulumi-yaml',
    title: 'Pulumi.yaml that Pulumi refuses',
    description: 'Rewrites `default:` as `value:` for provider config keys in Pulumi.yaml; reports a `main:` that names no file (points it at the one entry point found with --unsafe)',
    languages: ['yaml'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      defaultToValue:
        '`{{key}}` is outside the project\'s namespace (`{{project}}`), and Pulumi refuses a `default:` for it ("should not define a default value"); write `value:`, which sets it for every stack of the project',
      defaultBesideValue:
        '`{{key}}` is outside the project\'s namespace (`{{project}}`), and Pulumi refuses a `default:` for it; it already has a `value:`, so remove the `default:`',
      mainMissing:
        '`main: {{main}}` names nothing in the project, so Pulumi cannot start the program; point `main` at the program\'s entry point (a file or a folder, relative to Pulumi.yaml), or remove it when the program is next to Pulumi.yaml',
      mainMissingOneCandidate:
        '`main: {{main}}` names nothing in the project, so Pulumi cannot start the program; the one entry point found is `{{candidate}}`: point `main` at it (`iacfix fix --unsafe` does)',
    },
    fact: 'In Pulumi.yaml, a config key outside the project namespace (aws:region) takes `value:`, not `default:`, or Pulumi refuses the project file; `main` must name the program\'s entry point (a file or folder relative to the project).',
    sources: [
      'https://www.pulumi.com/docs/iac/concepts/projects/project-file/',
      'pulumi/pulumi sdk/go/common/workspace/project.go (project config validation: "is not namespaced by the project and should not define a default value")',
      'FAILURES.md: Pulumi.yaml provider config with default: (must be value:), wrong main (58 TypeScript, 29 Python answers)',
    ],
  },
  yaml: check,
});
