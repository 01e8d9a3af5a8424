/**
 * What a project's settings say about a variable that is never read, read
 * through the file view (rules never open files): ESLint's `no-unused-vars`
 * and `@typescript-eslint/no-unused-vars` (severity, `varsIgnorePattern`) and
 * TypeScript's `noUnusedLocals`. The nearest folder with an ESLint config
 * wins, looking up from the file and stopping at the folder that holds
 * package.json; configs that are code are read from their tree, never run.
 */
import type * as t from '@babel/types';
import type { FileView } from '../rule';
import { dialectOf, parseTs } from '../ts/parse';
import { walk } from '../ts/walk';

export interface UnusedVariableSettings {
  /** whether an ESLint config was found (readable or not) */
  found: boolean;
  /** 'off' when the ESLint config turns both rules off; 'on' when it enables one or cannot be read */
  lint: 'on' | 'off';
  /** the varsIgnorePattern of every enabled rule, when each of them has one */
  ignorePatterns: RegExp[] | undefined;
  /** whether tsconfig.json sets noUnusedLocals (which no naming pattern escapes) */
  compilerRejects: boolean;
}

const RULE_NAMES = new Set(['no-unused-vars', '@typescript-eslint/no-unused-vars']);
const CODE_CONFIGS = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts', '.eslintrc.js', '.eslintrc.cjs'];
const JSON_CONFIGS = ['.eslintrc.json', '.eslintrc'];
const YAML_CONFIGS = ['.eslintrc.yaml', '.eslintrc.yml'];
/** how many folders up from the file to look */
const MAX_DEPTH = 6;

type RuleEntry = { on: false } | { on: true; pattern: RegExp | undefined };

/** A JSON (or JSON-with-comments) document, read as a JavaScript expression. */
function parseJsonTree(text: string): t.Node | undefined {
  try {
    const statement = parseTs(`(${text}\n)`, 'js').program.body[0];
    return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  } catch {
    return undefined;
  }
}

function parseCodeTree(text: string, name: string): t.Node | undefined {
  try {
    return parseTs(text, dialectOf(name)).program;
  } catch {
    return undefined;
  }
}

function keyOf(node: t.ObjectProperty): string | undefined {
  if (node.key.type === 'Identifier' && !node.computed) return node.key.name;
  if (node.key.type === 'StringLiteral') return node.key.value;
  return undefined;
}

function propertyValue(node: t.Node | undefined, key: string): t.Node | undefined {
  if (node?.type !== 'ObjectExpression') return undefined;
  const prop = node.properties.find((p): p is t.ObjectProperty => p.type === 'ObjectProperty' && keyOf(p) === key);
  return prop?.value;
}

function isOff(severity: t.Node | undefined): boolean {
  return (severity?.type === 'StringLiteral' && severity.value === 'off') || (severity?.type === 'NumericLiteral' && severity.value === 0);
}

function compilePattern(node: t.Node | undefined): RegExp | undefined {
  if (node?.type !== 'StringLiteral') return undefined;
  try {
    return new RegExp(node.value, 'u');
  } catch {
    return undefined;
  }
}

/** `'error'`, `0`, `['error', { varsIgnorePattern: '^_' }]`; anything else counts as enabled with no pattern. */
function ruleEntry(value: t.Node): RuleEntry {
  const severity = value.type === 'ArrayExpression' ? (value.elements[0] ?? undefined) : value;
  if (isOff(severity)) return { on: false };
  const options = value.type === 'ArrayExpression' ? (value.elements[1] ?? undefined) : undefined;
  return { on: true, pattern: compilePattern(propertyValue(options, 'varsIgnorePattern')) };
}

/** Every setting of the two rules anywhere under `root` (all flat-config objects, overrides included). */
function ruleEntries(root: t.Node): RuleEntry[] {
  const entries: RuleEntry[] = [];
  walk(root, (node) => {
    if (node.type !== 'ObjectProperty') return;
    const key = keyOf(node);
    if (key && RULE_NAMES.has(key)) entries.push(ruleEntry(node.value));
  });
  return entries;
}

