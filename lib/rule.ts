/**
 * The shape of a rule. A rule holds the knowledge (which resources, which
 * fact); the pipeline holds the mechanics (parsing, applying, printing).
 * A rule reports findings; a finding may carry a fix, which is a list of
 * text edits on the source the rule was given (ESLint's fixer model), with its
 * own safety.
 */
import type { Document } from 'yaml';
import type { PulumiFile } from './pulumi/model';
import type { Edit } from './text/edits';

/** The languages of Pulumi programs. */
export type Language = 'ts' | 'py';
/** What a rule can check: programs, and (`yaml`) Pulumi project files, `Pulumi.yaml`. */
export type RuleLanguage = Language | 'yaml';
export type Severity = 'error' | 'warning' | 'suggestion';
export type FixSafety = 'safe' | 'unsafe' | 'none';

export interface RuleMeta {
  /** kebab-case, equal to the file name in transforms/, docs/rules/ and __testfixtures__/ */
  id: string;
  title: string;
  /** one line, shown by `iacfix list` */
  description: string;
  languages: RuleLanguage[];
  severity: Severity;
  /** the safety of the rule's usual fix; a single finding may carry another */
  fixSafety: FixSafety;
  /** named messages; `{{name}}` placeholders are filled from the report's data */
  messages: Record<string, string>;
  /** the AWS or Pulumi fact the fix rests on, and where it is documented */
  fact: string;
  sources: string[];
}

/** Settings that rules may read; filled from the command line or the API. */
export interface RuleOptions {
  /** the AWS provider major version the program targets, when known */
  awsProvider?: 6 | 7;
  /** how rds-engine-version writes a replacement: the newest minor (default) or the major alone where AWS accepts it */
  rdsVersion?: 'minor' | 'major';
  /** route53-reserved-domain: the default domain written in place of a reserved one */
  domain?: string;
}

export interface ReportOptions {
  data?: Record<string, string | number>;
  /** the edits that fix this finding; computed lazily only when it will be applied or shown */
  fix?: () => Edit[] | Edit | null | undefined;
  /** overrides meta.fixSafety for this finding */
  safety?: FixSafety;
  /**
   * apply the fix only in a pass where no other fix applies: for a fix that
   * removes or renames a name, which another rule's fix in the same pass may
   * start to read
   */
  defer?: boolean;
}

/** Something a finding can point at: a node handle or a raw offset range. */
export interface Located {
  start: number;
  end: number;
}

/**
 * A read-only view of the files around the one being fixed (sibling modules,
 * or the other blocks of the same Markdown answer). Rules never open files.
 */
export interface FileView {
  /** the text of a file named relative to the file being fixed; undefined when absent or when there is no view (stdin) */
  read(relativePath: string): string | undefined;
  /**
   * true when the view shows the whole project folder (files on disk), so a
   * file it cannot read does not exist; the blocks of a Markdown answer leave
   * files out, and say nothing about them
   */
  complete?: boolean;
}

export const NO_FILES: FileView = { read: () => undefined };

export interface RuleContext {
  filename: string;
  files: FileView;
  source: string;
  language: Language;
  pulumi: PulumiFile;
  options: RuleOptions;
  report(at: Located, messageId: string, options?: ReportOptions): void;
}

export type RuleCheck = (context: RuleContext) => void;

/** What a rule sees of a Pulumi project file: its text and the parsed YAML document, with source ranges on every node. */
export interface YamlRuleContext {
  filename: string;
  files: FileView;
  source: string;
  document: Document.Parsed;
  options: RuleOptions;
  report(at: Located, messageId: string, options?: ReportOptions): void;
}

export type YamlCheck = (context: YamlRuleContext) => void;

export interface Rule {
  meta: RuleMeta;
  ts?: RuleCheck;
  py?: RuleCheck;
  yaml?: YamlCheck;
}

/** A finding as the pipeline records it. */
export interface Finding {
  rule: string;
  messageId: string;
  message: string;
  severity: Severity;
  start: number;
  end: number;
  safety: FixSafety;
  fix?: Edit[];
  /** see ReportOptions.defer */
  deferred?: boolean;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}
