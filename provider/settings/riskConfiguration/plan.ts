/** Pure: the request for a configuration, the described one in the program's form, the normal form, what an update does, and what errors mean. */
import type { ClientOutputs } from "../../clientArgs";
import { CognitoApiError, primaryRegionHelp, withHelp } from "../../errors";
import { containsUnknown, deepEqual } from "../../json";
import type { AccountTakeoverAction, NotifyEmail, RiskConfiguration, RiskConfigurationInputs } from "./args";
import { EVENT_FILTERS, IP_RANGE_LISTS, NOTIFY_EMAILS, RISK_LEVELS } from "./rules";

/** The members of SetRiskConfiguration besides UserPoolId and ClientId, and of a described RiskConfigurationType. */
export interface RiskConfigurationMembers {
    AccountTakeoverRiskConfiguration?: {
        Actions?: Partial<Record<"LowAction" | "MediumAction" | "HighAction", { EventAction?: string; Notify?: boolean }>>;
        NotifyConfiguration?: {
            SourceArn?: string;
            From?: string;
            ReplyTo?: string;
        } & Partial<Record<"BlockEmail" | "MfaEmail" | "NoActionEmail", { Subject?: string; HtmlBody?: string; TextBody?: string }>>;
    };
    CompromisedCredentialsRiskConfiguration?: { Actions?: { EventAction?: string }; EventFilter?: string[] };
    RiskExceptionConfiguration?: { BlockedIPRangeList?: string[]; SkippedIPRangeList?: string[] };
}

/** A described configuration: the pool's (no ClientId) or the client's. */
export interface RiskConfigurationAnswer extends RiskConfigurationMembers {
    UserPoolId?: string;
    ClientId?: string;
}

type Stored = Partial<ClientOutputs & RiskConfigurationInputs>;

const LEVEL_MEMBER = { lowAction: "LowAction", mediumAction: "MediumAction", highAction: "HighAction" } as const;
const EMAIL_MEMBER = { blockEmail: "BlockEmail", mfaEmail: "MfaEmail", noActionEmail: "NoActionEmail" } as const;
const LIST_MEMBER = { blockedIpRangeLists: "BlockedIPRangeList", skippedIpRangeLists: "SkippedIPRangeList" } as const;

/** An object without its undefined members. */
const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const emailRequest = (email: NotifyEmail) => defined({ Subject: email.subject, HtmlBody: email.htmlBody, TextBody: email.textBody });
const emailOf = (email: { Subject?: string; HtmlBody?: string; TextBody?: string }): NotifyEmail => defined({ subject: email.Subject!, htmlBody: email.HtmlBody, textBody: email.TextBody });

/** The request's members for a configuration: every block given, as a whole. */
export function riskConfigurationRequest(config: RiskConfiguration): RiskConfigurationMembers {
    const request: RiskConfigurationMembers = {};
    const takeover = config.accountTakeoverRiskConfiguration;
    if (takeover) {
        const actions = Object.fromEntries(RISK_LEVELS.filter((l) => takeover.actions[l]).map((l) => [LEVEL_MEMBER[l], { EventAction: takeover.actions[l]!.eventAction, Notify: takeover.actions[l]!.notify }]));
        const notify = takeover.notifyConfiguration;
        request.AccountTakeoverRiskConfiguration = defined({
            Actions: actions,
            NotifyConfiguration: notify && defined({
                SourceArn: notify.sourceArn, From: notify.from, ReplyTo: notify.replyTo,
                ...Object.fromEntries(NOTIFY_EMAILS.filter((e) => notify[e]).map((e) => [EMAIL_MEMBER[e], emailRequest(notify[e]!)])),
            }),
        });
    }
    const compromised = config.compromisedCredentialsRiskConfiguration;
    if (compromised) request.CompromisedCredentialsRiskConfiguration = defined({ Actions: { EventAction: compromised.actions.eventAction }, EventFilter: compromised.eventFilters });
    const exceptions = config.riskExceptionConfiguration;
    if (exceptions) request.RiskExceptionConfiguration = defined(Object.fromEntries(IP_RANGE_LISTS.map((l) => [LIST_MEMBER[l], exceptions[l]])));
    return request;
}

/** A described configuration in the program's form; undefined when it is not this client's own (the pool's applies). */
export function riskConfigurationOf(answer: RiskConfigurationAnswer | undefined, clientId: string): RiskConfiguration | undefined {
    if (!answer || answer.ClientId !== clientId) return undefined;
    const config: RiskConfiguration = {};
    const takeover = answer.AccountTakeoverRiskConfiguration;
    if (takeover) {
        const actions = takeover.Actions ?? {};
        const notify = takeover.NotifyConfiguration;
        config.accountTakeoverRiskConfiguration = defined({
            actions: Object.fromEntries(RISK_LEVELS.filter((l) => actions[LEVEL_MEMBER[l]]).map((l) => [l, { eventAction: actions[LEVEL_MEMBER[l]]!.EventAction!, notify: actions[LEVEL_MEMBER[l]]!.Notify ?? false } satisfies AccountTakeoverAction])),
            notifyConfiguration: notify && defined({
                sourceArn: notify.SourceArn!, from: notify.From, replyTo: notify.ReplyTo,
                ...Object.fromEntries(NOTIFY_EMAILS.filter((e) => notify[EMAIL_MEMBER[e]]).map((e) => [e, emailOf(notify[EMAIL_MEMBER[e]]!)])),
            }),
        });
    }
    const compromised = answer.CompromisedCredentialsRiskConfiguration;
    if (compromised) config.compromisedCredentialsRiskConfiguration = defined({ actions: { eventAction: compromised.Actions?.EventAction ?? "" }, eventFilters: compromised.EventFilter });
    const exceptions = answer.RiskExceptionConfiguration;
    if (exceptions) config.riskExceptionConfiguration = defined(Object.fromEntries(IP_RANGE_LISTS.map((l) => [l, exceptions[LIST_MEMBER[l]]])));
    return config;
}

