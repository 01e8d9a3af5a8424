/**
 * Which major version of the AWS provider a program targets, read from the
 * nearest package.json / requirements.txt / Pipfile / pyproject.toml above
 * it. The v7 release (2025) renamed the S3 resources, so rules that write S3
 * classes need it (FACTS.md §4).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const MANIFESTS = ['package.json', 'requirements.txt', 'Pipfile', 'pyproject.toml'];

/** The major version a requirement names: '^6.0.0' → 6, '>=6,<7' → 6, '==7.10.0' → 7, '<7' → 6. */
export function majorOf(spec: string): 6 | 7 | undefined {
  const trimmed = spec.trim();
  const onlyUpper = /^<\s*(\d+)(?:\.0+)*$/.exec(trimmed);
  const major = onlyUpper ? Number(onlyUpper[1]) - 1 : Number(/\d+/.exec(trimmed)?.[0]);
  return major === 6 || major === 7 ? major : undefined;
}

function fromPackageJson(text: string): 6 | 7 | undefined {
  try {
    const pkg = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
    const spec = pkg.dependencies?.['@pulumi/aws'] ?? pkg.devDependencies?.['@pulumi/aws'] ?? pkg.peerDependencies?.['@pulumi/aws'];
    return spec ? majorOf(spec) : undefined;
  } catch {
    return undefined;
  }
}

function fromPythonManifest(text: string): 6 | 7 | undefined {
  const line = /(?:^|[\s"'[,])pulumi[-_]aws(?![-\w])["']?\s*(?:=(?!=)\s*)?["']?([^"'\n#\]]*)/im.exec(text);
  return line ? majorOf(line[1]) : undefined;
}

/** Walks up from the file's folder; the first manifest that names the provider decides. */
export function detectAwsProvider(filePath: string): 6 | 7 | undefined {
  let dir = dirname(resolve(filePath));
  for (;;) {
    for (const name of MANIFESTS) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8');
      const major = name === 'package.json' ? fromPackageJson(text) : fromPythonManifest(text);
      if (major) return major;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
