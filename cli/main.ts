/**
 * The command line: `iacfix fix`, `iacfix check`, `iacfix list`.
 * Options are parsed here and nowhere else; the work is in ./run.ts.
 */
import yargs, { type Argv } from 'yargs';
import pc from 'picocolors';
import { selectRules, UnknownRuleError } from '../lib/select-rules';
import { EXIT, run, type Output } from './run';
import { listRules } from './list';
import { explain } from './explain';

const EPILOG = `Exit codes:
  0  success (fix: everything that could be fixed was; check: nothing to report)
  1  check found something to fix or report
  2  usage error, a path that does not exist, or a file that could not be read or parsed
     (the other files are still processed)

Files: .ts .tsx .mts .cts .js .mjs .cjs .py, and .md (the fenced ts/js/python blocks of a
Markdown answer). Folders are walked, skipping node_modules, .git, virtualenvs, build output
and whatever .gitignore ignores.`;

function ids(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

function sharedOptions(y: Argv) {
  return y
    .positional('paths', { type: 'string', array: true, describe: 'files and folders (default: the current folder)' })
    .option('stdin', { type: 'boolean', default: false, describe: 'read the source from stdin; fix writes the fixed source to stdout and the report to stderr' })
    .option('stdin-filename', { type: 'string', describe: 'the name of the stdin source; its extension picks the language (.md: a Markdown answer)', default: undefined })
    .option('only', { type: 'string', requiresArg: true, describe: 'run only these rules (comma-separated ids)' })
    .option('skip', { type: 'string', requiresArg: true, describe: 'do not run these rules (comma-separated ids)' })
    .option('unsafe', { type: 'boolean', default: false, describe: 'also apply fixes marked unsafe (they change behaviour)' })
    .option('aws-provider', { choices: [6, 7] as const, type: 'number', describe: 'the @pulumi/aws major version the programs target' })
    .option('rds-version', { choices: ['minor', 'major'] as const, default: 'minor' as const, describe: 'rds-engine-version writes the newest minor of the major, or the major alone (accepted by RDS instances; AWS then picks the minor)' })
    .option('domain', { type: 'string', requiresArg: true, describe: 'route53-reserved-domain: the default domain written in place of example.com, for when the stack sets no domainName (default: the placeholder set-domain-name.invalid)' })
    .option('format', { choices: ['pretty', 'json'] as const, default: 'pretty' as const, describe: 'report format' })
    .option('quiet', { type: 'boolean', default: false, describe: 'report only errors and the problems that remain' })
    .option('color', { type: 'boolean', describe: 'colour the output (default: when writing to a terminal; --no-color to turn off)' })
    .epilog(EPILOG);
}

export async function main(argv: string[], io: Output = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const usageError = (message: string) => {
    io.stderr(`iacfix: ${message}\nRun \`iacfix --help\` for usage.\n`);
    code = EXIT.error;
  };
  const execute = async (command: 'fix' | 'check', args: Record<string, unknown>) => {
    if (args.stdin && (args.paths as string[] | undefined)?.length) return usageError('--stdin reads one source from stdin: give no paths with it');
    if (args['stdin-filename'] !== undefined && !args.stdin) return usageError('--stdin-filename goes with --stdin');
    let rules;
    try {
      rules = selectRules({ only: ids(args.only), skip: ids(args.skip) });
    } catch (error) {
      if (error instanceof UnknownRuleError) return usageError(error.message);
      throw error;
    }
    const paths = (args.paths as string[] | undefined)?.length ? (args.paths as string[]) : ['.'];
    const color = (args.color as boolean | undefined) ?? (!process.env.NO_COLOR && Boolean(process.stdout.isTTY));
    code = await run(
      {
        command,
        dryRun: command === 'fix' && Boolean(args['dry-run']),
        paths,
        rules,
        unsafe: Boolean(args.unsafe),
        ruleOptions: {
          awsProvider: args['aws-provider'] as 6 | 7 | undefined,
          rdsVersion: args['rds-version'] as 'minor' | 'major',
          domain: args.domain as string | undefined,
        },
        format: args.format as 'pretty' | 'json',
        quiet: Boolean(args.quiet),
        color,
        stdin: Boolean(args.stdin),
        stdinFilename: args['stdin-filename'] as string | undefined,
      },
      io,
    );
  };

  const parser = yargs(argv)
    .scriptName('iacfix')
    .usage('$0 <command> [options]\n\nRepairs the Pulumi AWS programs that language models write, so they deploy on the first try.')
    .command('fix [paths..]', 'fix files in place (or show the diffs with --dry-run)', (y) => sharedOptions(y).option('dry-run', { type: 'boolean', default: false, describe: 'print coloured unified diffs and write nothing' }), (args) => execute('fix', args))
    .command('check [paths..]', 'report what fix would change; exit 1 when anything is found (a CI gate)', (y) => sharedOptions(y), (args) => execute('check', args))
    .command('list', 'list every rule: id, languages, severity, fix safety, description', (y) => y.option('format', { choices: ['pretty', 'json'] as const, default: 'pretty' as const }).option('color', { type: 'boolean' }), (args) => {
      const color = args.color ?? (!process.env.NO_COLOR && Boolean(process.stdout.isTTY));
      io.stdout(listRules(selectRules(), args.format, pc.createColors(color)));
    })
    .command('explain <rule>', "print a rule's page: what it fixes, why, before/after, fix safety, the fact and its source", (y) => y.positional('rule', { type: 'string', demandOption: true }).option('color', { type: 'boolean' }), (args) => {
      const known = selectRules().map((r) => r.meta.id);
      if (!known.includes(args.rule)) return usageError(`unknown rule: ${args.rule} (run \`iacfix list\` to see them all)`);
      const color = args.color ?? (!process.env.NO_COLOR && Boolean(process.stdout.isTTY));
      io.stdout(`${explain(args.rule, pc.createColors(color))}\n`);
    })
    .example('$0 fix .', 'fix every Pulumi program under the current folder')
    .example('$0 fix --dry-run lib/', 'show what would change, write nothing')
    .example('$0 check .', 'CI gate: exit 1 when a fix is pending')
    .example('$0 fix --stdin --stdin-filename answer.md < answer.md > fixed.md', 'fix the code blocks of a model answer')
    .demandCommand(1, 'give a command: fix, check, list or explain')
    .strict()
    .epilog(EPILOG)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .help()
    .alias('h', 'help')
    .version()
    .fail((message, error) => {
      // throwing is the only way to stop yargs from running the command's handler after a failed check
      throw error ?? new UsageError(message);
    })
    .exitProcess(false);
  try {
    await parser.parseAsync();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    usageError(error.message);
  }
  return code;
}

class UsageError extends Error {}

function processIo(): Output {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
