/**
 * The S3 naming rules behind s3-bucket-name (FACTS.md §2.1, §2.2).
 */
import { namingProblems, repairName, repairText, unrepairableReason } from '../lib/aws/s3-bucket-names';

describe('S3 bucket names', () => {
  it.each(['my-bucket', 'acme.logs-01', 'a1b', 'analytics-111122223333-us-west-2-an'])('accepts %s', (name) => {
    expect(namingProblems(name, 'bucket')).toEqual([]);
    expect(unrepairableReason(name, 'bucket')).toBeUndefined();
  });

  it.each([
    ['My_Bucket', 'my-bucket'],
    ['-Logs..Archive-', 'logs.archive'],
    ['data .-bucket.', 'data-bucket'],
    ['x'.repeat(60) + '_yyyy', 'x'.repeat(60) + '-yy'],
  ])('repairs %s to %s', (name, fixed) => {
    expect(namingProblems(name, 'bucket').length).toBeGreaterThan(0);
    expect(repairName(name, 'bucket')).toBe(fixed);
  });

  it('lets a prefix end in "-" and caps it at 37 characters', () => {
    expect(namingProblems('uploads-', 'prefix')).toEqual([]);
    expect(repairName('Uploads_For_The_Customer_Processing_Stage_', 'prefix')).toBe('uploads-for-the-customer-processing-s');
  });

  it('keeps the case of logical names, which Pulumi lowercases, and caps them at 55', () => {
    expect(namingProblems('MyLogsBucket', 'logical')).toEqual([]);
    expect(repairName('My_Logs_Bucket.', 'logical')).toBe('My-Logs-Bucket');
    expect(repairName('a'.repeat(56), 'logical')).toHaveLength(55);
  });

  it('repairs a template piece only at the edges it touches', () => {
    const middle = { atStart: false, atEnd: false };
    expect(namingProblems('-', 'bucket', { edges: middle })).toEqual([]);
    expect(repairText('_Logs_', 'bucket', { edges: middle })).toBe('-logs-');
  });

  it.each([
    ['xn--bucket', 'xn--'],
    ['sthree-configurator', 'sthree-'],
    ['reports--ol-s3', '--ol-s3'],
    ['192.168.5.4', 'IP address'],
    ['ab', 'at least 3'],
  ])('reports %s without a repair', (name, why) => {
    expect(unrepairableReason(name, 'bucket')).toContain(why);
  });
});
