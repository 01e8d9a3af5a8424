import * as aws from '@pulumi/aws';

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';

const trail = new aws.cloudtrail.Trail(`audit-trail-${environmentSuffix}`, {
  s3BucketName: `audit-logs-${environmentSuffix}`,
  isMultiRegionTrail: true,
});
const _trailAlarm = new aws.cloudwatch.MetricAlarm(`audit-trail-alarm-${environmentSuffix}`, {
  namespace: 'CloudTrailMetrics',
  metricName: 'ErrorCount',
  statistic: 'Sum',
  period: 300,
  evaluationPeriods: 1,
  threshold: 1,
  comparisonOperator: 'GreaterThanOrEqualToThreshold',
});
