from pulumi_aws import ecr

repo = ecr.Repository("web", encryption_configurations=[{"encryption_type": "AES256"}], force_delete=True)
