import pulumi
import pulumi_aws as aws


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, env_suffix: str, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        self.ecr_repo = aws.ecr.Repository(
            f"loan-app-{env_suffix}",
            name=f"loan-app-{env_suffix}",
            image_tag_mutability="MUTABLE",
            image_scanning_configuration=aws.ecr.RepositoryImageScanningConfigurationArgs(
                scan_on_push=True,
            ),
            tags={"Name": f"loan-app-{env_suffix}"},
            opts=pulumi.ResourceOptions(parent=self),
        )
