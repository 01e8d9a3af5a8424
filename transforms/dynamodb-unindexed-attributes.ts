/**
 * dynamodb-unindexed-attributes
 *
 * Fact: a DynamoDB table's attribute definitions describe only the key
 * schema of the table and of its indexes; an attribute that no table or index
 * key uses is rejected, by DynamoDB ("Some AttributeDefinitions are not used")
 * and before that by the provider's plan check ("all attributes must be
 * indexed. Unused attributes: [...]", quoted in seed 000 §2). Non-key
 * attributes need no definition: DynamoDB is schemaless outside the keys.
 * FACTS.md has no section for it; sources: the DynamoDB CreateTable API
 * reference (AttributeDefinitions) and the Pulumi/Terraform `aws.dynamodb.Table`
 * docs ("Only required for hashKey and rangeKey attributes").
 */
import { defineRule } from '../lib/define-rule';
import type { Value } from '../lib/pulumi/model';
import type { RuleContext } from '../lib/rule';

const INDEX_LISTS = ['globalSecondaryIndexes', 'localSecondaryIndexes'];
/** the key arguments of a table or an index */
const KEY_PROPS = ['hashKey', 'rangeKey'];
/** a list of `{ attributeName, keyType }` keys (multi-attribute index keys in newer providers): read too, so its attributes are never removed */
const KEY_SCHEMAS = 'keySchemas';

/** The literal strings of a list of objects' `name` (or other) property; undefined when one is not a literal. */
function literalNames(entries: Value[], key: string): string[] | undefined {
  const names: string[] = [];
  for (const entry of entries) {
    const name = entry.prop(key)?.value.string;
    if (name === undefined) return undefined;
    names.push(name);
  }
  return names;
}

/**
 * Every attribute name a key of the table or of one of its indexes uses, or
 * undefined when one of them cannot be read as a literal.
 */
function keyNames(table: Value): string[] | undefined {
  const keys: string[] = [];
  const owners: Value[] = [table];
  for (const listName of INDEX_LISTS) {
    const list = table.prop(listName)?.value;
    if (!list) continue;
    if (list.kind !== 'array' || list.hasSpread()) return undefined;
    owners.push(...list.elements());
  }
  for (const owner of owners) {
    if (owner.kind !== 'object' || owner.hasSpread()) return undefined;
    for (const keyProp of KEY_PROPS) {
      const key = owner.prop(keyProp)?.value;
      if (!key) continue;
      if (key.string === undefined) return undefined;
      keys.push(key.string);
    }
    const schemas = owner.prop(KEY_SCHEMAS)?.value;
    if (schemas) {
      if (schemas.kind !== 'array' || schemas.hasSpread()) return undefined;
      const names = literalNames(schemas.elements(), 'attributeName');
      if (!names) return undefined;
      keys.push(...names);
    }
  }
  return keys;
}

function check({ pulumi, report }: RuleContext): void {
  for (const table of pulumi.resources('aws.dynamodb.Table')) {
    const args = table.args;
    const attributes = table.arg('attributes')?.value;
    if (!args || args.kind !== 'object' || args.hasSpread() || !table.arg('hashKey')) continue;
    if (!attributes || attributes.kind !== 'array' || attributes.hasSpread()) continue;
    const entries = attributes.elements();
    if (entries.some((e) => e.kind !== 'object' || e.hasSpread())) continue;
    const declared = literalNames(entries, 'name');
    const keys = keyNames(args);
    if (!declared || !keys) continue;
    const undeclared = keys.filter((k) => !declared.includes(k));
    entries.forEach((entry, i) => {
      const name = declared[i];
      if (keys.includes(name)) return;
      if (undeclared.length > 0) {
        // a key without a definition is often a misspelt attribute: let a person decide which one is meant
        report(entry, 'unusedWithUndeclaredKey', { data: { name, keys: undeclared.join(', ') } });
      } else {
        report(entry, 'unused', { data: { name }, fix: () => entry.removeFromList?.() });
      }
    });
  }
}

export default defineRule({
  meta: {
    id: 'dynamodb-unindexed-attributes',
    title: 'DynamoDB attribute definitions that no key uses',
    description: 'Removes DynamoDB table attributes that are not a hash or range key of the table or of one of its indexes',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: {
      unused: 'attribute "{{name}}" is not a key of the table or of any index; DynamoDB rejects unused attribute definitions ("all attributes must be indexed"), so it is removed (non-key attributes need no definition)',
      unusedWithUndeclaredKey: 'attribute "{{name}}" is not a key of the table or of any index, and the key(s) {{keys}} have no attribute definition: check for a misspelt name, define every key attribute and remove the unused ones',
    },
    fact: 'A DynamoDB table may define only the attributes used as hash or range keys of the table or of its secondary indexes; an unused attribute definition fails the deployment ("all attributes must be indexed"). Other attributes need no definition.',
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html (AttributeDefinitions: "An array of attributes that describe the key schema for the table and indexes")',
      'https://www.pulumi.com/registry/packages/aws/api-docs/dynamodb/table/ (attributes: "Only required for hashKey and rangeKey attributes")',
      'hashicorp/terraform-provider-aws internal/service/dynamodb/table.go (plan-time check: "all attributes must be indexed. Unused attributes: ...")',
    ],
  },
  ts: check,
  py: check,
});
