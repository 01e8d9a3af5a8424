import * as pulumi from "@pulumi/pulumi";
import { NetworkStack, DatabaseStack, type DatabaseStackArgs } from "./lib/infra";

const env = pulumi.getStack();

new NetworkStack(`network-${env}`);

const database = new DatabaseStack(`database-${env}`, { engineVersion: "15.8" } as DatabaseStackArgs);
