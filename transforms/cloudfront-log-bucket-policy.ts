/**
 * cloudfront-log-bucket-policy
 *
 * Fact: CloudFront standard logging v2 delivers access logs to S3 through
 * CloudWatch vended log delivery (LogDeliverySource → LogDelivery →
 * LogDeliveryDestination), and the S3 destination is authorised by a bucket
 * policy that grants `s3:PutObject` to the service principal
 * `delivery.logs.amazonaws.com`, not by an ACL. A policy managed in the
 * program that grants nothing to that service leaves delivery denied: the
 * program declares the whole policy the bucket has. The
 * statement is scoped to the account with `aws:SourceAccount`, read from
 * `aws.getCallerIdentity`. FACTS.md §3. Sources: Amazon CloudFront developer
 * guide, "Configure standard logging (v2)"; Amazon CloudWatch Logs user
 * guide, "Logs sent to Amazon S3" (vended logs v2); @pulumi/aws
 * cloudwatch/logDelivery.d.ts ("CloudFront Standard Logging (v2)").
 *
 * Legacy standard logging (a Distribution's `loggingConfig`) is left alone:
 * it writes through the bucket ACL (the awslogsdelivery account), so a bucket
 * policy statement does not help it; s3-acl-owner-enforced handles those
 * buckets. The fix widens a bucket policy, so it is unsafe: review it.
 */
