/**
 * cloudwatch-log-kms-principal
 *
 * Fact: CloudWatch Logs encrypts a log group with a KMS key only when the
 * key policy lets the service principal `logs.<region>.amazonaws.com` use it
 * (`kms:Encrypt*`, `kms:Decrypt*`, `kms:ReEncrypt*`, `kms:GenerateDataKey*`,
 * `kms:Describe*`), scoped with the condition `ArnLike`
 * `kms:EncryptionContext:aws:logs:arn` = `arn:<partition>:logs:<region>:<account>:*`;
 * otherwise creating the log group (or associating the key) fails with
 * AccessDeniedException. The default key policy, which a key gets when the
 * program gives it none, only enables IAM permissions for the account (the
 * root statement) and so does not allow CloudWatch Logs. Source: Amazon
 * CloudWatch Logs user guide, "Encrypt log data in CloudWatch Logs using AWS
 * Key Management Service" (step 2, the key policy); AWS KMS developer guide,
 * "Default key policy".
 *
 * The fix writes the statement the guide gives: the region from the
 * `aws.getRegion` data source (never a literal), the account and partition
 * copied from the policy's own root statement. A key with no policy gets a
 * policy of two statements: the default root statement (the account from
 * `aws.getCallerIdentity`, the partition from `aws.getPartition`) and the
 * logs statement, so that nothing the default policy allowed is lost.
 */
import { providerRefs } from '../lib/aws/provider-refs';
import { insertItemAfter, invokeOptionsLike, keyLike, policyDocuments, readData, statementsIn, jsonTexts, type PolicyDocument, type PolicyStatement } from '../lib/aws/policy-documents';
import { targetSchema } from '../lib/aws/target-schema';
import { defineRule } from '../lib/define-rule';
import type { PulumiFile, Resource, Value } from '../lib/pulumi/model';
import { preferredQuote } from '../lib/pulumi/placement';
import type { RuleContext } from '../lib/rule';
import type { Edit } from '../lib/text/edits';
import { indentLines, indentOf, indentUnitOf, insertStatementBefore } from '../lib/text/layout';
import { unusedName } from '../lib/text/names';
import { requote } from '../lib/text/strings';

const SID = 'AllowCloudWatchLogs';
const ROOT_SID = 'Enable IAM User Permissions';
const ACTIONS = ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'];
const CONTEXT_KEY = 'kms:EncryptionContext:aws:logs:arn';

/** Each KMS key of the file that a log group encrypts with (`kmsKeyId: key.arn`). */
function logKeys(pulumi: PulumiFile): Resource[] {
  const keys = pulumi.resources('aws.cloudwatch.LogGroup').flatMap((group) => {
    const ref = group.arg('kmsKeyId')?.value;
    const key = ref && pulumi.resourceOf(ref);
    return key?.type === 'aws.kms.Key' ? [key] : [];
  });
  return [...new Set(keys)];
}

/** The resource whose `policy` is the key's policy: an `aws.kms.KeyPolicy` for the key (it replaces the key's own), or the key. */
function policyHolder(pulumi: PulumiFile, key: Resource): Resource | undefined {
  const separate = pulumi.resources('aws.kms.KeyPolicy').filter((p) => {
    const ref = p.arg('keyId')?.value;
    return ref !== undefined && pulumi.resourceOf(ref) === key;
  });
  if (separate.length > 1) return undefined;
  return separate[0] ?? key;
}

function isLogsPrincipal(value: Value): boolean {
  return /\blogs\./.test(value.text);
}

/** Whether the documents let CloudWatch Logs use the key: true, false, or undefined when they cannot be read. */
function grantsLogs(documents: PolicyDocument[], source: string): boolean | undefined {
  let readable = true;
  let any = false;
  for (const document of documents) {
    const statements = statementsIn(document, source);
    const texts = jsonTexts(document);
    if (texts.some(isLogsPrincipal)) return true;
    for (const statement of statements) {
      if (!statement.principals) readable = false;
      else if (statement.principals.some((g) => /^service$/i.test(g.type) && g.identifiers.some(isLogsPrincipal))) return true;
    }
    any ||= statements.length > 0 || texts.length > 0;
  }
  return any && readable ? false : undefined;
}

