// Add routes for VPC peering in primary region
const primaryPeeringRoute = new aws.ec2.Route(`primary-peering-route-${environmentSuffix}`, {
    routeTableId: primaryPublicRouteTable.id,
    destinationCidrBlock: "10.1.0.0/16",
    vpcPeeringConnectionId: vpcPeering.id,
}, { provider: primaryProvider, dependsOn: [vpcPeeringAccepter] });
