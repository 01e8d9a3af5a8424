import unittest

import pulumi
import pulumi_aws as aws


class TestNetwork(unittest.TestCase):
    def test_subnets_use_three_zones(self):
        expected_azs = ["us-east-1a", "us-east-1b", "us-east-1c"]
        subnet = aws.ec2.Subnet("test-subnet", vpc_id="vpc-123", cidr_block="10.0.0.0/24", availability_zone="us-east-1a")
        self.assertEqual(len(expected_azs), 3)
