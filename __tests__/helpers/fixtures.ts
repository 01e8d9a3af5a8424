/**
 * Discovers rule fixtures: every `__testfixtures__/<rule>/<case>.input.<ext>`
 * is a test case; `<case>.output.<ext>` is the expected result (byte for
 * byte), and a case without one must come out unchanged. What the rule
 * leaves unfixed (reports, fixes that need --unsafe) must be marked in the
 * expected output with a comment `iacfix-expect: <messageId>[, ...]` on the
 * line (or alone on the line before it); nothing else may be left. An optional
 * `<case>.options.json` holds settings ({ "unsafe": true, "awsProvider": 6,
 * "rdsVersion": "major" }) and may name the path the case is fixed as
 * ({ "filename": "bin/tap.ts" }; default `fixture.<ext>`, and `Pulumi.yaml` for
 * a `.yaml` case). For rules that read
 * neighbouring files, an optional `<case>.files/` folder is the project
 * around the case: the case sits at `<case>.files/<filename>` and the rule's
 * file view reads from there, never outside the folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { NO_FILES, type FileView, type RuleOptions } from '../../lib/rule';

export const FIXTURES = join(__dirname, '..', '..', '__testfixtures__');

export interface FixtureCase {
  rule: string;
  name: string;
  ext: string;
  inputPath: string;
  input: string;
  /** undefined for must-not-change cases */
  output: string | undefined;
  options: { unsafe?: boolean } & RuleOptions;
  /** the path the case is fixed as */
  filename: string;
  /** the files around the case (NO_FILES without a `<case>.files/` folder) */
  files: FileView;
}

function folderView(root: string, filename: string): FileView {
  return {
    complete: true,
    read(relativePath) {
      const path = resolve(root, dirname(filename), relativePath);
      if (!path.startsWith(root + sep)) return undefined;
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

export function fixtureCases(rule: string): FixtureCase[] {
  const dir = join(FIXTURES, rule);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.input\.[a-z]+$/.test(f))
    .sort()
    .map((file) => {
      const [, name, ext] = /^(.*)\.input\.([a-z]+)$/.exec(file) as RegExpExecArray;
      const outputPath = join(dir, `${name}.output.${ext}`);
      const optionsPath = join(dir, `${name}.options.json`);
      const filesDir = resolve(dir, `${name}.files`);
      // a YAML case is a Pulumi project file, which iacfix knows by its name
      const { filename = ext === 'yaml' ? 'Pulumi.yaml' : `fixture.${ext}`, ...options } = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {};
      return {
        rule,
        name,
        ext,
        inputPath: join(dir, file),
        input: readFileSync(join(dir, file), 'utf8'),
        output: existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : undefined,
        options,
        filename,
        files: existsSync(filesDir) ? folderView(filesDir, filename) : NO_FILES,
      };
    });
}

const MARKER = /(?:\/\/|#)\s*iacfix-expect:\s*(\w+(?:\s*,\s*\w+)*)/;

/** `line: messageId` for every `iacfix-expect:` marker in a fixture's text. */
export function expectedFindings(text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const match = MARKER.exec(line);
    if (!match) return [];
    const ownLine = /^\s*(\/\/|#)/.test(line);
    return match[1].split(',').map((messageId) => `${index + (ownLine ? 2 : 1)}: ${messageId.trim()}`);
  });
}