const asSet = (values: readonly string[]): string[] => [...new Set(values)].sort();

/**
 * Normal form for comparison: event filters and IP ranges as sets (sorted, no repeats); unset event filters as all
 * three events (the model: "Defaults to all events"); an empty IP list as unset, and an exception block without
 * lists as none. A value not known until apply is kept as it is, so the diff counts it as a change.
 */
export function normalizeRiskConfiguration(config: RiskConfiguration | undefined): RiskConfiguration | undefined {
    if (config === undefined || containsUnknown(config)) return config;
    const normal: RiskConfiguration = {};
    const takeover = config.accountTakeoverRiskConfiguration;
    if (takeover) {
        const notify = takeover.notifyConfiguration;
        normal.accountTakeoverRiskConfiguration = defined({
            actions: defined(Object.fromEntries(RISK_LEVELS.map((l) => [l, takeover.actions?.[l] && { eventAction: takeover.actions[l]!.eventAction, notify: takeover.actions[l]!.notify }]))),
            notifyConfiguration: notify && defined({
                sourceArn: notify.sourceArn, from: notify.from, replyTo: notify.replyTo,
                ...Object.fromEntries(NOTIFY_EMAILS.map((e) => [e, notify[e] && defined({ subject: notify[e]!.subject, htmlBody: notify[e]!.htmlBody, textBody: notify[e]!.textBody })])),
            }),
        });
    }
    const compromised = config.compromisedCredentialsRiskConfiguration;
    if (compromised) normal.compromisedCredentialsRiskConfiguration = { actions: { eventAction: compromised.actions?.eventAction }, eventFilters: asSet(compromised.eventFilters ?? EVENT_FILTERS) };
    const exceptions = config.riskExceptionConfiguration;
    const lists = exceptions ? Object.fromEntries(IP_RANGE_LISTS.filter((l) => exceptions[l]?.length).map((l) => [l, asSet(exceptions[l]!)])) : {};
    if (Object.keys(lists).length) normal.riskExceptionConfiguration = lists;
    return normal;
}

/** Whether two configurations are the same once normal. */
export const sameRiskConfiguration = (a: RiskConfiguration | undefined, b: RiskConfiguration | undefined): boolean => deepEqual(normalizeRiskConfiguration(a), normalizeRiskConfiguration(b));

/** What an update does: set the whole configuration, reset the client to the pool's, or nothing. */
export function plannedRiskConfigurationWork(olds: Stored, news: RiskConfigurationInputs): "set" | "reset" | undefined {
    if (sameRiskConfiguration(olds.riskConfiguration, news.riskConfiguration)) return undefined;
    return news.riskConfiguration === undefined ? "reset" : "set";
}

/** Whether reading the client must describe its configuration: its state has one. */
export const usesRiskConfiguration = (stored: Stored): boolean => stored.riskConfiguration !== undefined;

/** What refresh records: the stored configuration while the live one is the same once normal (the program's form kept), else the live one. */
export const refreshedRiskConfiguration = (stored: RiskConfiguration | undefined, live: RiskConfiguration | undefined): RiskConfiguration | undefined =>
    sameRiskConfiguration(stored, live) ? stored : live;

/** Errors that mean the pool has no threat protection (not in the Plus tier, or the add-on off). */
const THREAT_PROTECTION_OFF = ["UserPoolAddOnNotEnabledException", "FeatureUnavailableInTierException"];
export const isThreatProtectionOff = (error: unknown): boolean => error instanceof CognitoApiError && THREAT_PROTECTION_OFF.includes(error.awsErrorName ?? "");

const threatProtectionHelp = (userPoolId: string) =>
    `riskConfiguration needs threat protection on user pool ${userPoolId}: the pool in the Plus tier (userPoolTier: "PLUS" on ` +
    `aws.cognito.UserPool in @pulumi/aws) with userPoolAddOns.advancedSecurityMode "AUDIT" or "ENFORCED"; or leave riskConfiguration out`;
const REGION_HELP = primaryRegionHelp("threat protection is");

/** An error of a threat protection call, with what to enable when that is the cause. */
export function explainRiskConfigurationError(error: unknown, userPoolId: string): Error {
    if (!(error instanceof CognitoApiError)) return error as Error;
    if (isThreatProtectionOff(error)) return withHelp(error, `${threatProtectionHelp(userPoolId)}. ${error.message}`);
    if (error.awsErrorName === "OperationNotEnabledException") return withHelp(error, `${REGION_HELP} (user pool ${userPoolId}). ${error.message}`);
    return error;
}
