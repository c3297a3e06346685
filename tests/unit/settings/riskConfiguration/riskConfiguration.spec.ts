import { expect } from "chai";
import type { RiskConfiguration, UserPoolClientOutputs } from "../../../../provider/args";
import { diffUserPoolClient } from "../../../../provider/diff";
import { CognitoApiError } from "../../../../provider/errors";
import { cidrProblem } from "../../../../provider/rules";
import {
    explainRiskConfigurationError,
    isThreatProtectionOff,
    normalizeRiskConfiguration,
    plannedRiskConfigurationWork,
    refreshedRiskConfiguration,
    riskConfigurationOf,
    riskConfigurationRequest,
} from "../../../../provider/settings/riskConfiguration";
import { UNKNOWN } from "../../../../provider/schema";
import { validateInputs } from "../../../../provider/validate";

const BASE = { name: "app", userPoolId: "us-east-1_AbC123" };
const ARN = "arn:aws:ses:us-east-1:123456789012:identity/example.com";
const COMPROMISED = { actions: { eventAction: "BLOCK" } };
const takeover = (extra: Record<string, unknown> = {}, actions: Record<string, unknown> = { highAction: { eventAction: "BLOCK", notify: false } }) => ({ accountTakeoverRiskConfiguration: { actions, ...extra } });
const notify = (fields: Record<string, unknown>) => takeover({ notifyConfiguration: { sourceArn: ARN, ...fields } });
const email = (fields: Record<string, unknown>) => notify({ blockEmail: { subject: "Blocked", ...fields } });
const ranges = (n: number) => Array.from({ length: n }, (_, i) => `10.${Math.floor(i / 256)}.${i % 256}.0/24`);
const exceptions = (lists: Record<string, unknown>) => ({ riskExceptionConfiguration: lists });
const arnOf = (n: number) => `arn:aws:ses:us-east-1:1:identity/${"a".repeat(n - 33)}`;