/** The `AWS` principal of the root statement (`arn:aws:iam::${accountId}:root`), in pieces the new ARN can be built from. */
function rootArn(statements: PolicyStatement[]): Value | undefined {
  for (const statement of statements) {
    for (const grant of statement.principals ?? []) {
      if (grant.type !== 'AWS') continue;
      const arn = grant.identifiers.find((id) => {
        const literal = id.parts().filter((p) => p.kind === 'literal').map((p) => (p.kind === 'literal' ? p.text : '')).join('');
        return /:iam::/.test(literal) && /:root$/.test(literal);
      });
      if (arn) return arn;
    }
  }
  return undefined;
}

interface Spelling {
  /** a string holding `pieces` (literal text and expressions): a template literal, a `pulumi.interpolate` one, or an f-string */
  template(pieces: ({ text: string } | { expression: string })[]): string;
  string(value: string): string;
  key(name: string): string;
}

/** How the new statement writes strings and keys: as the neighbouring statement does. */
function spellingLike(ctx: RuleContext, neighbour: Value | undefined, interpolate: string | undefined): Spelling {
  const keySample = neighbour?.props()[0];
  const quoteSample = neighbour?.descendants('string')[0]?.text ?? preferredQuote(ctx.pulumi);
  const string = (value: string) => requote(quoteSample, value);
  const key = (name: string) => (keySample ? keyLike(ctx.source.slice(keySample.keyRange.start, keySample.keyRange.end), name) : ctx.language === 'py' ? string(name) : name);
  const template = (pieces: ({ text: string } | { expression: string })[]) => {
    if (ctx.language === 'py') {
      const quote = string('').slice(-1);
      return `f${quote}${pieces.map((p) => ('text' in p ? p.text.replace(/[{}]/g, (m) => m + m) : `{${p.expression}}`)).join('')}${quote}`;
    }
    return `${interpolate ?? ''}\`${pieces.map((p) => ('text' in p ? p.text : `\${${p.expression}}`)).join('')}\``;
  };
  return { template, string, key };
}

/** The logs statement, from column 0, in the file's language. */
function logsStatement(ctx: RuleContext, spell: Spelling, region: string, logsArn: string): string {
  const [open, close] = ctx.language === 'py' ? ['{', '}'] : ['{ ', ' }'];
  const lines = [
    `${spell.key('Sid')}: ${spell.string(SID)},`,
    `${spell.key('Effect')}: ${spell.string('Allow')},`,
    `${spell.key('Principal')}: ${open}${spell.key('Service')}: ${spell.template([{ text: 'logs.' }, { expression: region }, { text: '.amazonaws.com' }])}${close},`,
    `${spell.key('Action')}: [${ACTIONS.map(spell.string).join(', ')}],`,
    `${spell.key('Resource')}: ${spell.string('*')},`,
    `${spell.key('Condition')}: ${open}${spell.key('ArnLike')}: ${open}${spell.string(CONTEXT_KEY)}: ${logsArn}${close}${close},`,
  ];
  const unit = indentUnitOf(ctx.source);
  return `{\n${lines.map((line) => unit + line).join('\n')}\n}`;
}

/** `arn:aws:iam::${accountId}:root` → `arn:aws:logs:${region}:${accountId}:*`, from the root ARN's pieces. */
function logsArnFrom(root: Value, region: string, spell: Spelling): string | undefined {
  const pieces: ({ text: string } | { expression: string })[] = [];
  for (const part of root.parts()) {
    if (part.kind === 'expression') {
      if (!part.value) return undefined;
      pieces.push({ expression: part.value.text });
      continue;
    }
    const [before, after] = part.text.split(':iam::');
    if (after === undefined) pieces.push({ text: part.text.replace(/:root$/, ':*') });
    else pieces.push({ text: `${before}:logs:` }, { expression: region }, { text: `:${after.replace(/:root$/, ':*')}` });
  }
  return spell.template(pieces);
}

function regionField(ctx: RuleContext): { ts: string; py: string } {
  const schema = targetSchema(ctx.options, providerRefs(ctx.pulumi));
  const field = schema.module('')?.functions.getRegion?.result?.region === undefined ? 'name' : 'region';
  return { ts: field, py: field };
}

