import * as aws from '@pulumi/aws';

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';

// Resources created for infrastructure side effects, not direct reference
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const primaryPeeringRoute = new aws.ec2.Route(`primary-peering-route-${environmentSuffix}`, {
  routeTableId: 'rtb-123',
  destinationCidrBlock: '10.1.0.0/16',
  vpcPeeringConnectionId: 'pcx-123',
});

const healthCheck = new aws.route53.HealthCheck(`db-health-${environmentSuffix}`, { type: 'CALCULATED', childHealthThreshold: 1 }); // eslint-disable-line

/* eslint-disable-next-line no-unused-vars, @typescript-eslint/no-unused-vars -- kept for the dashboard */
const cpuAlarm = new aws.cloudwatch.MetricAlarm(`cpu-${environmentSuffix}`, {
  namespace: 'AWS/RDS',
  metricName: 'CPUUtilization',
  statistic: 'Average',
  period: 300,
  evaluationPeriods: 1,
  threshold: 80,
  comparisonOperator: 'GreaterThanThreshold',
});

const replicationLagAlarm = new aws.cloudwatch.MetricAlarm(`lag-${environmentSuffix}`, {
  namespace: 'AWS/RDS',
  metricName: 'AuroraGlobalDBReplicationLag',
  statistic: 'Average',
  period: 60,
  evaluationPeriods: 1,
  threshold: 1000,
  comparisonOperator: 'GreaterThanThreshold',
});

// Suppress unused variable warnings
void replicationLagAlarm;

/* eslint-disable @typescript-eslint/no-unused-vars */
const kmsAlias = new aws.kms.Alias(`alias/db-${environmentSuffix}`, { targetKeyId: 'key-123' });
