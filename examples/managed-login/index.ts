// A client whose managed login pages work from the first `pulumi up`. A client made through the API has no
// branding style, and with a managed login (version 2) domain its sign-in pages stay unavailable until it has one:
// this client gets Cognito's default style (or, with `style: custom`, settings and a logo), and the links to its
// terms of use and privacy policy in two languages, all created and destroyed with the client.
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import type * as aws from "@pulumi/aws";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();

// On AWS, leave userPoolId empty: the pool (Essentials tier, for managed login branding) and its managed login
// domain come from @pulumi/aws. Loaded only on that path, so a run against an existing pool needs neither.
function createUserPool(): pulumi.Output<string> {
    const awsSdk: typeof aws = require("@pulumi/aws");
    const pool = new awsSdk.cognito.UserPool("pool", { name: "managed-login-example", userPoolTier: "ESSENTIALS" });
    new awsSdk.cognito.UserPoolDomain("domain", { userPoolId: pool.id, domain: pulumi.interpolate`login-${pool.id.apply((id) => id.split("_")[1].toLowerCase())}`, managedLoginVersion: 2 });
    return pool.id;
}
const userPoolId: pulumi.Input<string> = config.get("userPoolId") || createUserPool();

const customStyle = {
    settings: {
        components: { primaryButton: { lightMode: { defaults: { backgroundColor: "0972d3ff", textColor: "ffffffff" } } } },
        categories: { global: { colorSchemeMode: "LIGHT" } },
    },
    assets: [
        // An image from the program's directory, as base64.
        { category: "FORM_LOGO", colorMode: "LIGHT", extension: "PNG", bytes: fs.readFileSync(path.join(__dirname, "logo.png")).toString("base64") },
    ],
};

const web = new UserPoolClient("web", {
    name: "web-app",
    userPoolId,
    generateSecret: true,
    allowedOauthFlowsUserPoolClient: true,
    allowedOauthFlows: ["code"],
    allowedOauthScopes: ["openid", "email"],
    supportedIdentityProviders: ["COGNITO"],
    callbackUrls: ["https://app.example.com/auth/callback"],
    logoutUrls: ["https://app.example.com/signed-out"],
    managedLoginBranding: config.get("style") === "custom" ? customStyle : { useCognitoProvidedValues: true },
    terms: {
        termsOfUse: { links: { default: "https://app.example.com/terms", french: "https://app.example.com/fr/conditions" } },
        privacyPolicy: { links: { default: "https://app.example.com/privacy", french: "https://app.example.com/fr/confidentialite" } },
    },
});

export const clientId = web.id;
export const managedLoginBrandingId = web.managedLoginBrandingId;
export const termsOfUseId = web.termsOfUseId;
export const privacyPolicyId = web.privacyPolicyId;
