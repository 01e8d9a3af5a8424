import os
from typing import Optional

import pulumi
from pulumi_aws import dynamodb


class TapStack(pulumi.ComponentResource):
    def __init__(self, name: str, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__('tap:stack:TapStack', name, None, opts)
        self.config = pulumi.Config()
        self.environment_suffix = os.environ.get('ENVIRONMENT_SUFFIX') or self.config.get('environment_suffix') or 'dev'
        self.region = os.environ.get('AWS_REGION', 'us-east-1')

        self.table = dynamodb.Table(
            f'orders-{self.environment_suffix}',
            attributes=[dynamodb.TableAttributeArgs(name='id', type='S')],
            hash_key='id',
            billing_mode='PAY_PER_REQUEST',
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({'table_name': self.table.name})
