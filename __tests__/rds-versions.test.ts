/**
 * The generated RDS version table and the questions rds-engine-version asks of it.
 */
import { RDS_VERSIONS, compareVersions, majorOf, replacementFor, statusOf } from '../lib/aws/rds-versions';

describe('the generated table', () => {
  it('names its source package and date', () => {
    expect(RDS_VERSIONS.source).toMatch(/^aws-cdk-lib@\d+\.\d+\.\d+ /);
    expect(RDS_VERSIONS.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(['postgres', 'mysql', 'mariadb', 'aurora-postgresql', 'aurora-mysql'])('lists offered and retired %s versions, sorted, disjoint', (engine) => {
    const { offered, retired } = RDS_VERSIONS.engines[engine];
    expect(offered.length).toBeGreaterThan(5);
    expect(retired.length).toBeGreaterThan(5);
    expect([...offered].sort(compareVersions)).toEqual(offered);
    expect(offered.filter((v) => retired.includes(v))).toEqual([]);
  });
});

describe('compareVersions', () => {
  it.each([
    ['14.9', '14.12', -1],
    ['14.12', '14.12', 0],
    ['15', '14.22', 1],
    ['14', '14.1', -1],
    ['5.7.44', '5.7.44-rds.20250103', -1],
  ])('%s vs %s', (a, b, sign) => expect(Math.sign(compareVersions(a, b))).toBe(sign));
});

describe('majorOf', () => {
  it.each([
    ['postgres', '14.7', '14'],
    ['postgres', '9.6.22', '9.6'],
    ['aurora-postgresql', '15.4', '15'],
    ['mysql', '8.0.28', '8.0'],
    ['mariadb', '10.6.10', '10.6'],
    ['aurora-mysql', '8.0.mysql_aurora.3.02.0', '8.0'],
  ])('%s %s → %s', (engine, version, major) => expect(majorOf(engine, version)).toBe(major));
});

describe('statusOf and replacementFor', () => {
  const newest14 = RDS_VERSIONS.engines.postgres.offered.filter((v) => /^14\.\d+$/.test(v)).pop();

  it('treats offered, partial and newer-than-the-table versions as valid', () => {
    expect(statusOf('postgres', newest14!)).toBe('offered');
    expect(statusOf('postgres', '14')).toBe('offered');
    expect(statusOf('aurora-mysql', '8.0')).toBe('partial');
    expect(statusOf('postgres', '14.999')).toBe('newer');
    expect(statusOf('sqlserver-ex', '15.00')).toBeUndefined();
  });

  it('maps a retired minor to the newest of its major, or to the major alone', () => {
    expect(statusOf('postgres', '14.7')).toBe('retired');
    expect(replacementFor('postgres', '14.7', false)).toBe(newest14);
    expect(replacementFor('postgres', '14.7', true)).toBe('14');
    // Aurora has no major-only versions: the newest minor either way
    expect(replacementFor('aurora-postgresql', '15.4', true)).toMatch(/^15\.\d+$/);
  });

  it('has no replacement when the whole major is retired', () => {
    expect(replacementFor('postgres', '9.6.22', false)).toBeUndefined();
  });
});
