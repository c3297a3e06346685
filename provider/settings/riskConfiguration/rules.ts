/**
 * Threat protection limits (`SetRiskConfiguration`), from the service model: the email texts' lengths and patterns,
 * the SES identity's ARN, the enums of the actions and events, at most 200 IP ranges per list, each a CIDR range.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetRiskConfiguration.html
 */
import { ArgumentRule, CrossFieldRule, ObjectRule, StringRule, given, isObject } from "../../rules";
import { isUnknown } from "../../schema";
import type { RiskConfigurationInputs } from "./args";

export const ACCOUNT_TAKEOVER_EVENT_ACTIONS = ["BLOCK", "MFA_IF_CONFIGURED", "MFA_REQUIRED", "NO_ACTION"] as const;
export const COMPROMISED_CREDENTIALS_EVENT_ACTIONS = ["BLOCK", "NO_ACTION"] as const;
export const EVENT_FILTERS = ["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"] as const;
export const RISK_LEVELS = ["lowAction", "mediumAction", "highAction"] as const;
export const NOTIFY_EMAILS = ["blockEmail", "mfaEmail", "noActionEmail"] as const;
export const RISK_BLOCKS = ["accountTakeoverRiskConfiguration", "compromisedCredentialsRiskConfiguration", "riskExceptionConfiguration"] as const;
export const IP_RANGE_LISTS = ["blockedIpRangeLists", "skippedIpRangeLists"] as const;
export const RISK_LIMITS = {
    subject: { min: 1, max: 140 },
    body: { min: 6, max: 20000 },
    sourceArn: { min: 20, max: 2048 },
    address: { max: 131072 },
    ipRanges: { max: 200 },
} as const;

// Java's \s (the model's patterns are Java's): ASCII whitespace only.
const JAVA_SPACE = " \\t\\n\\x0B\\f\\r";
/** The model's EmailNotificationSubjectType: 1–140 characters. */
const SUBJECT: StringRule = {
    kind: "string", minLength: RISK_LIMITS.subject.min, maxLength: RISK_LIMITS.subject.max,
    pattern: new RegExp(`^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}${JAVA_SPACE}]+$`, "u"), patternText: "letters, marks, symbols, digits, punctuation and whitespace",
};
/** The model's EmailNotificationBodyType: 6–20000 characters. */
const BODY: StringRule = {
    kind: "string", minLength: RISK_LIMITS.body.min, maxLength: RISK_LIMITS.body.max,
    pattern: new RegExp(`^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}${JAVA_SPACE}*]+$`, "u"), patternText: "letters, marks, symbols, digits, punctuation and whitespace",
};
/** The model's ArnType. */
const ARN: StringRule = {
    kind: "string", minLength: RISK_LIMITS.sourceArn.min, maxLength: RISK_LIMITS.sourceArn.max,
    pattern: /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/,
    patternText: "an ARN, e.g. arn:aws:ses:us-east-1:123456789012:identity/example.com",
};
/** The model's StringType: at most 131072 characters. */
const ADDRESS: StringRule = { kind: "string", maxLength: RISK_LIMITS.address.max };

const EMAIL: ObjectRule = { kind: "object", fields: { subject: { ...SUBJECT, required: true }, htmlBody: BODY, textBody: BODY } };
const ACTION: ObjectRule = {
    kind: "object",
    fields: { eventAction: { kind: "string", oneOf: ACCOUNT_TAKEOVER_EVENT_ACTIONS, required: true }, notify: { kind: "boolean", required: true } },
};
const IP_RANGES = { kind: "list", maxItems: RISK_LIMITS.ipRanges.max, item: { kind: "string", cidr: true } } as const;

export const RISK_CONFIGURATION_RULE: ObjectRule = {
    kind: "object",
    fields: {
        accountTakeoverRiskConfiguration: {
            kind: "object",
            fields: {
                actions: { kind: "object", required: true, fields: Object.fromEntries(RISK_LEVELS.map((level) => [level, ACTION])) },
                notifyConfiguration: {
                    kind: "object",
                    fields: { sourceArn: { ...ARN, required: true }, from: ADDRESS, replyTo: ADDRESS, ...Object.fromEntries(NOTIFY_EMAILS.map((email) => [email, EMAIL])) },
                },
            },
        },
        compromisedCredentialsRiskConfiguration: {
            kind: "object",
            fields: {
                actions: { kind: "object", required: true, fields: { eventAction: { kind: "string", oneOf: COMPROMISED_CREDENTIALS_EVENT_ACTIONS, required: true } } },
                eventFilters: { kind: "list", item: { kind: "string", oneOf: EVENT_FILTERS } },
            },
        },
        riskExceptionConfiguration: { kind: "object", fields: { blockedIpRangeLists: IP_RANGES, skippedIpRangeLists: IP_RANGES } },
    },
};

export const RISK_CONFIGURATION_RULES: Record<keyof RiskConfigurationInputs, ArgumentRule> = {
    riskConfiguration: RISK_CONFIGURATION_RULE,
};

const knownObject = (v: unknown): v is Record<string, unknown> => isObject(v) && !isUnknown(v);

export const RISK_CONFIGURATION_CROSS_FIELD_RULES: readonly CrossFieldRule<RiskConfigurationInputs>[] = [
    // An empty block would send SetRiskConfiguration with the client ID only, which resets the client instead.
    (inputs, fail) => {
        const risk = inputs.riskConfiguration;
        if (knownObject(risk) && !RISK_BLOCKS.some((block) => given(risk[block]))) {
            fail("riskConfiguration", `needs at least one of ${RISK_BLOCKS.join(", ")}; received none (leave riskConfiguration out for the user pool's configuration)`);
        }
    },
    // The service needs an SES identity to send from before an action can notify.
    (inputs, fail) => {
        const takeover = knownObject(inputs.riskConfiguration) ? inputs.riskConfiguration.accountTakeoverRiskConfiguration : undefined;
        if (!knownObject(takeover) || given(takeover.notifyConfiguration) || !knownObject(takeover.actions)) return;
        const actions = takeover.actions as Record<string, unknown>;
        for (const level of RISK_LEVELS) {
            const action = actions[level];
            if (knownObject(action) && action.notify === true) {
                fail(`riskConfiguration.accountTakeoverRiskConfiguration.actions.${level}.notify`, "is true, which needs accountTakeoverRiskConfiguration.notifyConfiguration (its sourceArn is the SES identity the emails come from); received no notifyConfiguration");
            }
        }
    },
];
