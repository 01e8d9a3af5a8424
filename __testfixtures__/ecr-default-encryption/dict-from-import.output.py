from pulumi_aws import ecr

repo = ecr.Repository("web", force_delete=True)
