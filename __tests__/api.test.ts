/**
 * The Node API that pipelines call per generated sample.
 */
import { fixSource } from '../lib';

const CODE = 'import * as aws from "@pulumi/aws";\nnew aws.ecr.Repository("a", { encryptionConfigurations: [{ encryptionType: "AES256" }], forceDelete: true });\n';

it('returns the fixed source and the fixes', async () => {
  const result = await fixSource(CODE, { filename: 'index.ts' });
  expect(result.changed).toBe(true);
  expect(result.output).toBe('import * as aws from "@pulumi/aws";\nnew aws.ecr.Repository("a", { forceDelete: true });\n');
  expect(result.fixes).toEqual([expect.objectContaining({ rule: 'ecr-default-encryption', line: 2 })]);
  expect(result.error).toBeUndefined();
});

it('honours only/skip and rejects unknown rule ids', async () => {
  expect((await fixSource(CODE, { filename: 'index.ts', skip: ['ecr-default-encryption'] })).changed).toBe(false);
  await expect(fixSource(CODE, { filename: 'index.ts', only: ['nope'] })).rejects.toThrow(/unknown rule: nope/);
});

it('returns the input and a located error when the source does not parse', async () => {
  const result = await fixSource('x = (\n', { filename: 'main.py' });
  expect(result.output).toBe('x = (\n');
  expect(result.error).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
});

it('rejects a filename whose language it does not know', async () => {
  await expect(fixSource(CODE, { filename: 'index.rb' })).rejects.toThrow(/does not know this kind of file/);
});
