/**
 * The Region a resource is created in, when the program says so in so many
 * words: a literal `region` argument on the resource (v7 enhanced Region
 * support, FACTS.md §4.3), or an explicit `provider` option naming an
 * `aws.Provider` created with a literal `region`. Resources on the default
 * provider take the Region from stack configuration or the environment,
 * which the program does not show: undefined.
 */
import type { PulumiFile, Resource } from '../pulumi/model';

export function staticRegionOf(pulumi: PulumiFile, resource: Resource): string | undefined {
  const own = resource.arg('region');
  if (own) return own.value.string;
  const provider = resource.option('provider')?.value;
  const target = provider && pulumi.resourceOf(provider);
  return target?.type === 'aws.Provider' ? target.arg('region')?.value.string : undefined;
}

/** The one Region all the given resources are statically known to share; undefined when any is unknown or they differ. */
export function sharedStaticRegion(pulumi: PulumiFile, resources: readonly Resource[]): string | undefined {
  const regions = new Set(resources.map((r) => staticRegionOf(pulumi, r)));
  const [only] = regions;
  return regions.size === 1 ? only : undefined;
}
