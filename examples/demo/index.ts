/**
 * The demo stack (`npm run demo`): a user pool, the package's two seed app clients, and a web client with a
 * managed login branding style and terms documents.
 * Against the local Cognito API the pool comes from config (`userPoolId`), because the bridged AWS provider
 * plugin cannot run offline; against real AWS, leave `userPoolId` empty and the pool is created with @pulumi/aws.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as aws from "@pulumi/aws";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();
const change = config.get("change") ?? "";

function createUserPool(): pulumi.Output<string> {
    // Loaded only on this path, so a local run needs neither @pulumi/aws's plugin nor AWS credentials.
    const awsSdk: typeof aws = require("@pulumi/aws");
    return new awsSdk.cognito.UserPool("pool", { name: "demo-pool" }).id;
}

const userPoolId: pulumi.Input<string> = config.get("userPoolId") || createUserPool();

// Seed example 1: a public client with the defaults.
const basic = new UserPoolClient("client", {
    name: change === "rename" ? "client-renamed" : "client",
    userPoolId,
});

// Seed example 2: a confidential client for server-side admin sign-in.
const confidential = new UserPoolClient("confidential-client", {
    name: "confidential-client",
    userPoolId,
    generateSecret: change !== "new-secret",
    clientSecret: change === "new-secret" ? pulumi.secret("demoCustomSecret0123456789abcdef") : undefined,
    explicitAuthFlows: ["ADMIN_NO_SRP_AUTH"],
});

// A web app whose managed login works from the first up: Cognito's default branding style, and the links to its
// terms of use and privacy policy in two languages, made and destroyed with the client.
const web = new UserPoolClient("web-client", {
    name: "web-client",
    userPoolId,
    allowedOauthFlowsUserPoolClient: true,
    allowedOauthFlows: ["code"],
    allowedOauthScopes: ["openid", "email"],
    callbackUrls: ["https://app.example.com/auth/callback"],
    managedLoginBranding: { useCognitoProvidedValues: true },
    terms: {
        termsOfUse: { links: { default: "https://app.example.com/terms", french: "https://app.example.com/fr/conditions" } },
        privacyPolicy: { links: { default: "https://app.example.com/privacy", french: "https://app.example.com/fr/confidentialite" } },
    },
});

export const poolId = userPoolId;
export const clientId = basic.id;
export const confidentialClientId = confidential.id;
export const secret = confidential.clientSecret; // always a Pulumi secret
export const webClientId = web.id;
export const webBrandingStyleId = web.managedLoginBrandingId;
