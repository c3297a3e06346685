/** Argument values shared by the validation tables (unit) and the bad-input corpus (end to end). */

/** The smallest OAuth setup that satisfies every cross-field rule. */
export const OAUTH = {
    allowedOauthFlowsUserPoolClient: true,
    allowedOauthFlows: ["code"],
    allowedOauthScopes: ["openid"],
    callbackUrls: ["https://app.example/cb"],
};
export const ANALYTICS_ARN = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef";
export const ROLE_ARN = "arn:aws:iam::123456789012:role/cognito-pinpoint";
