/**
 * What the command line knows about one processed file; reporters read it.
 */
import type { FileLanguage, ParseError } from '../lib/pipeline/fix-source';
import type { Reported } from '../lib/pipeline/fix-code';
import type { SkippedBlock } from '../lib/pipeline/markdown';

export interface FileReport {
  path: string;
  language: FileLanguage | null;
  changed: boolean;
  /** applied (fix) or pending (check, dry-run) fixes */
  fixes: Reported[];
  /** findings that stay: report-only, or needing --unsafe */
  problems: Reported[];
  /** the file could not be read or parsed, or does not exist */
  error: (ParseError & { kind: 'parse' }) | { kind: 'io' | 'missing' | 'unsupported'; message: string } | null;
  skipped: SkippedBlock[];
  /** unified diff, in dry-run mode */
  diff?: string;
}

export interface RunMode {
  command: 'fix' | 'check';
  dryRun: boolean;
}
