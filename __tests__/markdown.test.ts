/**
 * Markdown answers: which fenced blocks are code iacfix reads, what name each
 * gets, and that blocks inside lists and quotes are rewritten in place.
 */
import { fixSourceAsync } from '../lib/pipeline/fix-source';
import { findFencedBlocks } from '../lib/pipeline/markdown';
import { rules } from '../transforms';

const ECR = 'const r = new aws.ecr.Repository("a", { encryptionConfigurations: [{ encryptionType: "AES256" }] });\n';
const ECR_FIXED = 'const r = new aws.ecr.Repository("a", {});\n';

describe('findFencedBlocks', () => {
  it('takes ts/typescript/tsx/js/javascript/py/python blocks and nothing else', () => {
    const md = ['```ts', 'a', '```', '```typescript', 'b', '```', '```tsx', 'c', '```', '```js', 'd', '```', '```javascript', 'e', '```', '```py', 'f', '```', '```python', 'g', '```', '```bash', 'h', '```', '```', 'i', '```', '```yaml', 'j', '```', ''].join('\n');
    const { blocks } = findFencedBlocks(md);
    expect(blocks.map((b) => [b.language, b.code])).toEqual([
      ['ts', 'a\n'],
      ['ts', 'b\n'],
      ['ts', 'c\n'],
      ['ts', 'd\n'],
      ['ts', 'e\n'],
      ['py', 'f\n'],
      ['py', 'g\n'],
    ]);
  });

  it('names a block from its info string or a heading just above it', () => {
    const md = '## File: lib/tap_stack.py\n\n```python\nx = 1\n```\n\n```python lib/other.py\ny = 2\n```\n\n### `bin/tap.ts`\n```ts\nz\n```\n\n```ts\nw\n```\n';
    expect(findFencedBlocks(md).blocks.map((b) => b.filename)).toEqual(['lib/tap_stack.py', 'lib/other.py', 'bin/tap.ts', 'block-4.ts']);
  });

  it('handles longer fences, tildes, and an unclosed last fence', () => {
    const md = '````python\nprint("```")\n````\n~~~ts\nlet a = 1;\n~~~\n```py\nopen = 1\n';
    expect(findFencedBlocks(md).blocks.map((b) => b.code)).toEqual(['print("```")\n', 'let a = 1;\n', 'open = 1\n']);
  });
});

describe('fixing a Markdown answer', () => {
  const settings = { rules };

  it('rewrites a block inside a list item, keeping its indentation', async () => {
    const md = `1. Create the repository:\n\n   \`\`\`ts\n   ${ECR}   \`\`\`\n2. Deploy.\n`;
    const { output } = await fixSourceAsync(md, 'a.md', settings);
    expect(output).toBe(`1. Create the repository:\n\n   \`\`\`ts\n   ${ECR_FIXED}   \`\`\`\n2. Deploy.\n`);
  });

  it('rewrites a block inside a quote', async () => {
    const md = `> \`\`\`ts\n> ${ECR}> \`\`\`\n`;
    const { output } = await fixSourceAsync(md, 'a.md', settings);
    expect(output).toBe(`> \`\`\`ts\n> ${ECR_FIXED}> \`\`\`\n`);
  });

  it('keeps CRLF line endings', async () => {
    const md = `Text\r\n\r\n\`\`\`ts\r\n${ECR.replace('\n', '\r\n')}\`\`\`\r\n`;
    const { output } = await fixSourceAsync(md, 'a.md', settings);
    expect(output).toBe(`Text\r\n\r\n\`\`\`ts\r\n${ECR_FIXED.replace('\n', '\r\n')}\`\`\`\r\n`);
  });

  it('leaves a block that does not parse alone, says so with its line, and fixes the others', async () => {
    const md = `Intro\n\n\`\`\`ts\nconst = broken\n\`\`\`\n\n\`\`\`ts\n${ECR}\`\`\`\n`;
    const result = await fixSourceAsync(md, 'a.md', settings);
    expect(result.output).toBe(md.replace(ECR, ECR_FIXED));
    expect(result.error).toBeUndefined();
    expect(result.skipped).toEqual([{ line: 4, reason: expect.stringMatching(/^block-1\.ts does not parse: /) }]);
    expect(result.fixed[0].line).toBe(8);
  });
});
