// Seed example 2: a confidential client for a back end that signs users in with AdminInitiateAuth.
import * as pulumi from "@pulumi/pulumi";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();

const client = new UserPoolClient("client", {
    name: "client",
    userPoolId: config.require("userPoolId"),
    generateSecret: true,
    explicitAuthFlows: ["ADMIN_NO_SRP_AUTH"],
});

export const clientId = client.id;
export const secret = client.clientSecret; // always a Pulumi secret
