/**
 * apigateway-deployment-stage
 *
 * Fact: @pulumi/aws 7 removed the `stageName`, `stageDescription` and
 * `canarySettings` inputs and the `invokeUrl` / `executionArn` outputs of
 * `aws.apigateway.Deployment`; a stage is an `aws.apigateway.Stage` of its
 * own, with `deployment`, `restApi` and `stageName`, and the invoke URL is the
 * stage's. FACTS.md §4.4; pulumi/pulumi-aws docs/version-7-upgrade.md;
 * @pulumi/aws 6.83.4 and 7.48.0 apigateway/deployment.d.ts and stage.d.ts.
 */
import { defineRule } from '../lib/define-rule';
import { providerRefs } from '../lib/aws/provider-refs';
import { targetSchema } from '../lib/aws/target-schema';
import type { Prop, PulumiFile, Resource, Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import { replaceRange, type Edit } from '../lib/text/edits';
import { insertStatementAfter } from '../lib/text/layout';
import { statementEnd, writeResource } from '../lib/pulumi/placement';
import { unusedName } from '../lib/text/names';
import { snakeToCamel } from '../lib/pulumi/py/names';

/** The Deployment inputs v7 removed that a Stage takes, under the Stage's name. */
const MOVED = { stageName: 'stageName', stageDescription: 'description' } as const;
/** The Deployment outputs v7 removed that the Stage has (`stageName` too: a usage plan's `apiStages` reads it). */
const STAGE_OUTPUTS = ['invokeUrl', 'executionArn', 'stageName'];

/** `deployment.invokeUrl`, `self.deployment.execution_arn`: reads of removed outputs, with the field as written. */
function stageOutputReads(deployment: Resource, pulumi: PulumiFile): { read: Value; field: string }[] {
  const fields = STAGE_OUTPUTS.map((f) => pulumi.propName(f));
  return pulumi.expressions('member').flatMap((read) => {
    const path = read.path();
    const field = path?.[path.length - 1];
    if (!field || !fields.includes(field) || pulumi.resourceOf(read) !== deployment) return [];
    return [{ read, field }];
  });
}

/** Points `deployment.invokeUrl` at the stage: `stage.invokeUrl`. */
function repoint(reads: { read: Value; field: string }[], stage: string): Edit[] {
  return reads.map(({ read, field }) => replaceRange(read.start, read.end - field.length - 1, stage));
}

/** The logical name with `-stage` added inside its closing quote: `"api-deployment"` → `"api-deployment-stage"`. */
function stageName(name: Value | undefined): string | undefined {
  const text = name?.text;
  return text && /["'`]$/.test(text) && (name.kind === 'string' || name.kind === 'template') ? `${text.slice(0, -1)}-stage${text.slice(-1)}` : undefined;
}

/** The text of a new `aws.apigateway.Stage` statement, with the deployment's parent and provider options. */
function stageStatement(ctx: RuleContext, deployment: Resource, variable: string, binding: string, moved: Prop[]): string | undefined {
  const name = stageName(deployment.name);
  const restApi = deployment.arg('restApi');
  const stage = ctx.pulumi.spell('aws.apigateway.Stage');
  if (!name || !restApi || !stage) return undefined;
  const args: [string, string][] = [
    ['restApi', restApi.value.text],
    ['deployment', `${binding}.id`],
    ...moved.map((p): [string, string] => [MOVED[snakeToCamel(p.key) as keyof typeof MOVED], p.value.text]),
  ];
  const options = ['parent', 'provider'].flatMap((option): [string, string][] => {
    const value = deployment.option(option)?.value.text;
    return value ? [[option, value]] : [];
  });
  const resource = { variable, className: stage, logicalName: name, args, options };
  return writeResource(ctx.pulumi, ctx.source, resource, statementEnd(ctx.source, deployment.statement));
}

function checkDeployment(deployment: Resource, ctx: RuleContext, stages: Resource[], version: string): void {
  const moved = (Object.keys(MOVED) as (keyof typeof MOVED)[]).flatMap((name) => deployment.arg(name) ?? []);
  const canary = deployment.arg('canarySettings');
  if (canary) ctx.report(canary, 'canarySettings', { data: { version } });
  if (moved.length === 0) return;
  const at = moved[0];
  const data = { key: at.key, version };
  const reads = stageOutputReads(deployment, ctx.pulumi);
  const removal = moved.map((p) => p.remove());

  const existing = stages.find((s) => {
    const target = s.arg('deployment')?.value;
    return target && ctx.pulumi.resourceOf(target) === deployment;
  });
  if (existing) {
    if (reads.length > 0 && !existing.binding) return ctx.report(at, 'cannotMove', { data });
    ctx.report(at, 'existingStage', { data, fix: () => [...removal, ...repoint(reads, existing.binding as string)] });
    return;
  }
  // a class field would need declaring in TypeScript; a Python attribute does not
  if (deployment.binding?.startsWith('this.')) return ctx.report(at, 'cannotMove', { data });
  const binding = deployment.binding ?? unusedName(ctx.source, 'deployment');
  const bind = deployment.binding ? [] : deployment.bind(binding);
  const own = binding.replace(/^self\./, '');
  const suffix = ctx.language === 'py' ? '_stage' : 'Stage';
  const variable = `${binding.startsWith('self.') ? 'self.' : ''}${unusedName(ctx.source, `${own}${suffix}`)}`;
  const statement = stageStatement(ctx, deployment, variable, binding, moved);
  if (!statement || !bind) return ctx.report(at, 'cannotMove', { data });
  ctx.report(at, 'newStage', {
    data: { ...data, stage: variable },
    fix: () => [...bind, ...removal, insertStatementAfter(ctx.source, deployment.statement, statement), ...repoint(reads, variable)],
  });
}

function check(ctx: RuleContext): void {
  const refs = providerRefs(ctx.pulumi);
  if (refs.length === 0) return;
  const schema = targetSchema(ctx.options, refs);
  if (schema.resourceArgs('apigateway', 'Deployment')?.stageName !== undefined) return;
  const stages = ctx.pulumi.resources('aws.apigateway.Stage');
  for (const deployment of ctx.pulumi.resources('aws.apigateway.Deployment')) checkDeployment(deployment, ctx, stages, schema.label);
}

export default defineRule({
  meta: {
    id: 'apigateway-deployment-stage',
    title: 'API Gateway Deployment with a stage (removed in provider v7)',
    description: 'Moves stageName / stageDescription off apigateway.Deployment into an apigateway.Stage (the existing one, or a new one) and points invokeUrl / executionArn readers at the stage',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      newStage: '`{{key}}` is not an argument of aws.apigateway.Deployment in {{version}}: the stage is now an aws.apigateway.Stage (`{{stage}}`), which also has the invoke URL',
      existingStage: '`{{key}}` is not an argument of aws.apigateway.Deployment in {{version}}, and the program already has the aws.apigateway.Stage for this deployment: removed',
      cannotMove: '`{{key}}` is not an argument of aws.apigateway.Deployment in {{version}}: create an aws.apigateway.Stage with `deployment`, `restApi` and `stageName`, and read `invokeUrl` from it',
      canarySettings: '`canarySettings` is not an argument of aws.apigateway.Deployment in {{version}}: set it on the aws.apigateway.Stage (its shape differs: it names the deployment)',
    },
    fact: '@pulumi/aws 7 removed stageName, stageDescription and canarySettings from aws.apigateway.Deployment, and its invokeUrl and executionArn outputs; a stage is an aws.apigateway.Stage with deployment, restApi and stageName, and has the invoke URL.',
    sources: [
      '@pulumi/aws 6.83.4 and 7.48.0 apigateway/deployment.d.ts, apigateway/stage.d.ts',
      'pulumi/pulumi-aws docs/version-7-upgrade.md',
      '../shared/FACTS.md §4.4',
    ],
  },
  ts: check,
  py: check,
});
