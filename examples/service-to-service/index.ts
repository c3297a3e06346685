// App clients for services.
//  - reporting: a back-end service that gets access tokens for itself with GetClientToken (ALLOW_CLIENT_TOKEN_AUTH,
//    which needs a secret and must be the client's only flow). Cognito keeps its secret in AWS Secrets Manager and
//    rotates it there; the service reads it by the ARN (SecretString: { userPoolId, userPoolClientId,
//    clientSecretValue }), so no secret value is ever in the Pulumi state.
//  - assistant: a web app whose back end exchanges the signed-in user's token for narrower tokens for downstream
//    services (GetDerivedToken): impersonation without an actor token, delegation with one. Token exchange needs the
//    user pool in the Essentials or Plus tier.
import * as pulumi from "@pulumi/pulumi";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();
const userPoolId = config.require("userPoolId");

const reporting = new UserPoolClient("reporting", {
    name: "reporting-service",
    userPoolId,
    generateSecret: true,
    publishSecretsInAwsSecretsManager: config.getBoolean("publishSecret") ?? true,
    explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH"],
    accessTokenValidity: 15,
    tokenValidityUnits: { accessToken: "minutes" },
});

const assistant = new UserPoolClient("assistant", {
    name: "assistant",
    userPoolId,
    explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_TOKEN_EXCHANGE_IMPERSONATION", "ALLOW_TOKEN_EXCHANGE_DELEGATION"],
});

export const reportingClientId = reporting.id;
// Grant the service secretsmanager:GetSecretValue on this ARN.
export const reportingSecretArn = reporting.clientSecretArn;
// Present only while publishing is off; always a Pulumi secret.
export const reportingClientSecret = reporting.clientSecret;
export const assistantClientId = assistant.id;
