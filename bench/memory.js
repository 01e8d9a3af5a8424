'use strict';
/**
 * Peak memory of `iacfix check` as the tree grows: trees of 200, 800 and
 * 3200 files (corpus blocks written out as files), each checked in a fresh
 * process; prints the peak RSS per size, and whether the same run completes
 * with the V8 heap capped at 64 MiB. Peak RSS also grows with V8's lazy
 * collection; completing under a fixed cap at every size is what shows that
 * live memory stays flat (files are streamed, never held together).
 */
const { spawnSync } = require('node:child_process');
const { mkdirSync, mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { corpusBlocks } = require('./corpus-blocks');

const ROOT = join(__dirname, '..');
const blocks = [...corpusBlocks('ts'), ...corpusBlocks('py')];
const PROBE = `const { main } = require(${JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'))});
main(['check', '--quiet', process.argv[1]], { stdout() {}, stderr() {}, readStdin: async () => '' })
  .then(() => process.stdout.write(String(process.resourceUsage().maxRSS)));`;

for (const size of [200, 800, 3200]) {
  const dir = mkdtempSync(join(tmpdir(), `iacfix-mem-${size}-`));
  for (let i = 0; i < size; i++) {
    const b = blocks[i % blocks.length];
    const sub = join(dir, `pkg${Math.floor(i / 50)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `f${i}.${b.language === 'py' ? 'py' : 'ts'}`), b.code);
  }
  const result = spawnSync(process.execPath, ['-e', PROBE, dir], { encoding: 'utf8' });
  const capped = spawnSync(process.execPath, ['--max-old-space-size=64', '-e', PROBE, dir], { encoding: 'utf8' });
  const underCap = capped.status === 0 ? 'completes' : `fails (exit ${capped.status})`;
  console.log(`${String(size).padStart(5)} files: peak RSS ${(Number(result.stdout) / 1024).toFixed(0)} MiB; with a 64 MiB heap cap: ${underCap}`);
}
