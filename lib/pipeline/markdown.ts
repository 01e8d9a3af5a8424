/**
 * Finds the fenced code blocks of a Markdown answer (CommonMark, through
 * markdown-it) and says where each block's code lies in the original text,
 * so that a fix replaces exactly those characters and every byte of prose
 * stays as it was. Blocks inside lists or quotes carry a line prefix, which is
 * taken off before fixing and put back after. YAML blocks are taken only
 * when their name says they are a Pulumi project file (`Pulumi.yaml`).
 */
import type MarkdownIt from 'markdown-it';
import type { CodeLanguage } from './fix-code';

export interface FencedBlock {
  language: CodeLanguage;
  /** a file name for the block: from the info string or a heading just above, else block-N.<ext> */
  filename: string;
  /** the code, without any container prefix */
  code: string;
  /** 1-based line of the block's first code line in the Markdown file */
  line: number;
  /** offsets of the raw code lines in the Markdown text */
  start: number;
  end: number;
  /** what each raw line starts with (list indentation, `> `) */
  prefix: string;
  /** whether blank lines were written without the prefix */
  bareBlankLines: boolean;
}

export interface SkippedBlock {
  line: number;
  reason: string;
}

const LANGUAGES: Record<string, { language: CodeLanguage; ext: string }> = {
  ts: { language: 'ts', ext: 'ts' },
  typescript: { language: 'ts', ext: 'ts' },
  tsx: { language: 'ts', ext: 'tsx' },
  js: { language: 'ts', ext: 'js' },
  javascript: { language: 'ts', ext: 'js' },
  jsx: { language: 'ts', ext: 'jsx' },
  py: { language: 'py', ext: 'py' },
  python: { language: 'py', ext: 'py' },
  python3: { language: 'py', ext: 'py' },
  // only a block named as a Pulumi project file (see isProjectFile)
  yaml: { language: 'yaml', ext: 'yaml' },
  yml: { language: 'yaml', ext: 'yaml' },
};

const PATH = /([\w@][\w./-]*\.(?:[mc]?[tj]sx?|py|ya?ml))\b/;

/** `Pulumi.yaml`, also under a folder: the one kind of YAML block iacfix fixes. */
function isProjectFile(filename: string | undefined): filename is string {
  return !!filename && /(^|\/)Pulumi\.ya?ml$/.test(filename);
}

let markdown: MarkdownIt | undefined;

/** Line start offsets, with one extra entry for the end of the text. */
function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) offsets.push(i + 1);
  if (offsets[offsets.length - 1] !== text.length) offsets.push(text.length);
  return offsets;
}

function isClosingFence(line: string, markup: string): boolean {
  const trimmed = line.replace(/^(?:[ \t>]*)/, '').trimEnd();
  return trimmed.length >= markup.length && trimmed.split('').every((c) => c === markup[0]);
}

function nameFromContext(lines: string[], from: number, to: number, ext: string): string | undefined {
  for (let i = to - 1; i >= Math.max(from, to - 4); i--) {
    const matches = [...lines[i].matchAll(new RegExp(PATH.source, 'g'))].map((m) => m[1]);
    const match = matches.reverse().find((m) => m.split('.').pop() === ext || (ext === 'ts' && /\.[mc]?tsx?$/.test(m)) || (ext === 'js' && /\.[mc]?jsx?$/.test(m)) || (ext === 'yaml' && /\.yml$/.test(m)));
    if (match) return match;
  }
  return undefined;
}

export function findFencedBlocks(text: string): { blocks: FencedBlock[]; skipped: SkippedBlock[] } {
  // loaded on first use: a run over programs alone never needs it
  markdown ??= new (require('markdown-it') as typeof import('markdown-it'))();
  const offsets = lineOffsets(text);
  const lines = offsets.slice(0, -1).map((start, i) => text.slice(start, offsets[i + 1]).replace(/\r?\n$/, ''));
  const blocks: FencedBlock[] = [];
  const skipped: SkippedBlock[] = [];
  let previousEnd = 0;
  let counter = 0;
  for (const token of markdown.parse(text, {})) {
    if (token.type !== 'fence' || !token.map) continue;
    const [open, close] = token.map;
    const words = token.info.trim().split(/\s+/);
    const known = LANGUAGES[words[0]?.toLowerCase() ?? ''];
    const contextFrom = previousEnd;
    previousEnd = close;
    if (!known) continue;
    const named = (words[1] && PATH.test(words[1]) ? words[1] : undefined) ?? nameFromContext(lines, contextFrom, open, known.ext);
    // YAML is fixed only in a Pulumi project file, and takes no block-N number
    if (known.language === 'yaml' && !isProjectFile(named)) continue;
    if (known.language !== 'yaml') counter++;
    const closed = close - 1 > open && isClosingFence(lines[close - 1] ?? '', token.markup);
    const firstLine = open + 1;
    const lastLine = closed ? close - 1 : close;
    const start = offsets[firstLine] ?? text.length;
    const end = offsets[lastLine] ?? text.length;
    const raw = text.slice(start, end);
    const filename = named ?? `block-${counter}.${known.ext}`;
    const base = { language: known.language, filename, line: firstLine + 1, start, end };
    if (raw === token.content) {
      blocks.push({ ...base, code: raw, prefix: '', bareBlankLines: false });
      continue;
    }
    const prefix = /^[ \t>]*/.exec(lines[open])?.[0] ?? '';
    const rawLines = raw.split('\n');
    if (rawLines[rawLines.length - 1] === '') rawLines.pop();
    const bare = rawLines.some((l) => l.replace(/\r$/, '') === '');
    const stripped = rawLines.map((l) => (l.replace(/\r$/, '') === '' && bare ? l : l.startsWith(prefix) ? l.slice(prefix.length) : null));
    const code = stripped.every((l) => l !== null) ? stripped.map((l) => `${l}\n`).join('') : undefined;
    if (prefix !== '' && code === token.content) {
      blocks.push({ ...base, code, prefix, bareBlankLines: bare });
    } else {
      skipped.push({ line: open + 1, reason: 'the block is laid out in a way iacfix does not rewrite (uneven indentation inside a list or quote)' });
    }
  }
  return { blocks, skipped };
}

/** Puts a block's container prefix back on every line of fixed code. */
export function restorePrefix(block: FencedBlock, code: string): string {
  if (block.prefix === '') return code;
  const lines = code.split('\n');
  const last = lines.pop();
  return lines.map((l) => (block.bareBlankLines && l.replace(/\r$/, '') === '' ? l : block.prefix + l)).join('\n') + '\n' + (last ?? '');
}