import { v2LogBuckets } from '../lib/aws/cloudfront-log-buckets';
import {
  insertItemAfter,
  invokeOptionsLike,
  keyLike,
  policyDocuments,
  readData,
  statementsIn,
  type PolicyDocument,
  type PolicyStatement,
} from '../lib/aws/policy-documents';
import { defineRule } from '../lib/define-rule';
import type { Resource, Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';
import { indentLines, indentOf, indentUnitOf } from '../lib/text/layout';
import { requote } from '../lib/text/strings';

const DELIVERY_SERVICE = 'delivery.logs.amazonaws.com';
const SID = 'AllowCloudFrontLogDelivery';

/** The text of a `Resource` that names the objects of the bucket (`${arn}/*`), taken from a statement already in the policy. */
function objectsResource(statements: PolicyStatement[]): Value | undefined {
  const values = statements.flatMap((s) => (s.resource ? (s.resource.kind === 'array' ? s.resource.elements() : [s.resource]) : []));
  return values.find((v) => {
    const parts = v.parts();
    const last = parts[parts.length - 1];
    return last?.kind === 'literal' && last.text.endsWith('/*');
  });
}

/** The new statement, laid out from column 0 in the file's language, keys and quotes as the neighbour writes them. */
function statementText(ctx: RuleContext, neighbour: PolicyStatement, resource: string, account: string): string {
  const keySample = neighbour.object.props()[0];
  const key = (name: string) => (keySample ? keyLike(ctx.source.slice(keySample.keyRange.start, keySample.keyRange.end), name) : name);
  const str = (value: string) => requote(neighbour.object.descendants('string')[0]?.text ?? '"', value);
  const [open, close] = ctx.language === 'py' ? ['{', '}'] : ['{ ', ' }'];
  const condition = `${open}${key('StringEquals')}: ${open}${str('aws:SourceAccount')}: ${account}${close}${close}`;
  const lines = [
    `${key('Sid')}: ${str(SID)},`,
    `${key('Effect')}: ${str('Allow')},`,
    `${key('Principal')}: ${open}${key('Service')}: ${str(DELIVERY_SERVICE)}${close},`,
    `${key('Action')}: ${str('s3:PutObject')},`,
    `${key('Resource')}: ${resource},`,
    `${key('Condition')}: ${condition},`,
  ];
  const unit = indentUnitOf(ctx.source);
  return `{\n${lines.map((line) => unit + line).join('\n')}\n}`;
}

function grantsDelivery(documents: PolicyDocument[]): boolean {
  return documents.some((d) => d.top.mentions(DELIVERY_SERVICE));
}

/** The edits that add the delivery statement after the last JSON-shaped statement of a document; undefined when the document gives no place or no resource to copy. */
function addStatement(ctx: RuleContext, policy: Resource, document: PolicyDocument): Edit[] | undefined {
  const statements = statementsIn(document, ctx.source).filter((s) => s.shape === 'json');
  const last = statements[statements.length - 1];
  const resource = objectsResource(statements);
  const options = invokeOptionsLike(ctx, policy);
  if (!last || !resource || options === undefined) return undefined;
  const account = readData(ctx, document, last, {
    tsFunction: 'aws.getCallerIdentity',
    tsArgs: '{}',
    tsOptions: options || undefined,
    tsField: 'accountId',
    tsName: 'callerIdentity',
    pyFunction: 'aws.get_caller_identity',
    pyArgs: options,
    pyField: 'account_id',
    pyName: 'caller_identity',
  });
  if (!account) return undefined;
  const text = indentLines(statementText(ctx, last, resource.text, account.text), indentOf(ctx.source, last.object.start));
  const insert = insertItemAfter(ctx, last.object, text);
  return insert && [...account.edits, ...insert];
}

function checkPolicy(ctx: RuleContext, policy: Resource): void {
  const documents = policyDocuments(ctx.pulumi, policy);
  if (grantsDelivery(documents)) return;
  const fix = documents.map((d) => addStatement(ctx, policy, d)).find((edits) => edits !== undefined);
  const at = policy.arg('policy') ?? policy;
  if (fix) ctx.report(at, 'addDeliveryStatement', { fix: () => fix });
  else ctx.report(at, 'grantDelivery');
}

function check(ctx: RuleContext): void {
  const policies = ctx.pulumi.resources('aws.s3.BucketPolicy');
  for (const bucket of v2LogBuckets(ctx.pulumi)) {
    const own = policies.filter((p) => {
      const ref = p.arg('bucket')?.value;
      return ref !== undefined && ctx.pulumi.resourceOf(ref) === bucket;
    });
    if (own.length === 0) ctx.report(bucket, 'noBucketPolicy');
    for (const policy of own) checkPolicy(ctx, policy);
  }
}

export default defineRule({
  meta: {
    id: 'cloudfront-log-bucket-policy',
    title: 'CloudFront log bucket policy without the log delivery service',
    description: 'Adds to the bucket policy of a CloudFront standard logging (v2) bucket the statement that lets delivery.logs.amazonaws.com write, scoped to the account',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'unsafe',
    messages: {
      addDeliveryStatement:
        'CloudFront standard logging (v2) writes to this bucket as ' + DELIVERY_SERVICE + ', which this bucket policy does not allow: grant it s3:PutObject on the bucket\'s objects, for this account only (aws:SourceAccount). The fix adds that statement (it widens the policy: review it)',
      grantDelivery:
        'CloudFront standard logging (v2) writes to this bucket as ' + DELIVERY_SERVICE + ', which this bucket policy does not allow: add a statement granting it s3:PutObject on the bucket\'s objects, with the condition aws:SourceAccount = your account ID',
      noBucketPolicy:
        'CloudFront standard logging (v2) writes to this bucket as ' + DELIVERY_SERVICE + ', and the program gives the bucket no policy: add an aws.s3.BucketPolicy granting that service s3:PutObject on the bucket\'s objects, with the condition aws:SourceAccount = your account ID',
    },
    fact: 'CloudFront standard logging v2 delivers to S3 through CloudWatch vended log delivery, authorised by a bucket policy granting s3:PutObject to delivery.logs.amazonaws.com (scoped with aws:SourceAccount); legacy standard logging uses the bucket ACL instead.',
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-infrastructure-V2-S3.html',
      '@pulumi/aws cloudwatch/logDelivery.d.ts, logDeliverySource.d.ts ("For Amazon CloudFront, the valid value is ACCESS_LOGS")',
      'FACTS.md §3',
    ],
  },
  ts: check,
  py: check,
});
