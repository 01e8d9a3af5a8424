/**
 * Who receives Elastic Load Balancing access logs in each Region (FACTS.md
 * §1.2-1.3). In Regions opened before August 2022 the bucket policy grants
 * `s3:PutObject` to the Region's ELB account; in later Regions there is no
 * such account and the grant goes to the service principal
 * `logdelivery.elasticloadbalancing.amazonaws.com`.
 *
 * Sources: the ALB user guide, "Enable access logs" (Step 2: attach a policy
 * to your S3 bucket), archived as awsdocs/elb-application-load-balancers-user-guide
 * doc_source/enable-access-logging.md (D); terraform-provider-aws
 * internal/service/elb/service_account_data_source.go `accountIDPerRegionMap`,
 * which `aws.elb.getServiceAccount` is built on (T); aws-cdk-lib 2.276.0
 * region-info `ELBV2_ACCOUNT` (K). The three agree on every Region they share.
 *
 * The account IDs are here to RECOGNISE hard-coded principals; fixes never
 * write them (they go through `aws.elb.getServiceAccount`).
 */

export const ELB_LOG_DELIVERY_SERVICE = 'logdelivery.elasticloadbalancing.amazonaws.com';

/** Regions with an ELB account (D T K, except where noted), and that account. */
const ELB_ACCOUNTS: Readonly<Record<string, string>> = {
  'us-east-1': '127311923021',
  'us-east-2': '033677994240',
  'us-west-1': '027434742980',
  'us-west-2': '797873946194',
  'af-south-1': '098369216593',
  'ap-east-1': '754344448648',
  'ap-south-1': '718504428378',
  'ap-northeast-1': '582318560864',
  'ap-northeast-2': '600734575887',
  'ap-northeast-3': '383597477331',
  'ap-southeast-1': '114774131450',
  'ap-southeast-2': '783225319266',
  'ap-southeast-3': '589379963580',
  'ca-central-1': '985666609251',
  'eu-central-1': '054676820928',
  'eu-west-1': '156460612806',
  'eu-west-2': '652711504416',
  'eu-west-3': '009996457667',
  'eu-south-1': '635631232127',
  'eu-north-1': '897822967062',
  'me-south-1': '076674570225',
  'sa-east-1': '507241528517',
  'us-gov-west-1': '048591011584',
  'us-gov-east-1': '190560391635',
  'cn-north-1': '638102146993', // T K
  'cn-northwest-1': '037604701340', // T K
};

/**
 * Regions with no ELB account, where `aws.elb.getServiceAccount` fails with
 * "unsupported AWS Region" (K: `elbv2Account` is undefined; D names the first five).
 */
const SERVICE_PRINCIPAL_REGIONS: readonly string[] = [
  'ap-south-2',
  'ap-southeast-4',
  'eu-south-2',
  'eu-central-2',
  'me-central-1',
  'il-central-1',
  'ca-west-1',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ap-east-2',
  'mx-central-1',
];

export type ElbLogPrincipal = 'account' | 'service';

/** How a Region's load balancers are granted log delivery; undefined for a Region not in the tables. */
export function elbLogPrincipalIn(region: string): ElbLogPrincipal | undefined {
  if (region in ELB_ACCOUNTS) return 'account';
  return SERVICE_PRINCIPAL_REGIONS.includes(region) ? 'service' : undefined;
}

/** Whether a principal string is an ELB account: `127311923021` or `arn:aws:iam::127311923021:root` (any partition). */
export function isElbAccountPrincipal(principal: string): boolean {
  const id = /^(?:arn:aws[a-z-]*:iam::)?(\d{12})(?::root)?$/.exec(principal)?.[1];
  return id !== undefined && Object.values(ELB_ACCOUNTS).includes(id);
}