/** The edits that add the logs statement after the last statement of a document; undefined when it has no root statement to take the account from, or no place for the region. */
function addToDocument(ctx: RuleContext, holder: Resource, document: PolicyDocument): Edit[] | undefined {
  const statements = statementsIn(document, ctx.source).filter((s) => s.shape === 'json');
  const last = statements[statements.length - 1];
  const root = rootArn(statements);
  const options = invokeOptionsLike(ctx, holder);
  if (!last || !root || options === undefined) return undefined;
  const field = regionField(ctx);
  const region = readData(ctx, document, last, {
    tsFunction: 'aws.getRegion',
    tsArgs: '{}',
    tsOptions: options || undefined,
    tsField: field.ts,
    tsName: 'region',
    pyFunction: 'aws.get_region',
    pyArgs: options,
    pyField: field.py,
    pyName: 'current_region',
  });
  if (!region) return undefined;
  // an Output cannot stand in a plain template literal
  const interpolate = ctx.language === 'ts' && region.text.includes('Output(') ? `${ctx.pulumi.spell('pulumi')}.interpolate` : undefined;
  const spell = spellingLike(ctx, last.object, interpolate);
  const logsArn = logsArnFrom(root, region.text, spell);
  if (!logsArn) return undefined;
  const text = indentLines(logsStatement(ctx, spell, region.text, logsArn), indentOf(ctx.source, last.object.start));
  const insert = insertItemAfter(ctx, last.object, text);
  return insert && [...region.edits, ...insert];
}

/**
 * The data a new policy reads, and the call that turns the document into
 * the policy: in TypeScript `pulumi.all([...]).apply(...)` over the Output
 * forms of the data sources, in Python locals bound before the key (invokes
 * are synchronous there) and `pulumi.Output.json_dumps`.
 */
interface PolicyData {
  partition: string;
  account: string;
  region: string;
  wrap(document: string): string;
  edits: Edit[];
}

function policyData(ctx: RuleContext, key: Resource, pulumi: string): PolicyData | undefined {
  const options = invokeOptionsLike(ctx, key);
  const field = regionField(ctx).ts;
  if (options === undefined) return undefined;
  if (ctx.language === 'ts') {
    const call = (fn: string, result: string) => {
      const spelled = ctx.pulumi.spell(`aws.${fn}Output`);
      return spelled && `${spelled}(${options ? `{}, ${options}` : ''}).${result}`;
    };
    const inputs = [call('getPartition', 'partition'), call('getCallerIdentity', 'accountId'), call('getRegion', field)];
    if (inputs.some((input) => !input)) return undefined;
    const wrap = (document: string) => `${pulumi}.all([${inputs.join(', ')}]).apply(([partition, accountId, region]) => JSON.stringify(${document}))`;
    return { partition: 'partition', account: 'accountId', region: 'region', wrap, edits: [] };
  }
  const names = ['current_partition', 'caller_identity', 'current_region'].reduce<string[]>((taken, base) => [...taken, unusedName(ctx.source, base, taken)], []);
  const functions = ['aws.get_partition', 'aws.get_caller_identity', 'aws.get_region'].map((fn) => ctx.pulumi.spell(fn));
  if (functions.some((fn) => !fn)) return undefined;
  const bindings = names.map((name, i) => `${name} = ${functions[i]}(${options})`).join('\n');
  return {
    partition: `${names[0]}.partition`,
    account: `${names[1]}.account_id`,
    region: `${names[2]}.${field}`,
    wrap: (document: string) => `${pulumi}.Output.json_dumps(${document})`,
    edits: [insertStatementBefore(ctx.source, key.statement, bindings)],
  };
}

