/**
 * Discovers rule fixtures: every `__testfixtures__/<rule>/<case>.input.<ext>`
 * is a test case; `<case>.output.<ext>` is the expected result (byte for
 * byte), and a case without one must come out unchanged. An optional
 * `<case>.options.json` holds settings ({ "unsafe": true, "awsProvider": 6 }).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', '..', '__testfixtures__');

export interface FixtureCase {
  rule: string;
  name: string;
  ext: string;
  inputPath: string;
  input: string;
  /** undefined for must-not-change cases */
  output: string | undefined;
  options: { unsafe?: boolean; awsProvider?: 6 | 7 };
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
      return {
        rule,
        name,
        ext,
        inputPath: join(dir, file),
        input: readFileSync(join(dir, file), 'utf8'),
        output: existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : undefined,
        options: existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {},
      };
    });
}