describe("riskConfiguration: validation at every limit", () => {
    const P = "riskConfiguration.accountTakeoverRiskConfiguration";
    const rows: [string, unknown, string[], RegExp?][] = [
        ["one block: compromised credentials", { compromisedCredentialsRiskConfiguration: COMPROMISED }, []],
        ["all three events", { compromisedCredentialsRiskConfiguration: { ...COMPROMISED, eventFilters: ["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"] } }, []],
        ["an unknown event", { compromisedCredentialsRiskConfiguration: { ...COMPROMISED, eventFilters: ["SIGN_OUT"] } }, ["riskConfiguration.compromisedCredentialsRiskConfiguration.eventFilters[0]"], /must be one of SIGN_IN, PASSWORD_CHANGE, SIGN_UP; received "SIGN_OUT"/],
        ["compromised MFA_REQUIRED (takeover only)", { compromisedCredentialsRiskConfiguration: { actions: { eventAction: "MFA_REQUIRED" } } }, ["riskConfiguration.compromisedCredentialsRiskConfiguration.actions.eventAction"], /must be one of BLOCK, NO_ACTION; received "MFA_REQUIRED"/],
        ["compromised without actions", { compromisedCredentialsRiskConfiguration: {} }, ["riskConfiguration.compromisedCredentialsRiskConfiguration.actions"], /is required$/],
        ["takeover, every event action", takeover({}, { lowAction: { eventAction: "NO_ACTION", notify: false }, mediumAction: { eventAction: "MFA_IF_CONFIGURED", notify: false }, highAction: { eventAction: "MFA_REQUIRED", notify: false } }), []],
        ["takeover action without notify", takeover({}, { lowAction: { eventAction: "BLOCK" } }), [`${P}.actions.lowAction.notify`], /is required$/],
        ["takeover action a typo", takeover({}, { lowAction: { eventAction: "BLOK", notify: false } }), [`${P}.actions.lowAction.eventAction`], /did you mean BLOCK\?/],
        ["notify true without notifyConfiguration", takeover({}, { mediumAction: { eventAction: "BLOCK", notify: true } }), [`${P}.actions.mediumAction.notify`], /is true, which needs accountTakeoverRiskConfiguration\.notifyConfiguration .*; received no notifyConfiguration$/],
        ["notify true with notifyConfiguration", { accountTakeoverRiskConfiguration: { actions: { lowAction: { eventAction: "BLOCK", notify: true } }, notifyConfiguration: { sourceArn: ARN } } }, []],
        ["sourceArn of 20 characters (min)", notify({ sourceArn: "arn:aws:ses:u:1:abcd" }), []],
        ["sourceArn of 19 characters (min-1)", notify({ sourceArn: "arn:aws:ses:u:1:abc" }), [`${P}.notifyConfiguration.sourceArn`], /must be 20 to 2048 characters long; received 19 characters/],
        ["sourceArn of 2048 characters (max)", notify({ sourceArn: arnOf(2048) }), []],
        ["sourceArn of 2049 characters (max+1)", notify({ sourceArn: arnOf(2049) }), [`${P}.notifyConfiguration.sourceArn`], /must be 20 to 2048 characters long; received 2049 characters/],
        ["sourceArn no ARN", notify({ sourceArn: "not-an-arn-but-long-enough" }), [`${P}.notifyConfiguration.sourceArn`], /must match .*\(an ARN, e\.g\./],
        ["notifyConfiguration without sourceArn", takeover({ notifyConfiguration: { from: "a@example.com" } }), [`${P}.notifyConfiguration.sourceArn`], /is required$/],
        ["from of 131072 characters (max)", notify({ from: "a".repeat(131072) }), []],
        ["from of 131073 characters (max+1)", notify({ from: "a".repeat(131073) }), [`${P}.notifyConfiguration.from`], /must be at most 131072 characters long; received 131073/],
        ["replyTo of 131073 characters (max+1)", notify({ replyTo: "a".repeat(131073) }), [`${P}.notifyConfiguration.replyTo`], /must be at most 131072 characters long/],
        ["subject of 1 character (min)", email({ subject: "x" }), []],
        ["subject of 0 characters (min-1)", email({ subject: "" }), [`${P}.notifyConfiguration.blockEmail.subject`], /must be 1 to 140 characters long; received 0 characters/],
        ["subject of 140 characters (max)", email({ subject: "s".repeat(140) }), []],
        ["subject of 141 characters (max+1)", email({ subject: "s".repeat(141) }), [`${P}.notifyConfiguration.blockEmail.subject`], /must be 1 to 140 characters long; received 141 characters/],
        ["subject with spaces and a tab", email({ subject: "Sign-in\tblocked, sorry" }), []],
        ["subject with a control character", email({ subject: "Sign-in\u0000" }), [`${P}.notifyConfiguration.blockEmail.subject`], /must match .*letters, marks, symbols, digits, punctuation and whitespace/],
        ["subject with a non-ASCII space (Java's \\s is ASCII)", email({ subject: "Sign-in\u00a0blocked" }), [`${P}.notifyConfiguration.blockEmail.subject`], /must match/],
        ["email without subject", notify({ mfaEmail: { textBody: "Hello there" } }), [`${P}.notifyConfiguration.mfaEmail.subject`], /is required$/],
        ["htmlBody of 6 characters (min)", email({ htmlBody: "<p>*</" }), []],
        ["htmlBody of 5 characters (min-1)", email({ htmlBody: "<p>a<" }), [`${P}.notifyConfiguration.blockEmail.htmlBody`], /must be 6 to 20000 characters long; received 5 characters/],
        ["textBody of 20000 characters (max)", email({ textBody: "t".repeat(20000) }), []],
        ["textBody of 20001 characters (max+1)", email({ textBody: "t".repeat(20001) }), [`${P}.notifyConfiguration.blockEmail.textBody`], /must be 6 to 20000 characters long; received 20001 characters/],
        ["every email", notify({ blockEmail: { subject: "a" }, mfaEmail: { subject: "b" }, noActionEmail: { subject: "c", htmlBody: "<b>hi</b>", textBody: "hi there" } }), []],
        ["200 IP ranges (max)", exceptions({ blockedIpRangeLists: ranges(200) }), []],
        ["201 IP ranges (max+1)", exceptions({ skippedIpRangeLists: ranges(201) }), ["riskConfiguration.riskExceptionConfiguration.skippedIpRangeLists"], /must have at most 200 items; received 201$/],
        ["IPv6 ranges, /0 and /128", exceptions({ blockedIpRangeLists: ["::/0", "2001:db8::1/128", "::ffff:192.0.2.1/128", "0.0.0.0/0", "192.0.2.1/32"] }), []],
        ["an address without a prefix", exceptions({ blockedIpRangeLists: ["192.0.2.1"] }), ["riskConfiguration.riskExceptionConfiguration.blockedIpRangeLists[0]"], /must be an IP address range in CIDR notation, e\.g\. 192\.0\.2\.0\/24 or 2001:db8::\/32 \(an address, a slash and a prefix length\); received "192\.0\.2\.1"$/],
        ["an IPv4 prefix of 33 (max+1)", exceptions({ blockedIpRangeLists: ["10.0.0.0/8", "192.0.2.0/33"] }), ["riskConfiguration.riskExceptionConfiguration.blockedIpRangeLists[1]"], /the prefix length of an IPv4 range is 0 to 32; received "192\.0\.2\.0\/33"$/],
        ["an IPv6 prefix of 129 (max+1)", exceptions({ skippedIpRangeLists: ["2001:db8::/129"] }), ["riskConfiguration.riskExceptionConfiguration.skippedIpRangeLists[0]"], /the prefix length of an IPv6 range is 0 to 128/],
        ["an octet of 256", exceptions({ blockedIpRangeLists: ["192.0.256.0/24"] }), ["riskConfiguration.riskExceptionConfiguration.blockedIpRangeLists[0]"], /"192\.0\.256\.0" is no IPv4 or IPv6 address/],
        ["a host name", exceptions({ blockedIpRangeLists: ["example.com/24"] }), ["riskConfiguration.riskExceptionConfiguration.blockedIpRangeLists[0]"], /is no IPv4 or IPv6 address/],
        ["empty IP lists (a block, nothing in it)", exceptions({ blockedIpRangeLists: [], skippedIpRangeLists: [] }), []],
        ["no block at all", {}, ["riskConfiguration"], /^riskConfiguration needs at least one of accountTakeoverRiskConfiguration, compromisedCredentialsRiskConfiguration, riskExceptionConfiguration; received none \(leave riskConfiguration out for the user pool's configuration\)$/],
        ["an unknown block", { riskExceptionConfigurations: {} }, ["riskConfiguration.riskExceptionConfigurations"], /is not a field of riskConfiguration; the fields are accountTakeoverRiskConfiguration, compromisedCredentialsRiskConfiguration, riskExceptionConfiguration/],
        ["not known until apply", UNKNOWN, []],
        ["actions not known until apply, notify unchecked", takeover({}, UNKNOWN as unknown as Record<string, unknown>), []],
    ];
    for (const [title, riskConfiguration, properties, reason] of rows) {
        it(`${properties.length ? "fails" : "accepts"} ${title}`, () => {
            const failures = validateInputs({ ...BASE, riskConfiguration });
            expect(failures.map((f) => f.property), JSON.stringify(failures).slice(0, 400)).to.deep.equal(properties);
            if (reason) expect(failures[0].reason).to.match(reason);
        });
    }
    it("reports every failure at once", () => {
        const failures = validateInputs({ ...BASE, riskConfiguration: { compromisedCredentialsRiskConfiguration: { actions: { eventAction: "X" } }, riskExceptionConfiguration: { blockedIpRangeLists: ["a", "b/1"] } } });
        expect(failures.map((f) => f.property)).to.deep.equal([
            "riskConfiguration.compromisedCredentialsRiskConfiguration.actions.eventAction",
            "riskConfiguration.riskExceptionConfiguration.blockedIpRangeLists[0]",
            "riskConfiguration.riskExceptionConfiguration.blockedIpRangeLists[1]",
        ]);
    });
});

describe("riskConfiguration: CIDR ranges, a real parse", () => {
    const rows: [string, boolean][] = [
        ["0.0.0.0/0", true], ["255.255.255.255/32", true], ["10.1.2.3/8", true], ["::/0", true], ["::1/128", true], ["2001:db8::/32", true],
        ["2001:0db8:0000:0000:0000:0000:0000:0001/64", true], ["fe80::1:2:3:4:5/10", true], ["::ffff:10.0.0.1/96", true], ["1:2:3:4:5:6:7::/112", true],
        ["10.0.0.0", false], ["10.0.0.0/", false], ["10.0.0.0/-1", false], ["10.0.0.0/08", false], ["10.0.0.0/8/8", false], ["10.0.0/8", false],
        ["010.0.0.0/8", false], ["10.0.0.0.0/8", false], ["1:2:3:4:5:6:7:8:9/64", false], ["1::2::3/64", false], ["12345::/16", false], ["gg::/16", false],
        ["1:2:3:4:5:6:7/64", false], [":::/64", false], ["::ffff:10.0.0.256/96", false], [" 10.0.0.0/8", false],
    ];
    for (const [text, valid] of rows) it(`${valid ? "accepts" : "refuses"} ${JSON.stringify(text)}`, () => expect(cidrProblem(text) === undefined).to.equal(valid));
});

describe("riskConfiguration: the request and the answer", () => {
    const FULL: RiskConfiguration = {
        accountTakeoverRiskConfiguration: {
            actions: { lowAction: { eventAction: "NO_ACTION", notify: false }, highAction: { eventAction: "BLOCK", notify: true } },
            notifyConfiguration: { sourceArn: ARN, from: "security@example.com", blockEmail: { subject: "Blocked", textBody: "We blocked it." } },
        },
        compromisedCredentialsRiskConfiguration: { actions: { eventAction: "BLOCK" }, eventFilters: ["SIGN_IN"] },
        riskExceptionConfiguration: { blockedIpRangeLists: ["192.0.2.0/24"], skippedIpRangeLists: ["198.51.100.0/24"] },
    };
    const MEMBERS = {
        AccountTakeoverRiskConfiguration: {
            Actions: { LowAction: { EventAction: "NO_ACTION", Notify: false }, HighAction: { EventAction: "BLOCK", Notify: true } },
            NotifyConfiguration: { SourceArn: ARN, From: "security@example.com", BlockEmail: { Subject: "Blocked", TextBody: "We blocked it." } },
        },
        CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" }, EventFilter: ["SIGN_IN"] },
        RiskExceptionConfiguration: { BlockedIPRangeList: ["192.0.2.0/24"], SkippedIPRangeList: ["198.51.100.0/24"] },
    };
    it("sends every block given, in the API's member names (EventFilter, BlockedIPRangeList), nothing unset", () => {
        expect(riskConfigurationRequest(FULL)).to.deep.equal(MEMBERS);
        expect(riskConfigurationRequest({ compromisedCredentialsRiskConfiguration: COMPROMISED })).to.deep.equal({ CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" } } });
    });
    it("reads the client's own configuration back in the program's form", () => {
        expect(riskConfigurationOf({ UserPoolId: "p", ClientId: "c", ...MEMBERS }, "c")).to.deep.equal(FULL);
    });
    it("reads an answer without this ClientId (the pool's) as none", () => {
        expect(riskConfigurationOf({ UserPoolId: "p", ...MEMBERS }, "c")).to.equal(undefined);
        expect(riskConfigurationOf({ UserPoolId: "p", ClientId: "other", ...MEMBERS }, "c")).to.equal(undefined);
        expect(riskConfigurationOf({ UserPoolId: "p" }, "c")).to.equal(undefined);
        expect(riskConfigurationOf(undefined, "c")).to.equal(undefined);
    });
});

describe("riskConfiguration: the normal form", () => {
    const rows: [string, RiskConfiguration, RiskConfiguration][] = [
        ["unset event filters equal all three", { compromisedCredentialsRiskConfiguration: COMPROMISED }, { compromisedCredentialsRiskConfiguration: { ...COMPROMISED, eventFilters: ["SIGN_UP", "PASSWORD_CHANGE", "SIGN_IN"] } }],
        ["event filters as a set", { compromisedCredentialsRiskConfiguration: { ...COMPROMISED, eventFilters: ["SIGN_UP", "SIGN_IN"] } }, { compromisedCredentialsRiskConfiguration: { ...COMPROMISED, eventFilters: ["SIGN_IN", "SIGN_UP", "SIGN_IN"] } }],
        ["IP lists as sets", exceptions({ blockedIpRangeLists: ["10.0.0.0/8", "192.0.2.0/24"] }), exceptions({ blockedIpRangeLists: ["192.0.2.0/24", "10.0.0.0/8", "192.0.2.0/24"] })],
        ["an empty IP list as unset", exceptions({ blockedIpRangeLists: ["10.0.0.0/8"] }), exceptions({ blockedIpRangeLists: ["10.0.0.0/8"], skippedIpRangeLists: [] })],
        ["an exception block without lists as none", { compromisedCredentialsRiskConfiguration: COMPROMISED }, { compromisedCredentialsRiskConfiguration: COMPROMISED, ...exceptions({}) }],
    ];
    for (const [title, a, b] of rows) it(title, () => expect(normalizeRiskConfiguration(a)).to.deep.equal(normalizeRiskConfiguration(b)));
    const different: [string, RiskConfiguration, RiskConfiguration][] = [
        ["one event fewer", { compromisedCredentialsRiskConfiguration: COMPROMISED }, { compromisedCredentialsRiskConfiguration: { ...COMPROMISED, eventFilters: ["SIGN_IN", "SIGN_UP"] } }],
        ["a range in the other list", exceptions({ blockedIpRangeLists: ["10.0.0.0/8"] }), exceptions({ skippedIpRangeLists: ["10.0.0.0/8"] })],
        ["notify changed", takeover(), takeover({}, { highAction: { eventAction: "BLOCK", notify: true } })],
        ["an email's body", email({ textBody: "Hello there" }), email({ textBody: "Hello again" })],
    ];
    for (const [title, a, b] of different) it(`tells apart ${title}`, () => expect(normalizeRiskConfiguration(a)).to.not.deep.equal(normalizeRiskConfiguration(b)));
    it("keeps unset as unset, a configuration of only empty lists as the client's own (not the pool's), unknown as is", () => {
        expect(normalizeRiskConfiguration(undefined)).to.equal(undefined);
        expect(normalizeRiskConfiguration(exceptions({ blockedIpRangeLists: [] }))).to.deep.equal({});
        const unknown = exceptions({ blockedIpRangeLists: [UNKNOWN] }) as RiskConfiguration;
        expect(normalizeRiskConfiguration(unknown)).to.equal(unknown);
    });
});

describe("riskConfiguration: what an update does, and the diff", () => {
    const stored = (riskConfiguration?: RiskConfiguration) => ({ riskConfiguration }) as Partial<UserPoolClientOutputs>;
    const rows: [string, RiskConfiguration | undefined, RiskConfiguration | undefined, string | undefined][] = [
        ["nothing when unchanged", { compromisedCredentialsRiskConfiguration: COMPROMISED }, { compromisedCredentialsRiskConfiguration: COMPROMISED }, undefined],
        ["nothing when only order, repeats or spelled-out events differ", { compromisedCredentialsRiskConfiguration: COMPROMISED }, { compromisedCredentialsRiskConfiguration: { ...COMPROMISED, eventFilters: ["SIGN_UP", "SIGN_IN", "PASSWORD_CHANGE"] } }, undefined],
        ["nothing without it before and after", undefined, undefined, undefined],
        ["sets when added", undefined, { compromisedCredentialsRiskConfiguration: COMPROMISED }, "set"],
        ["sets the whole when a block changes", { compromisedCredentialsRiskConfiguration: COMPROMISED }, { compromisedCredentialsRiskConfiguration: COMPROMISED, ...exceptions({ blockedIpRangeLists: ["10.0.0.0/8"] }) }, "set"],
        ["resets to the pool's when removed", { compromisedCredentialsRiskConfiguration: COMPROMISED }, undefined, "reset"],
    ];
    for (const [title, olds, news, work] of rows) it(title, () => expect(plannedRiskConfigurationWork(stored(olds), { riskConfiguration: news })).to.equal(work));

    it("diff: a change is in place, never a replacement; the normal form decides", () => {
        const olds = { ...BASE, clientId: "c", region: "us-east-1", riskConfiguration: { compromisedCredentialsRiskConfiguration: COMPROMISED } } as Partial<UserPoolClientOutputs>;
        expect(diffUserPoolClient(olds, { ...BASE, riskConfiguration: { compromisedCredentialsRiskConfiguration: { ...COMPROMISED, eventFilters: ["SIGN_IN", "SIGN_UP", "PASSWORD_CHANGE"] } } }, "us-east-1")).to.deep.equal({ changed: [], replaces: [] });
        expect(diffUserPoolClient(olds, { ...BASE, riskConfiguration: { compromisedCredentialsRiskConfiguration: { actions: { eventAction: "NO_ACTION" } } } }, "us-east-1")).to.deep.equal({ changed: ["riskConfiguration"], replaces: [] });
        expect(diffUserPoolClient(olds, { ...BASE }, "us-east-1")).to.deep.equal({ changed: ["riskConfiguration"], replaces: [] });
    });

    it("refresh keeps the stored form while the live one is the same once normal, else records the live one", () => {
        const mine = { compromisedCredentialsRiskConfiguration: { ...COMPROMISED, eventFilters: ["SIGN_UP", "SIGN_IN", "PASSWORD_CHANGE"] } };
        const live = { compromisedCredentialsRiskConfiguration: COMPROMISED };
        expect(refreshedRiskConfiguration(mine, live)).to.equal(mine);
        const changed = exceptions({ blockedIpRangeLists: ["10.0.0.0/8"] });
        expect(refreshedRiskConfiguration(mine, changed)).to.equal(changed);
        expect(refreshedRiskConfiguration(mine, undefined)).to.equal(undefined);
    });
});

describe("riskConfiguration: what its errors mean", () => {
    const error = (name: string) => new CognitoApiError("setting the threat protection of", "us-east-1_AbC/c", name, "the service's words", undefined, 1);
    for (const name of ["UserPoolAddOnNotEnabledException", "FeatureUnavailableInTierException"]) {
        it(`${name}: says to enable the Plus tier and threat protection, naming the pool`, () => {
            const explained = explainRiskConfigurationError(error(name), "us-east-1_AbC");
            expect(explained.message).to.equal(
                'riskConfiguration needs threat protection on user pool us-east-1_AbC: the pool in the Plus tier (userPoolTier: "PLUS" on aws.cognito.UserPool in @pulumi/aws) ' +
                `with userPoolAddOns.advancedSecurityMode "AUDIT" or "ENFORCED"; or leave riskConfiguration out. setting the threat protection of Cognito user pool client (us-east-1_AbC/c): ${name}: the service's words`,
            );
            expect(isThreatProtectionOff(error(name))).to.equal(true);
        });
    }
    it("a replica region: says to use the primary region", () => {
        expect(explainRiskConfigurationError(error("OperationNotEnabledException"), "us-east-1_AbC").message).to.match(/^threat protection is managed in the user pool's primary region/);
    });
    it("any other error as it is", () => {
        const other = error("InvalidParameterException");
        expect(explainRiskConfigurationError(other, "p")).to.equal(other);
        expect(isThreatProtectionOff(other)).to.equal(false);
        expect(isThreatProtectionOff(new Error("UserPoolAddOnNotEnabledException"))).to.equal(false);
    });
});
