/**
 * `fix` and `check` over files and folders, or over stdin. Files are read,
 * fixed and written one at a time as discovery streams them in, so memory
 * stays flat however large the tree; each file's report is printed as soon as
 * it is known.
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import pc from 'picocolors';
import { NO_FILES, type Rule, type RuleOptions } from '../lib/rule';
import { detectAwsProvider } from '../lib/pipeline/provider-version';
import { diskView } from './disk-view';
import { fixSourceAsync, languageOf, type SourceResult } from '../lib/pipeline/fix-source';
import { discover } from './discover';
import type { FileReport, RunMode } from './file-report';
import { colorDiff, unifiedDiff } from './reporters/diff';
import { jsonReport } from './reporters/json';
import { fileBlock, summaryBlock } from './reporters/pretty';

export interface RunOptions extends RunMode {
  paths: string[];
  rules: readonly Rule[];
  unsafe: boolean;
  /** settings passed to the rules; awsProvider, when absent, is detected per file */
  ruleOptions: RuleOptions;
  format: 'pretty' | 'json';
  quiet: boolean;
  color: boolean;
  stdin: boolean;
  stdinFilename?: string;
}

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
}

export const EXIT = { ok: 0, pending: 1, error: 2 } as const;

function toReport(path: string, result: SourceResult): FileReport {
  return {
    path,
    language: result.language,
    changed: result.changed,
    fixes: result.fixed,
    problems: result.remaining,
    error: result.error ? { kind: 'parse', ...result.error } : null,
    skipped: result.skipped,
  };
}

function failed(path: string, kind: 'io' | 'missing' | 'unsupported', message: string): FileReport {
  return { path, language: languageOf(path) ?? null, changed: false, fixes: [], problems: [], error: { kind, message }, skipped: [] };
}

function exitCode(files: readonly FileReport[], mode: RunMode): number {
  if (files.some((f) => f.error)) return EXIT.error;
  if (mode.command === 'check' && files.some((f) => f.fixes.length + f.problems.length > 0)) return EXIT.pending;
  return EXIT.ok;
}

export async function run(options: RunOptions, io: Output): Promise<number> {
  const c = pc.createColors(options.color);
  const providerByFolder = new Map<string, 6 | 7 | undefined>();
  const providerFor = (path: string) => {
    if (options.ruleOptions.awsProvider) return options.ruleOptions.awsProvider;
    const folder = dirname(path);
    if (!providerByFolder.has(folder)) providerByFolder.set(folder, detectAwsProvider(path));
    return providerByFolder.get(folder);
  };
  const reports: FileReport[] = [];
  const json = options.format === 'json';
  // in stdin and dry-run modes stdout carries code or diffs, so the human report goes to stderr
  const reportStream = (text: string) => ((options.stdin && options.command === 'fix') || (options.dryRun && !json) ? io.stderr(text) : io.stdout(text));

  const handle = async (path: string, source: string, write: boolean) => {
    const files = options.stdin ? NO_FILES : diskView(path);
    const result = await fixSourceAsync(source, path, { rules: options.rules, unsafe: options.unsafe, options: { ...options.ruleOptions, awsProvider: providerFor(path) }, files });
    const report = toReport(path, result);
    if (options.dryRun && result.changed) {
      const diff = unifiedDiff(path, source, result.output);
      if (json) report.diff = diff;
      else io.stdout(colorDiff(diff, c));
    }
    if (options.stdin && options.command === 'fix' && !options.dryRun) io.stdout(result.output);
    if (write && result.changed) await writeFileAtomic(path, result.output);
    if (!json) reportStream(fileBlock(report, options, c, options.quiet));
    reports.push(report);
  };

  if (options.stdin) {
    const filename = options.stdinFilename ?? 'stdin.ts';
    await handle(filename, await io.readStdin(), false);
  } else {
    for await (const found of discover(options.paths)) {
      let report: FileReport | undefined;
      if ('missing' in found) report = failed(found.path, 'missing', 'no such file or directory');
      else if ('unsupported' in found) report = failed(found.path, 'unsupported', 'not a file iacfix reads (.ts .tsx .mts .cts .js .mjs .cjs .py .md, Pulumi.yaml)');
      if (report) {
        if (!json) reportStream(fileBlock(report, options, c, false));
        reports.push(report);
        continue;
      }
      let source: string;
      try {
        source = await readFile(found.path, 'utf8');
      } catch (error) {
        report = failed(found.path, 'io', (error as Error).message);
        if (!json) reportStream(fileBlock(report, options, c, false));
        reports.push(report);
        continue;
      }
      await handle(found.path, source, options.command === 'fix' && !options.dryRun);
    }
  }

  if (json) (options.stdin && options.command === 'fix' && !options.dryRun ? io.stderr : io.stdout)(jsonReport(reports, options));
  else if (!options.quiet) reportStream(summaryBlock(reports, options, c));
  return exitCode(reports, options);
}
