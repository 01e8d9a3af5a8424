import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export const sharedTopic = new aws.sns.Topic('shared-alerts');
const auditTopic = new aws.sns.Topic('audit-alerts');
export { auditTopic };

export class TapStack extends pulumi.ComponentResource {
  public readonly table: aws.dynamodb.Table;
  private readonly queue: aws.sqs.Queue;

  constructor(name: string, environmentSuffix: string, opts?: pulumi.ResourceOptions) {
    super('tap:stack:TapStack', name, {}, opts);

    this.table = new aws.dynamodb.Table(`orders-${environmentSuffix}`, {
      attributes: [{ name: 'id', type: 'S' }],
      hashKey: 'id',
    }, { parent: this });

    const queue = new aws.sqs.Queue(`orders-${environmentSuffix}`, {}, { parent: this });
    this.queue = queue;

    const role = new aws.iam.Role(`processor-role-${environmentSuffix}`, {
      assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
    }, { parent: this });
    const attachment = new aws.iam.RolePolicyAttachment(`processor-basic-${environmentSuffix}`, {
      role: role.name,
      policyArn: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole,
    }, { parent: this });

    const fn = new aws.lambda.Function(`processor-${environmentSuffix}`, {
      role: role.arn,
      runtime: 'nodejs20.x',
      handler: 'index.handler',
      code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => {};') }),
    }, { parent: this, dependsOn: [attachment] });

    const logGroup = new aws.cloudwatch.LogGroup(`processor-logs-${environmentSuffix}`, { retentionInDays: 14 }, { parent: this });
    const outputs = { logGroup };
    const dashboardBody = pulumi.all([fn.name]).apply(([fnName]) => {
      const alarm = new aws.cloudwatch.MetricAlarm(`processor-errors-${environmentSuffix}`, {
        namespace: 'AWS/Lambda',
        metricName: 'Errors',
        dimensions: { FunctionName: fnName },
        statistic: 'Sum',
        period: 60,
        evaluationPeriods: 1,
        threshold: 1,
        comparisonOperator: 'GreaterThanOrEqualToThreshold',
      }, { parent: this });
      return JSON.stringify({ alarm: alarm.urn });
    });

    let schedule = new aws.cloudwatch.EventRule(`processor-schedule-${environmentSuffix}`, { scheduleExpression: 'rate(5 minutes)' }, { parent: this });
    schedule = new aws.cloudwatch.EventRule(`processor-schedule-2-${environmentSuffix}`, { scheduleExpression: 'rate(1 hour)' }, { parent: this });

    const topicPolicyType: typeof sharedTopic | undefined = undefined;
    this.registerOutputs({ tableName: this.table.name, outputs, dashboardBody, topicPolicyType });
  }
}
