/**
 * Names models write that @pulumi/aws does not have, and what they meant,
 * seen in the corpus (`../shared/corpus/llm-pulumi`) and counted in
 * FAILURES.md. Each entry carries its evidence: the majors whose type
 * definitions lack the wrong name (`absentIn`); the right name is in both.
 * __tests__/known-confusions.test.ts checks both against the generated
 * tables (6.83.4, 7.48.0).
 */

export type Majors = readonly (6 | 7)[];
const BOTH: Majors = [6, 7];

/** `module.Class` → `module.Class`; every wrong class here is absent from both majors */
export const CLASS_RENAMES: Record<string, string> = {
  's3.BucketReplication': 's3.BucketReplicationConfig',
  's3.BucketReplicationConfiguration': 's3.BucketReplicationConfig',
  's3.BucketReplicationConfigurationV2': 's3.BucketReplicationConfig',
  'lambda.EventInvokeConfig': 'lambda.FunctionEventInvokeConfig',
  'codedeploy.App': 'codedeploy.Application',
  'cfg.AggregationAuthorization': 'cfg.AggregateAuthorization',
  'cfg.ConfigRule': 'cfg.Rule',
  'cfg.ConfigurationRecorder': 'cfg.Recorder',
  'apigateway.GatewayResponse': 'apigateway.Response',
  // API Gateway invokes a Lambda function through the function's own permission
  'apigateway.Permission': 'lambda.Permission',
  'ec2.VpcPeeringConnectionOptions': 'ec2.PeeringConnectionOptions',
};

/**
 * Modules that do not exist, and where their classes live: the class keeps
 * its name, or gains the prefix the provider gives it there
 * (`logs.MetricFilter` → `cloudwatch.LogMetricFilter`, `eventbridge.Rule` →
 * `cloudwatch.EventRule`). The first candidate the schema has wins.
 */
export const MODULE_RENAMES: Record<string, { module: string; prefixes: string[] }> = {
  logs: { module: 'cloudwatch', prefixes: ['', 'Log'] },
  cloudwatchlogs: { module: 'cloudwatch', prefixes: ['', 'Log'] },
  eventbridge: { module: 'cloudwatch', prefixes: ['Event', ''] },
  events: { module: 'cloudwatch', prefixes: ['Event', ''] },
  elbv2: { module: 'lb', prefixes: [''] },
  elasticloadbalancingv2: { module: 'lb', prefixes: [''] },
};

/**
 * Resource arguments that do not exist, by resource or input type, and the
 * argument meant. `shape` says how the value changes: `list` wraps it in a
 * one-element list (`artifactStore: {...}` → `artifactStores: [{...}]`);
 * `vpcDomain` turns `vpc: true` into `domain: "vpc"`.
 */
export interface ArgumentRename {
  to: string;
  shape?: 'list' | 'vpcDomain';
  /** the majors that do not accept the wrong argument */
  absentIn: Majors;
}

export const ARGUMENT_RENAMES: Record<string, Record<string, ArgumentRename>> = {
  'cloudwatch.MetricAlarm': { alarmName: { to: 'name', absentIn: BOTH }, description: { to: 'alarmDescription', absentIn: BOTH } },
  'ec2.Eip': { vpc: { to: 'domain', shape: 'vpcDomain', absentIn: [7] } },
  'codepipeline.Pipeline': { artifactStore: { to: 'artifactStores', shape: 'list', absentIn: BOTH } },
  'elasticache.ReplicationGroup': {
    replicationGroupDescription: { to: 'description', absentIn: BOTH },
    numberCacheClusters: { to: 'numCacheClusters', absentIn: BOTH },
  },
  'sns.TopicSubscription': { topicArn: { to: 'topic', absentIn: BOTH } },
};

/**
 * Terraform names an argument that takes another resource's id `<thing>_id`
 * (`rest_api_id`, `deployment_id`); where Pulumi's argument is `<thing>`
 * (`restApi`, `deployment`, taking the id or the resource itself) and the
 * type has no `<thing>Id`, the `Id` suffix is dropped. Value unchanged.
 */
export function terraformIdArgument(key: string, fields: Record<string, string>): string | undefined {
  const match = /^(\w+)Id$/.exec(key);
  return match && match[1] in fields && !(key in fields) ? match[1] : undefined;
}
