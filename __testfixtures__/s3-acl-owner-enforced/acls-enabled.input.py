import pulumi
import pulumi_aws as aws
from pulumi_aws import s3


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, environment_suffix, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)

        self.logs_bucket = s3.BucketV2(f"logs-{environment_suffix}", opts=pulumi.ResourceOptions(parent=self))
        self.logs_ownership = s3.BucketOwnershipControls(
            f"logs-ownership-{environment_suffix}",
            bucket=self.logs_bucket.id,
            rule={"object_ownership": "ObjectWriter"},
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.logs_acl = s3.BucketAclV2(
            f"logs-acl-{environment_suffix}",
            bucket=self.logs_bucket.id,
            acl="log-delivery-write",
            opts=pulumi.ResourceOptions(parent=self, depends_on=[self.logs_ownership]),
        )

        self.site_bucket = s3.BucketV2(f"site-{environment_suffix}", opts=pulumi.ResourceOptions(parent=self))
        # iacfix-expect: aclNotAllowed
        s3.BucketAclV2(f"site-acl-{environment_suffix}", bucket=self.site_bucket.id, acl="public-read", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})
