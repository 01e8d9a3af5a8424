/**
 * Rewrites the rule table in README.md from the rules' metadata.
 * Run with `npm run docs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withRuleTable } from '../lib/docs/rule-table';
import { rules } from '../transforms';

const path = join(__dirname, '..', '..', 'README.md');
writeFileSync(path, withRuleTable(readFileSync(path, 'utf8'), rules));
console.log(`README.md: rule table written (${rules.length} rules)`);
