import os

import pulumi
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, args, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.config = pulumi.Config()
        # guarded: the config secret is only read when it exists
        master_password = self.config.require_secret("db_password") if self.config.get_secret("db_password") else args.generated_password
        try:
            replica_password = self.config.require_secret("replica_password")
        except pulumi.ConfigMissingError:
            replica_password = master_password
        github_token = pulumi.Config().require_secret("github-token")
        redis_token = os.environ.get("REDIS_PASSWORD")

        self.db = aws.rds.Instance(
            f"db-{args.environment_suffix}",
            engine="postgres",
            instance_class="db.t3.micro",
            allocated_storage=20,
            username="dbadmin",
            password=master_password,
            opts=pulumi.ResourceOptions(parent=self),
        )
