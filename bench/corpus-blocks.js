'use strict';
/**
 * The TS/JS and Python blocks of every Markdown document in
 * ../shared/corpus/llm-pulumi, read in place. Shared by the benchmark scripts.
 */
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { findFencedBlocks } = require('../dist/lib/pipeline/markdown');

const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus', 'llm-pulumi');

function corpusDocuments() {
  if (!existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS}`);
  const docs = [];
  for (const family of readdirSync(CORPUS).filter((f) => f.startsWith('pulumi-')).sort()) {
    for (const task of readdirSync(join(CORPUS, family)).sort()) {
      for (const doc of readdirSync(join(CORPUS, family, task)).sort()) if (doc.endsWith('.md')) docs.push(join(CORPUS, family, task, doc));
    }
  }
  return docs;
}

function corpusBlocks(language) {
  const blocks = [];
  for (const doc of corpusDocuments()) {
    for (const block of findFencedBlocks(readFileSync(doc, 'utf8')).blocks) if (block.language === language) blocks.push({ doc, ...block });
  }
  return blocks;
}

module.exports = { CORPUS, corpusDocuments, corpusBlocks };
