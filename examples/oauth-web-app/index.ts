// An OAuth 2.0 web application: authorization code flow with the hosted UI, standard scopes, callback and
// logout URLs (http is allowed for localhost only), token lifetimes with explicit units, and the SSO session setting.
import * as pulumi from "@pulumi/pulumi";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();
const appUrl = config.get("appUrl") ?? "https://app.example.com";

const web = new UserPoolClient("web", {
    name: "web-app",
    userPoolId: config.require("userPoolId"),
    generateSecret: true,
    allowedOauthFlowsUserPoolClient: true,
    allowedOauthFlows: ["code"],
    allowedOauthScopes: ["openid", "email", "profile"],
    supportedIdentityProviders: ["COGNITO"],
    callbackUrls: [`${appUrl}/auth/callback`, "http://localhost:3000/auth/callback"],
    defaultRedirectUri: `${appUrl}/auth/callback`,
    logoutUrls: [`${appUrl}/signed-out`, "http://localhost:3000/signed-out"],
    explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    accessTokenValidity: 30,
    idTokenValidity: 30,
    refreshTokenValidity: 7,
    tokenValidityUnits: { accessToken: "minutes", idToken: "minutes", refreshToken: "days" },
    preventUserExistenceErrors: "ENABLED",
    enableTokenRevocation: true,
    authSessionValidity: 5,
    // Managed login may reuse a user's SSO session for 8 hours. Needs the pool in the Essentials or Plus tier with
    // session tracking enabled; leave it out for Cognito's default of 60 minutes.
    ssoSession: { maxValidityMinutes: 480 },
});

export const clientId = web.id;
export const clientSecret = web.clientSecret;
export const callbackUrls = web.callbackUrls;
