/**
 * Reads of Pulumi stack configuration: which expressions are a `pulumi.Config`
 * object, and the program's own config object where a fix needs one.
 */
import type { PulumiFile, Value } from './model';

const CONFIG_VARIABLES = ['config', 'cfg', 'pulumiConfig', 'pulumi_config', 'stackConfig', 'stack_config'];

/** `config`, `this.config`, `self.cfg`, `new pulumi.Config()`, `pulumi.Config()`: not `os.environ` or `process.env`. */
export function isConfigObject(receiver: Value | undefined): boolean {
  if (receiver?.kind === 'call') return receiver.qualifiedName() === 'pulumi.Config';
  const path = receiver?.path();
  return !!path && /config|cfg/i.test(path[path.length - 1]);
}

/** The name of a zero-argument `pulumi.Config()` (the project's own namespace) bound to a conventional name visible at `at`. */
export function configObjectAt(pulumi: PulumiFile, at: Value): string | undefined {
  return CONFIG_VARIABLES.find((name) => {
    const value = pulumi.variable(name, at)?.value;
    return value?.kind === 'call' && value.qualifiedName() === 'pulumi.Config' && value.asCall()?.args.length === 0;
  });
}
