/**
 * alb-log-bucket-policy-principal
 *
 * Fact: an Application (or Classic) Load Balancer writes its access logs as
 * the ELB account of its Region in Regions opened before August 2022
 * (`Principal: {"AWS": "arn:aws:iam::<elb-account-id>:root"}`), and as the
 * service principal `logdelivery.elasticloadbalancing.amazonaws.com` in later
 * Regions; `elasticloadbalancing.amazonaws.com` is neither, so delivery is
 * denied. The account differs per Region, so a hard-coded one breaks when
 * the stack moves (the seed's own "fix" hard-codes us-east-2's account for a
 * us-east-1 stack). `aws.elb.getServiceAccount` returns the Region's account,
 * and fails with "unsupported AWS Region" in the later Regions. When the
 * Region is not visible in the program, both statements are granted, the
 * pattern terraform-aws-modules/s3-bucket uses. FACTS.md §1.2-1.4. Sources:
 * AWS ALB user guide "Enable access logs" (Step 2: attach a policy to your S3
 * bucket); terraform-provider-aws internal/service/elb/service_account_data_source.go;
 * @pulumi/aws elb/getServiceAccount.d.ts.
 */
import { ELB_LOG_DELIVERY_SERVICE, elbLogPrincipalIn, isElbAccountPrincipal, type ElbLogPrincipal } from '../lib/aws/elb-accounts';
import { loadBalancersLoggingTo, usesElbLogDelivery } from '../lib/aws/elb-log-buckets';
import {
  allows,
  dropTrailingComment,
  insertItemAfter,
  invokeOptionsLike,
  jsonTexts,
  keyLike,
  policyDocuments,
  readData,
  rewrittenCopy,
  statementsIn,
  type DataSource,
  type PolicyDocument,
  type PolicyStatement,
  type PrincipalGrant,
} from '../lib/aws/policy-documents';
import { sharedStaticRegion } from '../lib/aws/static-region';
import { defineRule } from '../lib/define-rule';
import type { Resource, Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';
import { replaceRange, type Edit } from '../lib/text/edits';
import { requote } from '../lib/text/strings';

const WRONG_SERVICE = 'elasticloadbalancing.amazonaws.com';
/** Appended to the Sid of the service-principal copy, so Sids stay unique. */
const COPY_SID_SUFFIX = 'ServicePrincipal';
const ACCOUNT_ARN = /arn:aws[a-z-]*:iam::\d{12}:root/g;

/** A statement granting ALB log delivery to the wrong principal. */
interface WrongGrant {
  statement: PolicyStatement;
  grant: PrincipalGrant;
  principal: string;
  /** a hard-coded account: a comment after it describes the literal the fix replaces */
  hardCoded: boolean;
}

function wrongGrantOf(statement: PolicyStatement): WrongGrant | undefined {
  if (!allows(statement, 's3:PutObject')) return undefined;
  for (const grant of statement.principals ?? []) {
    const wrong = grant.identifiers.find((id) => id.string !== undefined && ((grant.type === 'Service' && id.string === WRONG_SERVICE) || (grant.type === 'AWS' && isElbAccountPrincipal(id.string))));
    const hardCoded = grant.type === 'AWS';
    if (wrong?.string !== undefined) return { statement, grant, hardCoded, principal: hardCoded ? `the hard-coded ELB account ${wrong.string}` : `the service ${wrong.string}` };
  }
  return undefined;
}

/** Only a statement whose one principal is the one wrong identifier can be rewritten without touching other grants. */
function isRewritable(wrong: WrongGrant): boolean {
  return wrong.statement.principals?.length === 1 && wrong.grant.identifiers.length === 1;
}

/** How the load balancers must be granted: as the Region the program shows requires, or both ways when it shows none. */
interface RegionGrant {
  kind: ElbLogPrincipal | 'both';
  region?: string;
}

function principalFor(ctx: RuleContext, policy: Resource, loadBalancers: Resource[]): RegionGrant {
  const region = sharedStaticRegion(ctx.pulumi, [policy, ...loadBalancers]);
  const kind = region ? elbLogPrincipalIn(region) : undefined;
  return kind ? { kind, region } : { kind: 'both' };
}

/** `aws.elb.getServiceAccount`, for the known Region, or through the policy's own provider. */
function serviceAccountSource(ctx: RuleContext, policy: Resource, region: string | undefined, quoteLike: string): DataSource | undefined {
  const quoted = region && requote(quoteLike, region);
  const options = quoted ? '' : invokeOptionsLike(ctx, policy);
  if (options === undefined) return undefined;
  return {
    tsFunction: 'aws.elb.getServiceAccount',
    tsArgs: quoted ? `{ region: ${quoted} }` : '{}',
    tsOptions: options || undefined,
    tsField: 'arn',
    tsName: 'elbAccount',
    pyFunction: 'aws.elb.get_service_account',
    pyArgs: quoted ? `region=${quoted}` : options,
    pyField: 'arn',
    pyName: 'elb_service_account',
  };
}

/** A string literal of the statement, to copy its quotes. */
function quoteSample(statement: PolicyStatement): string {
  return statement.object.descendants('string')[0]?.text ?? '"';
}

/** Edits that make `grant` say `type` with the one identifier `identifier` (an expression in the file's language). */
function regrant(statement: PolicyStatement, grant: PrincipalGrant, type: string, identifier: string): Edit[] {
  const typeText = statement.shape === 'json' ? keyLike(grant.typeText, type) : requote(grant.typeText, type);
  const identifiers = statement.shape === 'json' ? identifier : `[${identifier}]`;
  return [replaceRange(grant.typeAt.start, grant.typeAt.end, typeText), grant.identifiersAt.replace(identifiers)];
}

function serviceGrant(wrong: WrongGrant): Edit[] {
  return regrant(wrong.statement, wrong.grant, 'Service', requote(quoteSample(wrong.statement), ELB_LOG_DELIVERY_SERVICE));
}

/** A second statement, the same as `wrong` but granted to the logdelivery service, with its own Sid. */
function serviceCopy(ctx: RuleContext, wrong: WrongGrant): Edit[] | undefined {
  const { object } = wrong.statement;
  const sid = object.props().find((p) => p.key === 'Sid' || p.key === 'sid')?.value;
  const sidEdit = sid?.string !== undefined ? [sid.replace(requote(sid.text, `${sid.string}${COPY_SID_SUFFIX}`))] : [];
  const copy = rewrittenCopy(ctx.source, object, [...sidEdit, ...serviceGrant(wrong), ...dropTrailingComment(ctx, wrong.grant.identifiersAt)]);
  return insertItemAfter(ctx, object, copy);
}

function fixDocument(ctx: RuleContext, document: PolicyDocument, wrongs: WrongGrant[], grant: RegionGrant, policy: Resource): Edit[] | undefined {
  const stale = wrongs.filter((w) => w.hardCoded).flatMap((w) => dropTrailingComment(ctx, w.grant.identifiersAt));
  const edits = fixStatements(ctx, document, wrongs, grant, policy);
  return edits && [...edits, ...stale];
}

function fixStatements(ctx: RuleContext, document: PolicyDocument, wrongs: WrongGrant[], grant: RegionGrant, policy: Resource): Edit[] | undefined {
  if (grant.kind === 'service') return wrongs.flatMap(serviceGrant);
  const source = serviceAccountSource(ctx, policy, grant.region, quoteSample(wrongs[0].statement));
  const account = source && readData(ctx, document, wrongs[0].statement, source);
  if (!account) return undefined;
  const edits = [...account.edits, ...wrongs.flatMap((w) => regrant(w.statement, w.grant, 'AWS', account.text))];
  if (grant.kind === 'account') return edits;
  const copies = wrongs.map((w) => serviceCopy(ctx, w));
  return copies.every((c): c is Edit[] => c !== undefined) ? [...edits, ...copies.flat()] : undefined;
}

/** JSON policy text (not edited) that grants s3:PutObject to the wrong service or a hard-coded ELB account. */
function mentionsWrongPrincipal(json: Value): boolean {
  const text = json.text.split(ELB_LOG_DELIVERY_SERVICE).join('');
  const hardCoded = [...text.matchAll(ACCOUNT_ARN)].some((m) => isElbAccountPrincipal(m[0]));
  return text.includes('s3:PutObject') && (text.includes(WRONG_SERVICE) || hardCoded);
}

const MESSAGES_BY_KIND = { account: 'useElbAccount', service: 'useLogDeliveryService', both: 'useBoth' } as const;

function checkPolicy(ctx: RuleContext, policy: Resource): void {
  const bucket = policy.arg('bucket')?.value;
  const loadBalancers = bucket ? loadBalancersLoggingTo(ctx.pulumi, bucket) : [];
  // a bucket only NLBs log to: NLB delivery uses delivery.logs.amazonaws.com (FACTS.md §1.2)
  if (loadBalancers.length > 0 && !loadBalancers.some(usesElbLogDelivery)) return;
  const grant = principalFor(ctx, policy, loadBalancers);
  const dataSource = ctx.language === 'py' ? 'aws.elb.get_service_account()' : 'aws.elb.getServiceAccount()';
  const documents = policyDocuments(ctx.pulumi, policy);
  for (const document of documents) {
    const wrongs = statementsIn(document, ctx.source).flatMap((s) => wrongGrantOf(s) ?? []);
    const rewritable = wrongs.filter(isRewritable);
    for (const wrong of wrongs.filter((w) => !isRewritable(w))) ctx.report(wrong.grant.identifiersAt, 'grantWrongPrincipal', { data: { principal: wrong.principal, dataSource } });
    for (const text of jsonTexts(document).filter(mentionsWrongPrincipal)) ctx.report(text, 'grantWrongPrincipal', { data: { principal: `the service ${WRONG_SERVICE} or a hard-coded ELB account`, dataSource } });
    if (rewritable.length === 0) continue;
    const first = rewritable[0];
    const fix = fixDocument(ctx, document, rewritable, grant, policy);
    const data = { principal: first.principal, region: grant.region ?? '', dataSource };
    ctx.report(first.grant.identifiersAt, fix ? MESSAGES_BY_KIND[grant.kind] : 'grantWrongPrincipal', { data, fix: fix && (() => fix) });
  }
  const callsDataSource = documents.some((d) => d.top.mentions(ctx.language === 'py' ? 'get_service_account' : 'getServiceAccount'));
  if (grant.kind === 'service' && grant.region && callsDataSource) ctx.report(documents[0].top, 'dataSourceFails', { data: { region: grant.region, dataSource } });
}

function check(ctx: RuleContext): void {
  for (const policy of ctx.pulumi.resources('aws.s3.BucketPolicy')) checkPolicy(ctx, policy);
}

export default defineRule({
  meta: {
    id: 'alb-log-bucket-policy-principal',
    title: 'ALB log bucket policy granted to the wrong principal',
    description: 'Grants ALB access-log delivery to the Region\'s ELB account (aws.elb.getServiceAccount) or to logdelivery.elasticloadbalancing.amazonaws.com instead of elasticloadbalancing.amazonaws.com or a hard-coded account',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      useElbAccount:
        'A load balancer writes its access logs as the ELB account of its Region, not as {{principal}}: s3:PutObject is now granted to that account, read with {{dataSource}}',
      useLogDeliveryService:
        'In {{region}}, a Region opened after August 2022, a load balancer writes its access logs as the service ' + ELB_LOG_DELIVERY_SERVICE + ', not as {{principal}}: s3:PutObject is now granted to that service',
      useBoth:
        'A load balancer writes its access logs as the ELB account of its Region (Regions opened before August 2022) or as ' + ELB_LOG_DELIVERY_SERVICE + ' (later Regions), not as {{principal}}. The program does not show its Region, so both are granted: the account, read with {{dataSource}}, and the service in a second statement. In a later Region {{dataSource}} fails: drop the account statement there',
      grantWrongPrincipal:
        'A load balancer writes its access logs as the ELB account of its Region (Regions opened before August 2022, read it with {{dataSource}}) or as ' + ELB_LOG_DELIVERY_SERVICE + ' (later Regions), not as {{principal}}: grant s3:PutObject to those principals instead',
      dataSourceFails:
        '{{dataSource}} fails in {{region}} ("unsupported AWS Region"), a Region opened after August 2022 with no ELB account: grant s3:PutObject to the service ' + ELB_LOG_DELIVERY_SERVICE + ' instead',
    },
    fact: 'ALB and Classic Load Balancer access logs are written by the ELB account of the Region (Regions opened before August 2022; aws.elb.getServiceAccount returns it) or by the service principal logdelivery.elasticloadbalancing.amazonaws.com (later Regions, where the data source fails); elasticloadbalancing.amazonaws.com is neither, and a hard-coded account is wrong in every other Region.',
    sources: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html#attach-bucket-policy',
      'terraform-provider-aws internal/service/elb/service_account_data_source.go (accountIDPerRegionMap, "unsupported AWS Region")',
      '@pulumi/aws elb/getServiceAccount.d.ts; pulumi-aws sdk/python/pulumi_aws/elb/get_service_account.py',
      'terraform-aws-modules/terraform-aws-s3-bucket attach_elb_log_delivery_policy (both statements)',
      'FACTS.md §1.2-1.4',
    ],
  },
  ts: check,
  py: check,
});
