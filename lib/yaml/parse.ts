/**
 * Parses a Pulumi project file with the `yaml` package, which keeps every
 * node's source range (so rules can edit a single key or value as text) and
 * round-trips comments. A document with errors does not parse.
 */
import type { Document } from 'yaml';
import { SyntaxProblem } from '../ts/parse';

/**
 * The `yaml` package, loaded on first use: most runs see no Pulumi.yaml, and
 * loading it costs a one-file run (stdin) a noticeable part of its start-up.
 */
export function yamlLibrary(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

export function parseYaml(source: string): Document.Parsed {
  const document = yamlLibrary().parseDocument(source);
  const [error] = document.errors;
  if (error) {
    const at = error.linePos?.[0];
    throw new SyntaxProblem(error.message.split('\n')[0], at?.line ?? 1, at?.col ?? 1);
  }
  return document;
}
