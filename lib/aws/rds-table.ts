/**
 * The shape of the generated RDS engine-version table, and the version order
 * both its generator and the rules use.
 */
export interface EngineVersions {
  /** versions AWS offers, oldest first; a major-only entry ('14', '8.0') means the major alone is accepted */
  offered: string[];
  /** versions CDK marks as no longer supported by Amazon RDS */
  retired: string[];
}

export interface RdsVersionTable {
  source: string;
  published: string;
  generated: string;
  engines: Record<string, EngineVersions>;
}

function parts(version: string): (number | string)[] {
  return version.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Orders versions by their numeric components: '14.9' < '14.12' < '15'. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

