// A public app client for MCP agents. Agents identify themselves with an HTTPS URL as their OAuth client_id (a
// client ID metadata document, CIMD); the client's CIMD policy admits the URLs of the agents' host. The same client
// has threat protection of its own (stricter than the pool's) and its own classic hosted UI style. All three are
// arguments of the client: made, changed, read and removed with it, and the policy is deleted before the client.
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import type * as aws from "@pulumi/aws";
import { UserPoolClient } from "pulumi-cognito-user-pool-client";

const config = new pulumi.Config();

// On AWS, leave userPoolId empty: the pool (Plus tier, threat protection enforced) and its classic hosted UI
// domain come from @pulumi/aws. Loaded only on that path, so a run against an existing pool needs neither.
function createUserPool(): { id: pulumi.Output<string>; domain: pulumi.Resource } {
    const awsSdk: typeof aws = require("@pulumi/aws");
    const pool = new awsSdk.cognito.UserPool("pool", { name: "mcp-agents-example", userPoolTier: "PLUS", userPoolAddOns: { advancedSecurityMode: "ENFORCED" } });
    const domain = new awsSdk.cognito.UserPoolDomain("domain", { userPoolId: pool.id, domain: pulumi.interpolate`agents-${pool.id.apply((id) => id.split("_")[1].toLowerCase())}`, managedLoginVersion: 1 });
    return { id: pool.id, domain };
}
const existing = config.get("userPoolId");
const pool = existing ? { id: pulumi.output(existing), domain: undefined } : createUserPool();
const agentsHost = config.get("agentsHost") ?? "agents.example.com";

const agents = new UserPoolClient("agents", {
    name: "mcp-agents",
    userPoolId: pool.id,
    // CIMD clients are public: no secret, the authorization code flow with PKCE.
    generateSecret: false,
    allowedOauthFlowsUserPoolClient: true,
    allowedOauthFlows: ["code"],
    allowedOauthScopes: ["openid", "email"],
    supportedIdentityProviders: ["COGNITO"],
    callbackUrls: ["https://app.example.com/oauth/callback"],
    cimdPolicies: [
        // Any agent whose metadata document is served under https://<agentsHost>/agents/.
        { policyName: "mcp-agents", urlPatterns: [`https://${agentsHost}/agents/*`], cacheDuration: 7 * 86400 },
    ],
    riskConfiguration: {
        compromisedCredentialsRiskConfiguration: { actions: { eventAction: "BLOCK" } },
        accountTakeoverRiskConfiguration: {
            actions: {
                lowAction: { eventAction: "NO_ACTION", notify: false },
                mediumAction: { eventAction: "MFA_IF_CONFIGURED", notify: false },
                highAction: { eventAction: "BLOCK", notify: false },
            },
        },
        riskExceptionConfiguration: { skippedIpRangeLists: [config.get("officeNetwork") ?? "203.0.113.0/24"] },
    },
    uiCustomization: {
        css: ".banner-customizable { background-color: #0972d3; }\n.submitButton-customizable { background-color: #0972d3; }",
        imageFile: fs.readFileSync(path.join(__dirname, "logo.png")).toString("base64"),
    },
}, { dependsOn: pool.domain ? [pool.domain] : [] });

export const clientId = agents.id;
export const cimdPolicyIds = agents.cimdPolicyIds;
export const uiImageUrl = agents.uiCustomizationImageUrl;
