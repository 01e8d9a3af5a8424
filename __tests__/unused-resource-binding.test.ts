/**
 * unused-resource-binding: how it reads the project's lint and compiler
 * settings and its eslint directives, and that its fix waits for the other
 * rules (a deferred fix), so that a binding another rule starts to read in
 * the same pass is not dropped.
 */
import { posix } from 'node:path';
import { fixSourceAsync } from '../lib/pipeline/fix-source';
import { lintSilencedAt, unusedVariableSettings } from '../lib/project/unused-variables';
import type { FileView } from '../lib/rule';
import secretRotationDependsOn from '../transforms/secret-rotation-depends-on';
import unusedResourceBinding from '../transforms/unused-resource-binding';

/** A view from `lib/tap-stack.ts` over in-memory project files. */
function project(files: Record<string, string>): FileView {
  return { read: (relativePath) => files[posix.normalize(posix.join('lib', relativePath))] };
}

describe('unusedVariableSettings', () => {
  it('reads a flat config: severity and varsIgnorePattern of both rules', () => {
    const settings = unusedVariableSettings(
      project({
        'eslint.config.mjs': `export default [{ rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_' }] } }];`,
        'package.json': '{}',
      }),
    );
    expect(settings).toMatchObject({ found: true, lint: 'on', compilerRejects: false });
    expect(settings.ignorePatterns?.map(String)).toEqual(['/^_/u']);
  });

  it('needs a pattern on every enabled rule', () => {
    const settings = unusedVariableSettings(project({ '.eslintrc.json': '{ "rules": { "no-unused-vars": "warn", "@typescript-eslint/no-unused-vars": ["error", { "varsIgnorePattern": "^_" }] } }' }));
    expect(settings.ignorePatterns).toBeUndefined();
  });

  it('sees both rules turned off, in package.json eslintConfig', () => {
    const settings = unusedVariableSettings(project({ 'package.json': '{ "eslintConfig": { "rules": { "no-unused-vars": 0, "@typescript-eslint/no-unused-vars": ["off"] } } }' }));
    expect(settings).toMatchObject({ found: true, lint: 'off' });
  });

  it('takes a config that does not name the rules, or cannot be read, as enabled with no pattern', () => {
    expect(unusedVariableSettings(project({ 'eslint.config.js': 'module.exports = require("./base");' }))).toMatchObject({ found: true, lint: 'on', ignorePatterns: undefined });
    expect(unusedVariableSettings(project({ '.eslintrc.yml': 'rules:\n  no-unused-vars: off\n' }))).toMatchObject({ found: true, lint: 'on', ignorePatterns: undefined });
    expect(unusedVariableSettings(project({}))).toMatchObject({ found: false, lint: 'on', compilerRejects: false });
  });

  it('reads noUnusedLocals from tsconfig.json, comments and trailing commas included', () => {
    const settings = unusedVariableSettings(project({ 'tsconfig.json': '{\n  // strict\n  "compilerOptions": { "noUnusedLocals": true, },\n}' }));
    expect(settings.compilerRejects).toBe(true);
  });

  it('stops at the folder that holds package.json', () => {
    const files = { '../.eslintrc.json': '{ "rules": { "no-unused-vars": "off" } }', 'package.json': '{ "name": "app" }' };
    expect(unusedVariableSettings(project(files))).toMatchObject({ found: false, lint: 'on' });
  });
});

describe('lintSilencedAt', () => {
  const at = (source: string) => lintSilencedAt(source, source.indexOf('x ='));

  it('honours directives that cover the unused-variable rules', () => {
    expect(at('// eslint-disable-next-line @typescript-eslint/no-unused-vars\nconst x = 1;')).toBe(true);
    expect(at('/* eslint-disable-next-line */\nconst x = 1;')).toBe(true);
    expect(at('const x = 1; // eslint-disable-line no-unused-vars -- kept')).toBe(true);
    expect(at('/* eslint-disable @typescript-eslint/no-unused-vars */\nconst a = 1;\nconst x = 1;')).toBe(true);
  });

  it('ignores directives for other rules, other lines, or re-enabled', () => {
    expect(at('// eslint-disable-next-line quotes\nconst x = 1;')).toBe(false);
    expect(at('// eslint-disable-next-line\n\nconst x = 1;')).toBe(false);
    expect(at('const x = 1;\n// eslint-disable-next-line')).toBe(false);
    expect(at('/* eslint-disable */\n/* eslint-enable */\nconst x = 1;')).toBe(false);
  });
});

describe('with the other rules', () => {
  it('keeps a binding another rule starts to read in the same run', async () => {
    const source = `import * as aws from "@pulumi/aws";

const rotationPermission = new aws.lambda.Permission("rotation-permission", {
  action: "lambda:InvokeFunction",
  function: rotationFn.name,
  principal: "secretsmanager.amazonaws.com",
});

const rotation = new aws.secretsmanager.SecretRotation("db-secret-rotation", {
  secretId: dbSecret.id,
  rotationLambdaArn: rotationFn.arn,
  rotationRules: { automaticallyAfterDays: 30 },
});
`;
    // the binding rule runs first in this list: without deferral it would drop rotationPermission in the first pass
    const files = project({ 'eslint.config.mjs': `export default [{ rules: { '@typescript-eslint/no-unused-vars': 'error' } }];`, 'package.json': '{}' });
    const result = await fixSourceAsync(source, 'lib/tap-stack.ts', { rules: [unusedResourceBinding, secretRotationDependsOn], files });
    expect(result.output).toBe(
      source
        .replace('const rotation = new', 'new')
        .replace('  rotationRules: { automaticallyAfterDays: 30 },\n});', '  rotationRules: { automaticallyAfterDays: 30 },\n}, { dependsOn: [rotationPermission] });'),
    );
    expect(result.fixed.map((f) => f.rule)).toEqual(['secret-rotation-depends-on', 'unused-resource-binding']);
  });
});

describe('without project settings', () => {
  it('reports nothing when neither an ESLint config nor noUnusedLocals can be read (stdin, a Markdown answer)', async () => {
    const source = 'import * as aws from "@pulumi/aws";\n\nconst logs = new aws.s3.BucketV2("logs");\n';
    const result = await fixSourceAsync(source, 'index.ts', { rules: [unusedResourceBinding] });
    expect(result.output).toBe(source);
    expect([...result.fixed, ...result.remaining]).toEqual([]);
  });
});
