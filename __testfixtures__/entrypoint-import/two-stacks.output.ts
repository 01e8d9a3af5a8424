import * as pulumi from "@pulumi/pulumi";
import "./lib/infra";

const env = pulumi.getStack();