/** The edits that give a key without a policy the default root statement and the logs statement. */
function addPolicy(ctx: RuleContext, key: Resource): Edit[] | undefined {
  const args = key.args;
  const pulumi = ctx.pulumi.spell('pulumi');
  const data = pulumi && policyData(ctx, key, pulumi);
  if (!args || args.kind !== 'object' || !data) return undefined;
  const spell = spellingLike(ctx, undefined, undefined);
  const unit = indentUnitOf(ctx.source);
  const [open, close] = ctx.language === 'py' ? ['{', '}'] : ['{ ', ' }'];
  const root = [
    `${spell.key('Sid')}: ${spell.string(ROOT_SID)},`,
    `${spell.key('Effect')}: ${spell.string('Allow')},`,
    `${spell.key('Principal')}: ${open}${spell.key('AWS')}: ${spell.template([{ text: 'arn:' }, { expression: data.partition }, { text: ':iam::' }, { expression: data.account }, { text: ':root' }])}${close},`,
    `${spell.key('Action')}: ${spell.string('kms:*')},`,
    `${spell.key('Resource')}: ${spell.string('*')},`,
  ];
  const logsArn = spell.template([{ text: 'arn:' }, { expression: data.partition }, { text: ':logs:' }, { expression: data.region }, { text: ':' }, { expression: data.account }, { text: ':*' }]);
  const statements = [`{\n${root.map((line) => unit + line).join('\n')}\n}`, logsStatement(ctx, spell, data.region, logsArn)];
  const body = [`${spell.key('Version')}: ${spell.string('2012-10-17')},`, `${spell.key('Statement')}: [`, ...statements.map((s) => `${indentLines(unit + s, unit)},`), '],'];
  const document = `{\n${body.map((line) => indentLines(unit + line, unit)).join('\n')}\n}`;
  return [...data.edits, ...args.addProp('policy', data.wrap(document))];
}

function check(ctx: RuleContext): void {
  for (const key of logKeys(ctx.pulumi)) {
    const holder = policyHolder(ctx.pulumi, key);
    if (!holder) continue;
    if (!holder.arg('policy')) {
      const edits = holder === key ? addPolicy(ctx, key) : undefined;
      ctx.report(key, edits ? 'addKeyPolicy' : 'grantLogs', { fix: edits && (() => edits) });
      continue;
    }
    const documents = policyDocuments(ctx.pulumi, holder);
    if (grantsLogs(documents, ctx.source) !== false) continue;
    const edits = documents.map((d) => addToDocument(ctx, holder, d)).find((e) => e !== undefined);
    ctx.report(holder.arg('policy') ?? holder, edits ? 'addLogsStatement' : 'grantLogs', { fix: edits && (() => edits) });
  }
}

export default defineRule({
  meta: {
    id: 'cloudwatch-log-kms-principal',
    title: 'KMS key of a log group that does not let CloudWatch Logs use it',
    description: 'Adds the logs.<region>.amazonaws.com statement to the policy of a KMS key that encrypts a CloudWatch log group (and a policy to a key that has none)',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      addLogsStatement:
        'A log group encrypts with this KMS key, but its policy does not let CloudWatch Logs (logs.<region>.amazonaws.com) use it, so creating the log group fails with AccessDeniedException: the statement from the CloudWatch Logs guide is added, limited to this account\'s log groups',
      addKeyPolicy:
        'A log group encrypts with this KMS key, which has no policy: the default key policy does not let CloudWatch Logs (logs.<region>.amazonaws.com) use it, so creating the log group fails with AccessDeniedException. A policy is added with the default root statement and the CloudWatch Logs statement, limited to this account\'s log groups',
      grantLogs:
        'A log group encrypts with this KMS key, but its policy does not let CloudWatch Logs use it, so creating the log group fails with AccessDeniedException: add a statement allowing the service logs.<region>.amazonaws.com kms:Encrypt*, kms:Decrypt*, kms:ReEncrypt*, kms:GenerateDataKey* and kms:Describe*, with the condition ArnLike kms:EncryptionContext:aws:logs:arn = arn:<partition>:logs:<region>:<account>:*',
    },
    fact: 'CloudWatch Logs can use a KMS key only when the key policy allows the service principal logs.<region>.amazonaws.com (kms:Encrypt*, Decrypt*, ReEncrypt*, GenerateDataKey*, Describe*), scoped with ArnLike kms:EncryptionContext:aws:logs:arn; the default key policy only enables IAM permissions for the account and does not allow it.',
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html (Encrypt log data in CloudWatch Logs using AWS Key Management Service, step 2: the key policy)',
      'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html (Default key policy)',
    ],
  },
  ts: check,
  py: check,
});
