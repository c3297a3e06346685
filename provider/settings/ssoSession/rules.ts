/**
 * The SSO session setting's limits (`SetUserPoolClientSessionConfiguration`): minutes that managed login may reuse a
 * user's SSO session for this client without asking again; 0 means always re-authenticate.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ClientSSOSessionConfigType.html
 */
import type { ArgumentRule } from "../../rules";
import type { SsoSessionInputs } from "./args";

export const SSO_SESSION_MINUTES = { min: 0, max: 129600, default: 60 } as const;

export const SSO_SESSION_RULES: Record<keyof SsoSessionInputs, ArgumentRule> = {
    ssoSession: {
        kind: "object",
        fields: { maxValidityMinutes: { kind: "integer", required: true, min: SSO_SESSION_MINUTES.min, max: SSO_SESSION_MINUTES.max, unit: "minutes" } },
    },
};
