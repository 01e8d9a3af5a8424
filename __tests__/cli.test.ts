/**
 * The command line end to end, as a user runs it: the built binary in a
 * temporary folder. (`npm test` builds first.)
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'iacfix.js');

const ECR_BEFORE = `import * as aws from "@pulumi/aws";

const repo = new aws.ecr.Repository("app", {
  imageTagMutability: "MUTABLE",
  encryptionConfigurations: [{ encryptionType: "AES256" }],
});

export const repositoryUrl = repo.repositoryUrl;
`;
const ECR_AFTER = `import * as aws from "@pulumi/aws";

const repo = new aws.ecr.Repository("app", {
  imageTagMutability: "MUTABLE",
});

export const repositoryUrl = repo.repositoryUrl;
`;
const PY_BEFORE = `import pulumi_aws as aws

repo = aws.ecr.Repository("app", encryption_configuration={"encryption_type": "AES256"}, force_delete=True)
`;
const PY_AFTER = `import pulumi_aws as aws

repo = aws.ecr.Repository("app", force_delete=True)
`;

function iacfix(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iacfix-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

describe('iacfix fix', () => {
  it('rewrites files in place, walks folders, and prints a per-rule summary', () => {
    const dir = project({ 'lib/stack.ts': ECR_BEFORE, 'infra/__main__.py': PY_BEFORE, 'notes.txt': 'not code' });
    const { code, stdout } = iacfix(['fix', '.'], { cwd: dir });
    expect(code).toBe(0);
    expect(read(dir, 'lib/stack.ts')).toBe(ECR_AFTER);
    expect(read(dir, 'infra/__main__.py')).toBe(PY_AFTER);
    expect(stdout).toMatch(/2 fixes applied in 2 files/);
    expect(stdout).toMatch(/ecr-default-encryption 2/);
  });

  it('skips node_modules, virtualenvs, build output and what .gitignore ignores', () => {
    const dir = project({
      '.gitignore': 'generated/\n*.gen.ts\n',
      'node_modules/pkg/index.ts': ECR_BEFORE,
      '.venv/pyvenv.cfg': '',
      '.venv/lib/x.py': PY_BEFORE,
      'env2/pyvenv.cfg': '',
      'env2/y.py': PY_BEFORE,
      'dist/out.js': ECR_BEFORE,
      'generated/a.ts': ECR_BEFORE,
      'lib/b.gen.ts': ECR_BEFORE,
      'lib/kept.ts': ECR_BEFORE,
    });
    expect(iacfix(['fix'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'lib/kept.ts')).toBe(ECR_AFTER);
    for (const untouched of ['node_modules/pkg/index.ts', 'dist/out.js', 'generated/a.ts', 'lib/b.gen.ts']) expect(read(dir, untouched)).toBe(ECR_BEFORE);
    for (const untouched of ['.venv/lib/x.py', 'env2/y.py']) expect(read(dir, untouched)).toBe(PY_BEFORE);
  });

  it('--dry-run prints a unified diff and writes nothing', () => {
    const dir = project({ 'stack.ts': ECR_BEFORE });
    const { code, stdout, stderr } = iacfix(['fix', '--dry-run', 'stack.ts'], { cwd: dir });
    expect(code).toBe(0);
    expect(read(dir, 'stack.ts')).toBe(ECR_BEFORE);
    expect(stdout).toContain('--- a/stack.ts\n+++ b/stack.ts\n');
    expect(stdout).toContain('-  encryptionConfigurations: [{ encryptionType: "AES256" }],\n');
    expect(stdout).not.toMatch(/^\+ /m);
    expect(stdout).not.toContain('\u001b[');
    expect(stderr).toMatch(/1 fix pending/);
  });

  it('--color colours the diff', () => {
    const dir = project({ 'stack.ts': ECR_BEFORE });
    const { stdout } = iacfix(['fix', '--dry-run', '--color', 'stack.ts'], { cwd: dir });
    expect(stdout).toContain('\u001b[31m-  encryptionConfigurations');
  });

  it('reports a file that does not parse with path:line:col, leaves it untouched, goes on, exits 2', () => {
    const broken = 'const x = {;\n';
    const dir = project({ 'a-broken.ts': broken, 'b-good.ts': ECR_BEFORE, 'c-broken.py': 'def f(:\n    pass\n' });
    const { code, stdout } = iacfix(['fix', '.'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toContain('a-broken.ts:1:12: Unexpected token');
    expect(stdout).toMatch(/c-broken\.py:1:\d+: /);
    expect(read(dir, 'a-broken.ts')).toBe(broken);
    expect(read(dir, 'b-good.ts')).toBe(ECR_AFTER);
  });

  it('keeps a BOM, CRLF line endings and the file mode', () => {
    const crlf = `\uFEFF${ECR_BEFORE.replace(/\n/g, '\r\n')}`;
    const dir = project({ 'stack.ts': crlf });
    chmodSync(join(dir, 'stack.ts'), 0o640);
    expect(iacfix(['fix', 'stack.ts'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'stack.ts')).toBe(`\uFEFF${ECR_AFTER.replace(/\n/g, '\r\n')}`);
    expect(statSync(join(dir, 'stack.ts')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['stack.ts']);
  });

  it('fixes the code blocks of a Markdown answer and leaves every byte of prose alone', () => {
    const answer = `Here is the stack:\n\n## File: lib/tap_stack.py\n\n\`\`\`python\n${PY_BEFORE}\`\`\`\n\nAnd *this* prose   stays, trailing spaces too.  \n\n\`\`\`typescript\n${ECR_BEFORE}\`\`\`\n\n\`\`\`bash\nnpm install\n\`\`\`\n`;
    const dir = project({ 'answer.md': answer });
    expect(iacfix(['fix', 'answer.md'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'answer.md')).toBe(answer.replace(PY_BEFORE, PY_AFTER).replace(ECR_BEFORE, ECR_AFTER));
  });

  it('--only and --skip choose rules; an unknown rule is a usage error', () => {
    const dir = project({ 'stack.ts': ECR_BEFORE });
    expect(iacfix(['fix', '--skip', 'ecr-default-encryption', 'stack.ts'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'stack.ts')).toBe(ECR_BEFORE);
    const unknown = iacfix(['fix', '--only', 'no-such-rule', 'stack.ts'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule: no-such-rule');
  });

  it('--format json prints the report shape', () => {
    const dir = project({ 'stack.ts': ECR_BEFORE, 'bad.py': 'x = (\n' });
    const { code, stdout } = iacfix(['fix', '--format', 'json', '.'], { cwd: dir });
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    const stack = report.files.find((f: { path: string }) => f.path === 'stack.ts');
    expect(stack).toMatchObject({ path: 'stack.ts', language: 'ts', changed: true, error: null });
    expect(stack.fixes[0]).toMatchObject({ rule: 'ecr-default-encryption', line: 5 });
    expect(report.files.find((f: { path: string }) => f.path === 'bad.py').error).toMatch(/^\d+:\d+: /);
    expect(report.summary).toMatchObject({ files: 2, changed: 1, fixes: 1, errors: 1 });
  });
});

describe('iacfix fix --stdin', () => {
  it('writes the fixed source to stdout and the report to stderr', () => {
    const { code, stdout, stderr } = iacfix(['fix', '--stdin', '--stdin-filename', 'lib/tap_stack.py'], { input: PY_BEFORE });
    expect(code).toBe(0);
    expect(stdout).toBe(PY_AFTER);
    expect(stderr).toContain('ecr-default-encryption');
  });

  it('treats a .md name as a Markdown answer', () => {
    const answer = `Intro.\n\n\`\`\`ts\n${ECR_BEFORE}\`\`\`\n`;
    const { stdout } = iacfix(['fix', '--stdin', '--stdin-filename', 'answer.md'], { input: answer });
    expect(stdout).toBe(answer.replace(ECR_BEFORE, ECR_AFTER));
  });

  it('passes --rds-version to rds-engine-version', () => {
    const input = 'new aws.rds.Instance("db", { engine: "postgres", engineVersion: "14.7" });\n';
    const major = iacfix(['fix', '--stdin', '--stdin-filename', 'db.ts', '--only', 'rds-engine-version', '--rds-version', 'major'], { input });
    expect(major.stdout).toBe(input.replace('"14.7"', '"14"'));
    const minor = iacfix(['fix', '--stdin', '--stdin-filename', 'db.ts', '--only', 'rds-engine-version'], { input });
    expect(minor.stdout).toMatch(/engineVersion: "14\.\d\d"/);
    expect(iacfix(['fix', '--stdin', '--rds-version', 'patch'], { input }).code).toBe(2);
  });

  it('passes unparseable input through unchanged and exits 2', () => {
    const { code, stdout, stderr } = iacfix(['fix', '--stdin', '--stdin-filename', 'x.ts'], { input: 'let = ;\n' });
    expect(code).toBe(2);
    expect(stdout).toBe('let = ;\n');
    expect(stderr).toMatch(/x\.ts:1:\d+: /);
  });
});

describe('iacfix check', () => {
  it('exits 1 when a fix is pending and writes nothing; 0 when clean', () => {
    const dir = project({ 'stack.ts': ECR_BEFORE, 'clean.ts': ECR_AFTER });
    const pending = iacfix(['check', 'stack.ts', 'clean.ts'], { cwd: dir });
    expect(pending.code).toBe(1);
    expect(pending.stdout).toMatch(/stack\.ts\n\s+5:3\s+fixable/);
    expect(read(dir, 'stack.ts')).toBe(ECR_BEFORE);
    expect(iacfix(['check', 'clean.ts'], { cwd: dir }).code).toBe(0);
  });

  it('exits 2 for a path that does not exist, with a clear message', () => {
    const { code, stdout } = iacfix(['check', 'nowhere/']);
    expect(code).toBe(2);
    expect(stdout).toContain('nowhere/: no such file or directory');
  });
});

describe('usage', () => {
  it('an unknown flag or no command is a usage error (exit 2) and runs nothing', () => {
    const dir = project({ 'stack.ts': ECR_BEFORE });
    const flag = iacfix(['fix', '--bogus'], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('Unknown argument: bogus');
    expect(read(dir, 'stack.ts')).toBe(ECR_BEFORE);
    expect(iacfix([]).code).toBe(2);
  });

  it('--help is complete', () => {
    const { code, stdout } = iacfix(['fix', '--help']);
    expect(code).toBe(0);
    for (const flag of ['--dry-run', '--stdin', '--stdin-filename', '--only', '--skip', '--unsafe', '--aws-provider', '--rds-version', '--format', '--quiet', '--color', 'Exit codes']) expect(stdout).toContain(flag);
  });

  it('list shows every rule with its languages, severity and fix safety', () => {
    const { code, stdout } = iacfix(['list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ecr-default-encryption\s+TS\/JS, Python\s+error\s+safe\s+Drops/);
  });
});

describe('iacfix explain', () => {
  it("prints a rule's page; an unknown rule is a usage error", () => {
    const page = iacfix(['explain', 'ecr-default-encryption']);
    expect(page.code).toBe(0);
    for (const heading of ['What it fixes', 'Why it fails', 'Example', 'Fixed', 'Fix safety', 'Fact and source']) expect(page.stdout).toContain(`\n${heading}\n`);
    const unknown = iacfix(['explain', 'no-such-rule']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule: no-such-rule');
  });
});

describe('the stock jscodeshift CLI', () => {
  it('runs a built rule module as a transform', () => {
    const dir = project({ 'stack.ts': ECR_BEFORE });
    const jscodeshift = join(ROOT, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js');
    const result = spawnSync(process.execPath, [jscodeshift, '-t', join(ROOT, 'dist', 'transforms', 'ecr-default-encryption.js'), '--parser=ts', '--run-in-band', join(dir, 'stack.ts')], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/1 ok/);
    expect(read(dir, 'stack.ts')).toBe(ECR_AFTER);
  });
});

describe('the bundled examples (the README\'s first command)', () => {
  it.each(['examples/typescript/index.ts', 'examples/python/__main__.py'])('%s shows every headline fix and writes nothing', (file) => {
    const before = readFileSync(join(ROOT, file), 'utf8');
    const { code, stdout } = iacfix(['fix', '--dry-run', '--format', 'json', file], { cwd: ROOT });
    expect(code).toBe(0);
    const rules = new Set(JSON.parse(stdout).files[0].fixes.map((f: { rule: string }) => f.rule));
    for (const id of ['alb-log-bucket-sse-s3', 'ecr-default-encryption', 'secret-rotation-depends-on', 's3-bucket-name', 'no-timestamp-in-names']) expect(rules).toContain(id);
    expect(readFileSync(join(ROOT, file), 'utf8')).toBe(before);
  });
});

describe('iacfix fix --domain', () => {
  it('passes --domain to route53-reserved-domain as the default domain; without it the default is a placeholder', () => {
    const input = 'const zone = new aws.route53.Zone("zone", { name: "app.example.com" });\n';
    const args = ['fix', '--stdin', '--stdin-filename', 'dns.ts', '--only', 'route53-reserved-domain'];
    const custom = iacfix([...args, '--domain', 'acme-corp.dev'], { input });
    expect(custom.code).toBe(0);
    expect(custom.stdout).toBe('const domainName = new pulumi.Config().get("domainName") ?? "acme-corp.dev";\nconst zone = new aws.route53.Zone("zone", { name: `app.${domainName}` });\n');
    expect(iacfix(args, { input }).stdout).toContain('.get("domainName") ?? "set-domain-name.invalid";\n');
    expect(iacfix([...args, '--domain'], { input }).code).toBe(2);
  });
});

describe('the provider major the schema rules check against', () => {
  const V7_ONLY = 'import * as aws from "@pulumi/aws";\n\nnew aws.s3.BucketVersioning("v", { bucket: "b", versioningConfiguration: { status: "Enabled" } });\n';

  it('comes from the nearest package.json, and --aws-provider overrides it', () => {
    const dir = project({ 'package.json': JSON.stringify({ dependencies: { '@pulumi/aws': '^6.0.0' } }), 'index.ts': V7_ONLY });
    const pinned = iacfix(['check', '--only', 'unknown-resource-type', '.'], { cwd: dir });
    expect(pinned.code).toBe(1);
    expect(pinned.stdout).toMatch(/`aws\.s3\.BucketVersioning` is not exported by @pulumi\/aws 6\.83\.4; did you mean `aws\.s3\.BucketVersioningV2`/);
    const overridden = iacfix(['check', '--only', 'unknown-resource-type', '--aws-provider', '7', '.'], { cwd: dir });
    expect(overridden.code).toBe(0);
  });

  it('is 7 for a file on stdin that names nothing only 6 has', () => {
    const { code, stdout } = iacfix(['check', '--stdin', '--stdin-filename', 'index.ts', '--only', 'unknown-resource-type'], { input: V7_ONLY });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/BucketVersioning/);
  });
});
