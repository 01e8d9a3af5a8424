import pulumi
import pulumi_aws as aws
from pulumi_aws import apigateway, ec2, s3

environment_suffix = pulumi.get_stack()

vpc = ec2.Vpc(f"vpc-{environment_suffix}", cidr_block="10.0.0.0/16")
igw = ec2.InternetGateway(f"igw-{environment_suffix}", vpc_id=vpc.id)
subnet = ec2.Subnet(f"public-{environment_suffix}", vpc_id=vpc.id, cidr_block="10.0.1.0/24")
eip = ec2.Eip(f"nat-eip-{environment_suffix}", domain="vpc")

# already waits for the internet gateway, through a list bound to a name
nat_dependencies = [eip, igw]
nat = ec2.NatGateway(
    f"nat-{environment_suffix}",
    allocation_id=eip.id,
    subnet_id=subnet.id,
    opts=pulumi.ResourceOptions(depends_on=nat_dependencies),
)

# an EIP that is not associated needs nothing
spare_eip = ec2.Eip(f"spare-eip-{environment_suffix}", domain="vpc")

api = apigateway.RestApi(f"api-{environment_suffix}")
methods = []
integrations = []
for path in ["orders", "users"]:
    resource = apigateway.Resource(f"{path}-{environment_suffix}", rest_api=api.id, parent_id=api.root_resource_id, path_part=path)
    method = apigateway.Method(f"{path}-get-{environment_suffix}", rest_api=api.id, resource_id=resource.id, http_method="GET", authorization="NONE")
    integration = apigateway.Integration(f"{path}-integration-{environment_suffix}", rest_api=api.id, resource_id=resource.id, http_method=method.http_method, type="MOCK")
    methods.append(method)
    integrations.append(integration)

# the lists the tree cannot see into hold the methods and integrations
deployment = apigateway.Deployment(
    f"deployment-{environment_suffix}",
    rest_api=api.id,
    opts=pulumi.ResourceOptions(depends_on=methods + integrations),
)

logs = s3.Bucket(f"trail-logs-{environment_suffix}", force_destroy=True)
logs_policy = s3.BucketPolicy(f"trail-logs-policy-{environment_suffix}", bucket=logs.id, policy="{}")
trail = aws.cloudtrail.Trail(
    f"trail-{environment_suffix}",
    s3_bucket_name=logs.id,
    opts=pulumi.ResourceOptions(depends_on=[logs_policy]),
)

# created in a loop, the route can only be named inside it
for path in ["health"]:
    health = apigateway.Resource(f"{path}-{environment_suffix}", rest_api=api.id, parent_id=api.root_resource_id, path_part=path)
    health_method = apigateway.Method(f"{path}-get-{environment_suffix}", rest_api=api.id, resource_id=health.id, http_method="GET", authorization="NONE")
    health_integration = apigateway.Integration(f"{path}-integration-{environment_suffix}", rest_api=api.id, resource_id=health.id, http_method="GET", type="MOCK")

# iacfix-expect: unreachable
health_deployment = apigateway.Deployment(f"health-deployment-{environment_suffix}", rest_api=api.id, opts=pulumi.ResourceOptions(depends_on=[]))
