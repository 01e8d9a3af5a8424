/**
 * Fixes the text of one file, whatever its kind: TypeScript/JavaScript,
 * Python, a Pulumi project file (`Pulumi.yaml`), or a Markdown answer whose
 * fenced blocks are fixed one by one.
 * A byte-order mark and CRLF line endings are taken off before the rules run
 * and put back after, so rules only ever see `\n`.
 */
import { posix } from 'node:path';
import { NO_FILES, type FileView, type Rule, type RuleOptions } from '../rule';
import { loadPython } from '../python/parse';
import { SyntaxProblem } from '../ts/parse';
import { fixCode, type CodeLanguage, type Reported } from './fix-code';
import { findFencedBlocks, restorePrefix, type FencedBlock, type SkippedBlock } from './markdown';

export type FileLanguage = CodeLanguage | 'md';

const EXTENSIONS: Record<string, FileLanguage> = {
  '.ts': 'ts',
  '.tsx': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.js': 'ts',
  '.jsx': 'ts',
  '.mjs': 'ts',
  '.cjs': 'ts',
  '.py': 'py',
  '.md': 'md',
  '.markdown': 'md',
};

/** Pulumi project files, known by their name: other YAML files (CI workflows, manifests) are not Pulumi's. */
const PROJECT_FILES = ['Pulumi.yaml', 'Pulumi.yml'];

export const SUPPORTED_EXTENSIONS = [...Object.keys(EXTENSIONS), ...PROJECT_FILES];

export function languageOf(filename: string): FileLanguage | undefined {
  if (PROJECT_FILES.includes(posix.basename(filename.replace(/\\/g, '/')))) return 'yaml';
  const dot = filename.lastIndexOf('.');
  return dot === -1 ? undefined : EXTENSIONS[filename.slice(dot).toLowerCase()];
}

export interface SourceSettings {
  rules: readonly Rule[];
  unsafe?: boolean;
  options?: RuleOptions;
  /** the files around this one (for a Markdown answer: its other blocks, always) */
  files?: FileView;
}

export interface ParseError {
  line: number;
  column: number;
  message: string;
}

export interface SourceResult {
  filename: string;
  /** 'ts' stands for TypeScript and JavaScript */
  language: FileLanguage;
  output: string;
  changed: boolean;
  fixed: Reported[];
  remaining: Reported[];
  /** the file (or, for Markdown, nothing: see `skipped`) did not parse; it is left as it was */
  error?: ParseError;
  /** Markdown code blocks that were left alone because they do not parse or cannot be rewritten safely */
  skipped: SkippedBlock[];
}

function shift(reports: Reported[], lines: number): Reported[] {
  return reports.map((r) => ({ ...r, line: r.line + lines }));
}

/** The blocks of one answer seen as files, by the names their headings give them. */
export function blockView(blocks: readonly FencedBlock[], from: FencedBlock): FileView {
  return {
    read(relativePath) {
      const wanted = posix.normalize(posix.join(posix.dirname(from.filename), relativePath));
      return blocks.find((b) => b !== from && posix.normalize(b.filename) === wanted)?.code;
    },
  };
}

function fixMarkdown(text: string, settings: Required<SourceSettings>) {
  const { blocks, skipped } = findFencedBlocks(text);
  const fixed: Reported[] = [];
  const remaining: Reported[] = [];
  const allSkipped = [...skipped];
  let output = '';
  let cursor = 0;
  for (const block of blocks) {
    try {
      const result = fixCode(block.code, block.language, block.filename, { rules: settings.rules, unsafe: settings.unsafe, options: settings.options, files: blockView(blocks, block) });
      fixed.push(...shift(result.fixed, block.line - 1));
      remaining.push(...shift(result.remaining, block.line - 1));
      if (result.output !== block.code) {
        output += text.slice(cursor, block.start) + restorePrefix(block, result.output);
        cursor = block.end;
      }
    } catch (error) {
      if (!(error instanceof SyntaxProblem)) throw error;
      allSkipped.push({ line: block.line + error.line - 1, reason: `${block.filename} does not parse: ${error.message}` });
    }
  }
  return { output: output + text.slice(cursor), fixed, remaining, skipped: allSkipped.sort((a, b) => a.line - b.line) };
}

/** Synchronous core; Python must already be loaded (see `fixSource`). */
export function fixSourceSync(source: string, filename: string, settings: SourceSettings): SourceResult {
  const language = languageOf(filename);
  if (!language) throw new Error(`${filename}: iacfix does not know this kind of file (expected one of ${SUPPORTED_EXTENSIONS.join(' ')})`);
  const full: Required<SourceSettings> = { rules: settings.rules, unsafe: settings.unsafe ?? false, options: settings.options ?? {}, files: settings.files ?? NO_FILES };
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  let text = bom ? source.slice(1) : source;
  const crlf = text.includes('\r\n') && !/(^|[^\r])\n/.test(text);
  if (crlf) text = text.replace(/\r\n/g, '\n');
  const restore = (out: string) => bom + (crlf ? out.replace(/\n/g, '\r\n') : out);
  const base = { filename, language, skipped: [] as SkippedBlock[] };
  if (language === 'md') {
    const result = fixMarkdown(text, full);
    const output = result.output === text ? source : restore(result.output);
    return { ...base, ...result, output, changed: output !== source };
  }
  try {
    const result = fixCode(text, language, filename, full);
    const output = result.output === text ? source : restore(result.output);
    return { ...base, output, changed: output !== source, fixed: result.fixed, remaining: result.remaining };
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    return { ...base, output: source, changed: false, fixed: [], remaining: [], error: { line: error.line, column: error.column, message: error.message } };
  }
}

/** Fixes one file's text; loads the Python parser first when the file may hold Python. */
export async function fixSourceAsync(source: string, filename: string, settings: SourceSettings): Promise<SourceResult> {
  const language = languageOf(filename);
  if (language === 'py' || (language === 'md' && /^[ \t>]*(`{3,}|~{3,})[ \t]*(py|python)/im.test(source))) await loadPython();
  return fixSourceSync(source, filename, settings);
}
