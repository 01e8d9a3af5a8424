/**
 * Every rule over its fixtures: the output matches byte for byte, a second
 * run changes nothing (idempotence), and the output parses. Every rule has
 * cases for each language it covers, including cases that must not change.
 */
import { fixCode, parseCode } from '../lib/pipeline/fix-code';
import { fixSourceAsync, languageOf } from '../lib/pipeline/fix-source';
import { loadPython } from '../lib/python/parse';
import { rules } from '../transforms';
import { expectedFindings, fixtureCases } from './helpers/fixtures';

beforeAll(() => loadPython());

const byLine = (a: string, b: string) => parseInt(a, 10) - parseInt(b, 10);
const LANGUAGE_EXTENSIONS = { ts: ['ts', 'tsx', 'js', 'mjs', 'cjs'], py: ['py'], yaml: ['yaml'] } as const;

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const cases = fixtureCases(id);

  it.each(rule.meta.languages)('has fixtures for %s: a case it fixes (or, report-only, reports) and one that must not change', (language) => {
    const own = cases.filter((c) => (LANGUAGE_EXTENSIONS[language] as readonly string[]).includes(c.ext));
    const acted = rule.meta.fixSafety === 'none' ? own.filter((c) => expectedFindings(c.input).length > 0) : own.filter((c) => c.output !== undefined);
    expect(acted.length).toBeGreaterThan(0);
    expect(own.filter((c) => c.output === undefined).length).toBeGreaterThan(0);
  });

  if (cases.length === 0) return;

  it.each(cases.map((c) => [`${c.name}.${c.ext}`, c] as const))('%s', async (_label, c) => {
    const { filename, files } = c;
    const { unsafe = false, ...options } = c.options;
    const settings = { rules: [rule], unsafe, options, files };
    const first = await fixSourceAsync(c.input, filename, settings);
    expect(first.error).toBeUndefined();
    const expected = c.output ?? c.input;
    expect(first.output).toBe(expected);
    if (c.output !== undefined) expect(first.fixed.length).toBeGreaterThan(0);
    else expect(first.fixed).toEqual([]);
    // what is left unfixed (reports, fixes that need --unsafe) is exactly what the expected output marks
    const left = first.remaining.filter((r) => r.rule === id).map((r) => `${r.line}: ${r.messageId}`);
    expect(left.sort(byLine)).toEqual(expectedFindings(expected).sort(byLine));

    const second = await fixSourceAsync(first.output, filename, settings);
    expect(second.output).toBe(first.output);
    expect(second.fixed).toEqual([]);

    const language = languageOf(filename);
    if (language && language !== 'md') {
      expect(() => parseCode(first.output, language, filename)).not.toThrow();
      // the rule's own findings on its output are not fixable any more
      const again = fixCode(first.output, language, filename, settings);
      expect(again.fixed).toEqual([]);
    }
  });
});