function lintSettings(entries: RuleEntry[] | undefined): Pick<UnusedVariableSettings, 'found' | 'lint' | 'ignorePatterns'> {
  const found = entries !== undefined;
  // no config, or one that does not name the rules (a preset such as `recommended` enables them)
  if (!entries || entries.length === 0) return { found, lint: 'on', ignorePatterns: undefined };
  const enabled = entries.filter((e): e is { on: true; pattern: RegExp | undefined } => e.on);
  if (enabled.length === 0) return { found, lint: 'off', ignorePatterns: undefined };
  const patterns = enabled.map((e) => e.pattern);
  return { found, lint: 'on', ignorePatterns: patterns.every((p) => p !== undefined) ? (patterns as RegExp[]) : undefined };
}

/** The ESLint settings found in one folder: undefined when it holds no config, [] when one cannot be read. */
function eslintEntriesIn(files: FileView, folder: string): RuleEntry[] | undefined {
  for (const name of CODE_CONFIGS) {
    const text = files.read(folder + name);
    if (text !== undefined) return ruleEntriesOf(parseCodeTree(text, name));
  }
  for (const name of JSON_CONFIGS) {
    const text = files.read(folder + name);
    if (text !== undefined) return ruleEntriesOf(parseJsonTree(text));
  }
  if (YAML_CONFIGS.some((name) => files.read(folder + name) !== undefined)) return [];
  const pkg = files.read(`${folder}package.json`);
  const eslintConfig = pkg === undefined ? undefined : propertyValue(parseJsonTree(pkg), 'eslintConfig');
  return eslintConfig && ruleEntries(eslintConfig);
}

function ruleEntriesOf(tree: t.Node | undefined): RuleEntry[] {
  return tree ? ruleEntries(tree) : [];
}

function rejectsUnusedLocals(tsconfig: string): boolean {
  const value = propertyValue(propertyValue(parseJsonTree(tsconfig), 'compilerOptions'), 'noUnusedLocals');
  return value?.type === 'BooleanLiteral' && value.value;
}

/** per view: the pipeline keeps one view per file across its passes */
const cache = new WeakMap<FileView, UnusedVariableSettings>();

export function unusedVariableSettings(files: FileView): UnusedVariableSettings {
  let settings = cache.get(files);
  if (!settings) {
    settings = readSettings(files);
    cache.set(files, settings);
  }
  return settings;
}

function readSettings(files: FileView): UnusedVariableSettings {
  let entries: RuleEntry[] | undefined;
  let tsconfig: string | undefined;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const folder = '../'.repeat(depth);
    entries ??= eslintEntriesIn(files, folder);
    tsconfig ??= files.read(`${folder}tsconfig.json`);
    if ((entries && tsconfig !== undefined) || files.read(`${folder}package.json`) !== undefined) break;
  }
  return { ...lintSettings(entries), compilerRejects: tsconfig !== undefined && rejectsUnusedLocals(tsconfig) };
}

/** Whether an ESLint directive's rule list (`rule-a, rule-b -- why`) covers the unused-variable rules; an empty list covers every rule. */
function coversUnusedVars(list: string): boolean {
  const rules = list.split('--')[0].split(',').map((r) => r.trim()).filter(Boolean);
  return rules.length === 0 || rules.some((r) => RULE_NAMES.has(r));
}

const DIRECTIVE = /(?:\/\/|\/\*)\s*eslint-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n]*?)(?:\*\/|$)/gm;

/**
 * Whether an ESLint directive silences the unused-variable rules at `offset`:
 * `eslint-disable-next-line` on the line before, `eslint-disable-line` on the
 * same line, or an `eslint-disable` earlier in the file not re-enabled.
 */
export function lintSilencedAt(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const previousLineStart = lineStart === 0 ? -1 : source.lastIndexOf('\n', lineStart - 2) + 1;
  const lineEnd = source.indexOf('\n', offset);
  let disabled = false;
  for (const match of source.matchAll(DIRECTIVE)) {
    const at = match.index ?? 0;
    const [, kind, list] = match;
    if (at >= (lineEnd === -1 ? source.length : lineEnd)) break;
    if (!coversUnusedVars(list)) continue;
    if (kind === 'disable-next-line' && at >= previousLineStart && at < lineStart) return true;
    if (kind === 'disable-line' && at >= lineStart) return true;
    if (kind === 'disable') disabled = true;
    if (kind === 'enable') disabled = false;
  }
  return disabled;
}
