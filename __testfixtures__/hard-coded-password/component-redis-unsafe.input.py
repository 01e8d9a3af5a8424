import pulumi
import pulumi_aws as aws


class CacheStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts=None):
        super().__init__("tap:cache:CacheStack", name, None, opts)

        self.redis = aws.elasticache.ReplicationGroup(
            f"redis-{environment_suffix}",
            description="Session store",
            engine="redis",
            node_type="cache.t4g.micro",
            num_cache_clusters=2,
            transit_encryption_enabled=True,
            auth_token=pulumi.Output.secret("MyRedisAuthToken2024!"),
            opts=pulumi.ResourceOptions(parent=self),
        )
