/**
 * `npm run generate:rds -- [aws-cdk-lib version]`: writes
 * lib/aws/generated/rds-engine-versions.json, the RDS engine versions that
 * aws-cdk-lib's `aws-rds` module enumerates (FACTS.md §6.1), split into the
 * ones AWS offers and the ones CDK marks `@deprecated ... no longer
 * supported by Amazon RDS`.
 *
 * The package is fetched with `npm pack` (it is not a dependency of iacfix)
 * and only the four engine files are read: the minified `.js` holds the exact
 * version strings, the `.d.ts` the deprecation tags.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareVersions, type EngineVersions, type RdsVersionTable } from '../lib/aws/rds-table';

const DEFAULT_VERSION = '2.276.0';
const FILES = ['instance-engine', 'cluster-engine'];

/** CDK class → RDS engine name. Oracle and SQL Server are left out: their versions are patch-set strings models rarely write. */
const ENGINES: Record<string, string> = {
  PostgresEngineVersion: 'postgres',
  MysqlEngineVersion: 'mysql',
  MariaDbEngineVersion: 'mariadb',
  AuroraPostgresEngineVersion: 'aurora-postgresql',
  AuroraMysqlEngineVersion: 'aurora-mysql',
};


/** `static VER_14_12=PostgresEngineVersion.of("14.12","14",…)` / `…builtIn_8_0("3.08.0")` / `…builtIn_5_7("12",!1)` */
const MEMBER = /static (VER_\w+)=(\w+)\.(of|builtIn_5_7|builtIn_8_0)\("([^"]+)"(?:,"[^"]*")?(,!1)?/g;

function fullVersion(factory: string, version: string, noPrefix: boolean): string {
  if (factory === 'of') return version;
  const mysql = factory === 'builtIn_8_0' ? '8.0' : '5.7';
  return `${mysql}.${noPrefix ? '' : 'mysql_aurora.'}${version}`;
}

/** `Class.VER_x` names whose doc comment says `@deprecated`, per class. */
function deprecatedMembers(dts: string): Set<string> {
  const deprecated = new Set<string>();
  for (const part of dts.split(/export declare class /).slice(1)) {
    const className = /^\w+/.exec(part)?.[0];
    const member = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*static readonly (VER_\w+)/g;
    for (const m of part.matchAll(member)) if (m[1].includes('@deprecated')) deprecated.add(`${className}.${m[2]}`);
  }
  return deprecated;
}

function extract(dir: string): Record<string, EngineVersions> {
  const engines: Record<string, EngineVersions> = {};
  for (const file of FILES) {
    const js = readFileSync(join(dir, `${file}.js`), 'utf8');
    const dts = readFileSync(join(dir, `${file}.d.ts`), 'utf8');
    const deprecated = deprecatedMembers(dts);
    for (const [, member, className, factory, version, noPrefix] of js.matchAll(MEMBER)) {
      const engine = ENGINES[className];
      if (!engine) continue;
      const entry = (engines[engine] ??= { offered: [], retired: [] });
      const full = fullVersion(factory, version, Boolean(noPrefix));
      // members that exist only in the runtime .js are ancient versions (FACTS.md §6.1): retired
      const typed = dts.includes(` ${member}: ${className};`);
      const list = deprecated.has(`${className}.${member}`) || !typed ? entry.retired : entry.offered;
      if (!list.includes(full)) list.push(full);
    }
  }
  for (const entry of Object.values(engines)) {
    entry.offered.sort(compareVersions);
    entry.retired = entry.retired.filter((v) => !entry.offered.includes(v)).sort(compareVersions);
  }
  return engines;
}

function main(): void {
  const version = process.argv[2] ?? DEFAULT_VERSION;
  const work = mkdtempSync(join(tmpdir(), 'iacfix-rds-'));
  try {
    const tarball = execFileSync('npm', ['pack', `aws-cdk-lib@${version}`, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim();
    const members = FILES.flatMap((f) => [`package/aws-rds/lib/${f}.js`, `package/aws-rds/lib/${f}.d.ts`]);
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, ...members]);
    const published = JSON.parse(execFileSync('npm', ['view', `aws-cdk-lib@${version}`, 'time', '--json'], { encoding: 'utf8' }))[version] as string;
    const table: RdsVersionTable = {
      source: `aws-cdk-lib@${version} aws-rds/lib/{instance,cluster}-engine`,
      published: published.slice(0, 10),
      generated: new Date().toISOString().slice(0, 10),
      engines: extract(join(work, 'package', 'aws-rds', 'lib')),
    };
    const outDir = join(__dirname, '..', '..', 'lib', 'aws', 'generated');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'rds-engine-versions.json'), `${JSON.stringify(table, null, 1)}\n`);
    for (const [engine, v] of Object.entries(table.engines)) console.log(`${engine}: ${v.offered.length} offered, ${v.retired.length} retired`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) main();
