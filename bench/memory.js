'use strict';
/**
 * Peak memory of `iacfix check` as the tree grows: trees of 200, 800 and
 * 3200 files (corpus blocks written out as files), each checked in a fresh
 * process; prints the peak RSS per size. Flat means files are streamed.
 */
const { spawnSync } = require('node:child_process');
const { mkdirSync, mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { corpusBlocks } = require('./corpus-blocks');

const ROOT = join(__dirname, '..');
const blocks = [...corpusBlocks('ts'), ...corpusBlocks('py')];
const PROBE = `const { main } = require(${JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'))});
main(['check', '--quiet', '--format', 'json', process.argv[1]], { stdout() {}, stderr() {}, readStdin: async () => '' })
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
  console.log(`${String(size).padStart(5)} files: peak RSS ${(Number(result.stdout) / 1024).toFixed(0)} MiB`);
}
