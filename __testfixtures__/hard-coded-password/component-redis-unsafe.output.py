import pulumi
import pulumi_aws as aws
import pulumi_random as random


class CacheStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts=None):
        super().__init__("tap:cache:CacheStack", name, None, opts)

        auth_token = random.RandomPassword(
            f"auth-token-{environment_suffix}",
            length=32,
            special=True,
            override_special="!&#$^<>-",
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.redis = aws.elasticache.ReplicationGroup(
            f"redis-{environment_suffix}",
            description="Session store",
            engine="redis",
            node_type="cache.t4g.micro",
            num_cache_clusters=2,
            transit_encryption_enabled=True,
            auth_token=auth_token.result,
            opts=pulumi.ResourceOptions(parent=self),
        )
