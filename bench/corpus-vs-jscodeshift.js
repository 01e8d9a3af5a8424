'use strict';
/**
 * iacfix `fix` with every default rule over all TS/JS blocks of the corpus,
 * against ONE stock jscodeshift parse+print pass (`j(source).toSource()` with
 * the ts parser) over the same blocks, side by side in this process. Both
 * sides run over the blocks jscodeshift parses; rounds alternate so that
 * neither side gets the warm cache alone. Prints the medians and the ratio
 * (the target is at most 1.5).
 */
const { performance } = require('node:perf_hooks');
const jscodeshift = require('jscodeshift');
const { fixCode } = require('../dist/lib/pipeline/fix-code');
const { rules } = require('../dist/transforms');
const { corpusBlocks } = require('./corpus-blocks');

const ROUNDS = Number(process.env.ROUNDS || 5);
const j = jscodeshift.withParser('ts');

function jscodeshiftPass(blocks) {
  for (const b of blocks) j(b.code).toSource();
}

function iacfixPass(blocks) {
  let fixes = 0;
  for (const b of blocks) fixes += fixCode(b.code, 'ts', b.filename.replace(/\.(jsx?|mjs|cjs)$/, '.ts'), { rules, unsafe: false, options: {} }).fixed.length;
  return fixes;
}

function parsesWithBoth(block) {
  try {
    j(block.code).toSource();
    fixCode(block.code, 'ts', block.filename.replace(/\.(jsx?|mjs|cjs)$/, '.ts'), { rules: [], unsafe: false, options: {} });
    return true;
  } catch {
    return false;
  }
}

function time(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const all = corpusBlocks('ts');
const blocks = all.filter(parsesWithBoth);
const bytes = blocks.reduce((n, b) => n + b.code.length, 0);
console.log(`corpus TS/JS blocks: ${all.length}, parsed by both: ${blocks.length} (${(bytes / 1024).toFixed(0)} KiB); rules: ${rules.length}`);

jscodeshiftPass(blocks);
iacfixPass(blocks);
const base = [];
const ours = [];
let fixes = 0;
for (let round = 0; round < ROUNDS; round++) {
  if (round % 2 === 0) {
    base.push(time(() => jscodeshiftPass(blocks)).ms);
    const t = time(() => iacfixPass(blocks));
    ours.push(t.ms);
    fixes = t.result;
  } else {
    const t = time(() => iacfixPass(blocks));
    ours.push(t.ms);
    base.push(time(() => jscodeshiftPass(blocks)).ms);
  }
}
const ratio = median(ours) / median(base);
console.log(`jscodeshift parse+print, one pass: median ${median(base).toFixed(0)} ms over ${ROUNDS} rounds`);
console.log(`iacfix fix, all default rules:      median ${median(ours).toFixed(0)} ms (${fixes} fixes)`);
console.log(`ratio iacfix / jscodeshift: ${ratio.toFixed(2)} (target <= 1.50)`);
