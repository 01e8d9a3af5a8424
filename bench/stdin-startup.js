'use strict';
/**
 * Wall time of one file on stdin through `iacfix fix --stdin`, against the
 * stock jscodeshift CLI running one (no-op) transform over the same file:
 * both are whole process runs, so start-up is what they mostly measure.
 */
const { spawnSync } = require('node:child_process');
const { mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { corpusBlocks } = require('./corpus-blocks');

const RUNS = Number(process.env.RUNS || 7);
const ROOT = join(__dirname, '..');
const block = corpusBlocks('ts').sort((a, b) => b.code.length - a.code.length)[20];
const dir = mkdtempSync(join(tmpdir(), 'iacfix-bench-'));
const file = join(dir, 'stack.ts');
writeFileSync(file, block.code);
const noop = join(dir, 'noop.js');
writeFileSync(noop, 'module.exports = (file) => file.source;\n');

function wall(args, input) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { input, encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr);
  return performance.now() - start;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const ours = [];
const theirs = [];
const node = [];
for (let i = 0; i < RUNS; i++) {
  ours.push(wall([join(ROOT, 'bin', 'iacfix.js'), 'fix', '--stdin', '--stdin-filename', 'stack.ts'], block.code));
  theirs.push(wall([join(ROOT, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js'), '-t', noop, '--parser=ts', '--run-in-band', '--dry', '--silent', file]));
  node.push(wall(['-e', '0']));
}
console.log(`one ${block.code.split('\n').length}-line file, median of ${RUNS} runs:`);
console.log(`  node -e 0 (process start):            ${median(node).toFixed(0)} ms`);
console.log(`  iacfix fix --stdin (all rules):       ${median(ours).toFixed(0)} ms`);
console.log(`  jscodeshift CLI, no-op transform:     ${median(theirs).toFixed(0)} ms`);
console.log(`  ratio iacfix / jscodeshift: ${(median(ours) / median(theirs)).toFixed(2)}`);
