/**
 * Every place a program names something of the AWS provider: `aws.s3.Bucket`,
 * `s3.BucketV2` (from-imported module), `aws.getRegion`, `aws.lambda.Runtime.NodeJS20dX`,
 * `aws.s3.BucketVersioningArgs(...)`, or a name imported on its own
 * (`import { Bucket } from "@pulumi/aws/s3"`). The schema rules and the
 * provider-version inference read the file through this one list.
 */
import type { PulumiFile, Value } from '../pulumi/model';
import { canonicalSegment } from '../pulumi/py/names';

export interface ProviderRef {
  /** the member chain or name as written */
  value: Value;
  /** the qualified name's segments after `aws`: ['s3', 'Bucket'] */
  segments: string[];
  /** whether the reference is the callee of a call or `new` */
  called: boolean;
}

function isCallee(value: Value): boolean {
  const parent = value.parent();
  if (!parent || parent.kind !== 'call') return false;
  const call = parent.asCall();
  return !!call && call.callee.start === value.start && call.callee.end === value.end;
}

/** the innermost chain is part of a longer one (`aws.s3` inside `aws.s3.Bucket`) */
function extendsFurther(value: Value): boolean {
  const parent = value.parent();
  return !!parent && parent.kind === 'member' && parent.start === value.start && parent.qualifiedName() !== undefined;
}

/** The schema rules all read the list: it is made once per parsed file. */
const cache = new WeakMap<PulumiFile, ProviderRef[]>();

export function providerRefs(pulumi: PulumiFile): ProviderRef[] {
  let refs = cache.get(pulumi);
  if (!refs) {
    refs = collect(pulumi);
    cache.set(pulumi, refs);
  }
  return refs;
}

function collect(pulumi: PulumiFile): ProviderRef[] {
  const refs: ProviderRef[] = [];
  for (const value of [...pulumi.expressions('member'), ...pulumi.expressions('name')]) {
    const qualified = value.qualifiedName();
    if (!qualified || (qualified !== 'aws' && !qualified.startsWith('aws.'))) continue;
    if (extendsFurther(value)) continue;
    const segments = qualified.split('.').slice(1).map(canonicalSegment);
    if (segments.length === 0) continue;
    refs.push({ value, segments, called: isCallee(value) });
  }
  return refs.sort((a, b) => a.value.start - b.value.start);
}
