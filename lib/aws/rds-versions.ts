/**
 * The RDS engine versions AWS offers, from the table that
 * scripts/generate-rds-versions.ts generates out of aws-cdk-lib (FACTS.md
 * §6.1), and the questions rules ask of it.
 */
import table from './generated/rds-engine-versions.json';
import { compareVersions, type RdsVersionTable } from './rds-table';

export { compareVersions };

export const RDS_VERSIONS: RdsVersionTable = table;

/**
 * The major a version belongs to: PostgreSQL from 10 on is numbered by its
 * first component ('14.7' → '14'), older PostgreSQL, MySQL, MariaDB and
 * Aurora MySQL by two ('9.6.1' → '9.6', '8.0.mysql_aurora.3.02.0' → '8.0').
 */
export function majorOf(engine: string, version: string): string {
  const [first, second] = version.split('.');
  const byFirst = engine.includes('postgres') && Number(first) >= 10;
  return byFirst || second === undefined ? first : `${first}.${second}`;
}

export type VersionStatus = 'offered' | 'partial' | 'retired' | 'unknown' | 'newer';

/**
 * 'offered' and 'partial' (a prefix such as '8.0' that the API resolves) are
 * valid; 'newer' is beyond the table, which lags AWS, so it may be valid too.
 */
export function statusOf(engine: string, version: string): VersionStatus | undefined {
  const entry = RDS_VERSIONS.engines[engine];
  if (!entry) return undefined;
  if (entry.offered.includes(version)) return 'offered';
  if (entry.offered.some((v) => v.startsWith(`${version}.`))) return 'partial';
  if (entry.retired.includes(version)) return 'retired';
  const sameMajor = entry.offered.filter((v) => majorOf(engine, v) === majorOf(engine, version));
  const newest = sameMajor[sameMajor.length - 1];
  return newest && compareVersions(version, newest) > 0 ? 'newer' : 'unknown';
}

/**
 * The version to write instead of a retired or unknown one: the newest
 * offered version of the same major, or with `majorOnly` the major itself
 * when AWS accepts it alone. Undefined when the whole major is gone.
 */
export function replacementFor(engine: string, version: string, majorOnly: boolean): string | undefined {
  const entry = RDS_VERSIONS.engines[engine];
  if (!entry) return undefined;
  const major = majorOf(engine, version);
  if (majorOnly && entry.offered.includes(major)) return major;
  const candidates = entry.offered.filter((v) => v !== major && majorOf(engine, v) === major);
  return candidates[candidates.length - 1];
}
