/**
 * The README's rule table is generated from the rules' metadata; this fails
 * when it is stale (run `npm run docs`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withRuleTable } from '../lib/docs/rule-table';
import { rules } from '../transforms';

it('README.md lists every rule, as the metadata says', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  expect(readme).toBe(withRuleTable(readme, rules));
});
