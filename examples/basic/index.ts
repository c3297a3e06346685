// Seed example 1: a public app client (no secret) with Cognito's defaults, e.g. for a single-page app.
import * as pulumi from "@pulumi/pulumi";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();

const client = new UserPoolClient("client", {
    name: "client",
    userPoolId: config.require("userPoolId"),
});

export const clientId = client.id;
