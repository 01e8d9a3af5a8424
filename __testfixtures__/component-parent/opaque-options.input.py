import pulumi
import pulumi_aws as aws


class ApiStack(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:api:ApiStack", name, None, opts)
        provider_opts = pulumi.ResourceOptions(provider=aws.Provider(f"{name}-west", region="us-west-2", opts=pulumi.ResourceOptions(parent=self)))
        extra = {"protect": True}

        # the component's own options, a merge and a splat: reported, not changed
        aws.apigateway.RestApi(f"{name}-api", opts=opts)  # iacfix-expect: hiddenOptions
        aws.apigateway.RestApi(f"{name}-merged", opts=pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(protect=True)))  # iacfix-expect: hiddenOptions
        aws.apigateway.RestApi(f"{name}-splat", opts=pulumi.ResourceOptions(**extra))  # iacfix-expect: hiddenOptions
        # a shared options object without parent: reported, the object is not edited
        aws.sns.Topic(f"{name}-topic", opts=provider_opts)  # iacfix-expect: sharedOptions

        self.register_outputs({})
