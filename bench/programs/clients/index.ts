// N app clients in one user pool: the stack shape the benchmarks measure.
import * as pulumi from "@pulumi/pulumi";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();
const count = config.requireNumber("count");
const userPoolId = config.require("userPoolId");
const suffix = config.get("nameSuffix") ?? "";

for (let i = 0; i < count; i++) {
    new UserPoolClient(`client-${i}`, { name: `client-${i}${suffix}`, userPoolId, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
}
