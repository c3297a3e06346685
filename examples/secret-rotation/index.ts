// Rotating a client secret without downtime. A back end signs in with the client secret; to rotate it, change
// `rotation` (`pulumi config set rotation 2026-12`) and run `pulumi up`: the client keeps its ID, Cognito gets a
// new secret, `clientSecret` becomes the new one and `previousClientSecret` the one before, which stays valid
// until the next rotation so consumers can move over. Consumers in this program, such as the Secrets Manager
// secret below, receive the new value in the same `up`.
import * as pulumi from "@pulumi/pulumi";
import type * as aws from "@pulumi/aws";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();

const backend = new UserPoolClient("backend", {
    name: "backend",
    userPoolId: config.require("userPoolId"),
    generateSecret: true,
    explicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    rotateSecretWhenChanged: { rotation: config.get("rotation") ?? "2026-11" },
});

if (config.getBoolean("storeInSecretsManager")) {
    // Loaded only on this path, so a local run needs neither @pulumi/aws's plugin nor AWS credentials.
    const awsSdk: typeof aws = require("@pulumi/aws");
    const stored = new awsSdk.secretsmanager.Secret("backend-client-secret", { name: "cognito/backend/client-secret" });
    new awsSdk.secretsmanager.SecretVersion("backend-client-secret", {
        secretId: stored.id,
        secretString: pulumi.jsonStringify({ clientId: backend.clientId, clientSecret: backend.clientSecret, previousClientSecret: backend.previousClientSecret }),
    });
}

export const clientId = backend.clientId;
export const clientSecret = backend.clientSecret; // the newest secret; a Pulumi secret
export const previousClientSecret = backend.previousClientSecret; // valid until the next rotation; a Pulumi secret
export const clientSecretId = backend.clientSecretId;
