/**
 * Walks the argument objects of every resource whose class the schema knows,
 * top-down, pairing each object literal, dict or `*Args(...)` call with the
 * fields its position accepts: the resource's own arguments, then the input
 * type of each object-valued field, into lists and nested objects.
 */
import type { Prop, PulumiFile, Resource, Value } from '../pulumi/model';
import type { Fields } from './schema-table';
import type { ProviderSchema } from './schema';

export interface ObjectSite {
  resource: Resource;
  /** the object literal, dict, or Python `*Args(...)` call */
  value: Value;
  fields: Fields;
  /** 's3.BucketCorsRule', or the resource's class ('s3.Bucket') at the top */
  typeName: string;
  /** true for the resource's own arguments */
  top: boolean;
  /** a Python dict, whose keys may be camelCase too (see ProviderSchema.field) */
  dict: boolean;
}

/**
 * TypeScript-only overlay types: the Python SDK types these fields as
 * strings (`policy=json.dumps(...)`), so a Python value is not checked
 * against them.
 */
const TS_ONLY_TYPE = /\.Policy(Document|Statement)$/;

/** Object-like values written out: the ones whose keys can be checked. */
function isObject(value: Value): boolean {
  return value.kind === 'object' && !value.hasSpread();
}

export function* objectSites(pulumi: PulumiFile, schema: ProviderSchema): Generator<ObjectSite> {
  for (const resource of pulumi.allResources()) {
    const [root, ...rest] = resource.type.split('.');
    if (root !== 'aws' || rest.length !== 2) continue;
    const fields = schema.resourceArgs(rest[0], rest[1]);
    const args = resource.args;
    if (!fields || !args || !isObject(args)) continue;
    yield* walk({ resource, value: args, fields, typeName: `${rest[0]}.${rest[1]}`, top: true, dict: false }, schema, pulumi);
  }
}

function* walk(site: ObjectSite, schema: ProviderSchema, pulumi: PulumiFile): Generator<ObjectSite> {
  yield site;
  for (const prop of site.value.props()) {
    const field = schema.field(site.fields, prop.key, pulumi.language, site.dict);
    const type = field?.info.type;
    const fields = type && !(pulumi.language === 'py' && TS_ONLY_TYPE.test(type)) && schema.inputType(type);
    if (!type || !fields) continue;
    for (const value of nestedObjects(prop)) {
      const dict = pulumi.language === 'py' && value.qualifiedName() === undefined;
      yield* walk({ resource: site.resource, value, fields, typeName: type, top: false, dict }, schema, pulumi);
    }
  }
}

/** The objects a field's value holds: itself, or the elements of a list. */
function nestedObjects(prop: Prop): Value[] {
  const value = prop.value;
  if (isObject(value)) return [value];
  if (value.kind === 'array') return value.elements().filter(isObject);
  return [];
}
