/**
 * `npm run new-rule -- <id>`: writes a new rule's four places from templates:
 * transforms/<id>.ts, __testfixtures__/<id>/ (a first case per language, one
 * to fix and one that must not change), docs/rules/<id>.md. Register the rule
 * in transforms/index.ts afterwards.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const id = process.argv[2] ?? '';
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
  console.error('usage: npm run new-rule -- <kebab-case-id>');
  process.exit(2);
}
const root = join(__dirname, '..', '..');
const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const files: Record<string, string> = {
  [`transforms/${id}.ts`]: `/**
 * ${id}
 *
 * Fact: TODO state the AWS or Pulumi fact this fix rests on. Source: TODO.
 */
import { defineRule } from '../lib/define-rule';
import type { RuleContext } from '../lib/rule';

function check({ pulumi, report }: RuleContext): void {
  for (const resource of pulumi.resources('aws.TODO.Resource')) {
    const arg = resource.arg('todo');
    if (arg) report(arg, 'todo', { fix: () => arg.remove() });
  }
}

export default defineRule({
  meta: {
    id: '${id}',
    title: 'TODO',
    description: 'TODO one line',
    languages: ['ts', 'py'],
    severity: 'error',
    fixSafety: 'safe',
    messages: { todo: 'TODO' },
    fact: 'TODO',
    sources: ['TODO'],
  },
  ts: check,
  py: check,
});


`,
  [`__testfixtures__/${id}/basic.input.ts`]: 'import * as aws from "@pulumi/aws";\n',
  [`__testfixtures__/${id}/basic.output.ts`]: 'import * as aws from "@pulumi/aws";\n',
  [`__testfixtures__/${id}/valid.input.ts`]: 'import * as aws from "@pulumi/aws";\n',
  [`__testfixtures__/${id}/basic.input.py`]: 'import pulumi_aws as aws\n',
  [`__testfixtures__/${id}/basic.output.py`]: 'import pulumi_aws as aws\n',
  [`__testfixtures__/${id}/valid.input.py`]: 'import pulumi_aws as aws\n',
  [`docs/rules/${id}.md`]: `# ${id}

TODO one-line summary.

| | |
|---|---|
| Languages | TypeScript, JavaScript, Python |
| Severity | error |
| Fix safety | safe |

## What it fixes

## Why it fails

## Example

\`\`\`ts
\`\`\`

\`\`\`python
\`\`\`

## Fixed

\`\`\`ts
\`\`\`

\`\`\`python
\`\`\`

## Fix safety

## Fact and source
`,
};

for (const rel of Object.keys(files)) {
  const path = join(root, rel);
  if (existsSync(path)) {
    console.error(`${rel} exists already: nothing written`);
    process.exit(2);
  }
}
for (const [rel, text] of Object.entries(files)) {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
  console.log(`wrote ${rel}`);
}
console.log(`now add \`import ${camel} from './${id}';\` to transforms/index.ts, in catalog order`);
