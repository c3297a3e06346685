import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unknownCheckingProxy } from "@pulumi/policy";
import { GUARDRAIL_RULES, ClientProps, defaultParameters } from "../../provider/guardrails/rules";
import { resolveGuardrailConfig } from "../../provider/guardrails/config";
import { auditClients, auditTable, stackClients } from "../../provider/guardrails/audit";
import { CHECKED_TYPES, cognitoClientPolicies } from "../../provider/guardrails/policyPack";

const POOL = "us-east-1_AbC123";
/** A client every rule passes: confidential, code grant, exact https URLs, rotation, revocation, ENABLED. */
const COMPLIANT = {
    userPoolId: POOL,
    generateSecret: true,
    explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"],
    allowedOauthFlowsUserPoolClient: true,
    allowedOauthFlows: ["code"],
    allowedOauthScopes: ["openid", "email"],
    callbackUrls: ["https://app.example.com/callback"],
    logoutUrls: ["https://app.example.com/"],
    defaultRedirectUri: "https://app.example.com/callback",
    preventUserExistenceErrors: "ENABLED",
    enableTokenRevocation: true,
    refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 10 },
};
const PUBLIC = { ...COMPLIANT, generateSecret: undefined };

/** The three shapes the same arguments arrive in: @pulumi/aws's, the dynamic resource's (with its provider text) and the plugin's. */
const SHAPES: [string, (props: Record<string, unknown>) => Record<string, unknown>][] = [
    ["@pulumi/aws", (p) => p],
    ["dynamic", (p) => ({ ...p, __provider: "exports.handler = ..." })],
    ["plugin", (p) => p],
];

function findings(id: string, props: Record<string, unknown>, params: Record<string, unknown> = {}, stack?: string) {
    const rule = GUARDRAIL_RULES.find((r) => r.id === id)!;
    return rule.check(props, { stack, params: { ...defaultParameters(rule), ...params } as never });
}

describe("guardrails: the rules", () => {
    it("every rule has a stable ID, a description, a source, a severity and a default level; the IDs are unique", () => {
        const ids = GUARDRAIL_RULES.map((r) => r.id);
        expect(new Set(ids).size).to.equal(ids.length);
        expect(ids).to.have.length(11);
        for (const rule of GUARDRAIL_RULES) {
            expect(rule.id).to.match(/^cognito-client-[a-z-]+$/);
            expect(rule.description).to.match(/\.$/);
            expect(rule.source.length).to.be.greaterThan(20);
            expect(["low", "medium", "high", "critical"]).to.include(rule.severity);
        }
        expect(GUARDRAIL_RULES.filter((r) => r.remediate).map((r) => r.id)).to.deep.equal(["cognito-client-prevent-user-existence-errors", "cognito-client-token-revocation"]);
    });

    for (const [shape, as] of SHAPES) {
        it(`a compliant client draws no finding from any rule (${shape})`, () => {
            for (const rule of GUARDRAIL_RULES) expect(findings(rule.id, as(COMPLIANT)), rule.id).to.deep.equal([]);
        });
    }

    // [rule, props, params, stack, the properties of the findings expected ([] for none)]
    const table: [string, Record<string, unknown>, Record<string, unknown>, string | undefined, string[]][] = [
        ["cognito-client-prevent-user-existence-errors", { ...COMPLIANT, preventUserExistenceErrors: undefined }, {}, undefined, ["preventUserExistenceErrors"]],
        ["cognito-client-prevent-user-existence-errors", { ...COMPLIANT, preventUserExistenceErrors: "LEGACY" }, {}, undefined, ["preventUserExistenceErrors"]],
        ["cognito-client-token-revocation", { ...COMPLIANT, enableTokenRevocation: undefined }, {}, undefined, []],
        ["cognito-client-token-revocation", { ...COMPLIANT, enableTokenRevocation: false }, {}, undefined, ["enableTokenRevocation"]],
        ["cognito-client-no-implicit-grant", { ...COMPLIANT, allowedOauthFlows: ["code", "implicit"] }, {}, undefined, ["allowedOauthFlows"]],
        ["cognito-client-no-implicit-grant", { ...COMPLIANT, allowedOauthFlows: undefined }, {}, undefined, []],
        ...["ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"].map((flow): [string, Record<string, unknown>, Record<string, unknown>, string | undefined, string[]] =>
            ["cognito-client-no-password-flows-on-public-clients", { ...PUBLIC, explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", flow] }, {}, undefined, ["explicitAuthFlows"]]),
        ...["USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"].map((flow): [string, Record<string, unknown>, Record<string, unknown>, string | undefined, string[]] =>
            ["cognito-client-no-password-flows-on-public-clients", { ...PUBLIC, explicitAuthFlows: [flow] }, {}, undefined, ["explicitAuthFlows"]]),
        ["cognito-client-no-password-flows-on-public-clients", { ...COMPLIANT, explicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, {}, undefined, []],
        ["cognito-client-no-password-flows-on-public-clients", { ...PUBLIC, clientSecret: "a-custom-secret", explicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"] }, {}, undefined, []],
        ["cognito-client-no-password-flows-on-public-clients", { ...PUBLIC, explicitAuthFlows: undefined }, {}, undefined, []],
        ["cognito-client-public-client-pkce", PUBLIC, {}, undefined, ["allowedOauthFlows"]],
        ["cognito-client-public-client-pkce", { ...PUBLIC, generateSecret: false }, {}, undefined, ["allowedOauthFlows"]],
        ["cognito-client-public-client-pkce", { ...PUBLIC, allowedOauthFlows: undefined }, {}, undefined, []],
        ["cognito-client-redirect-uris", { ...COMPLIANT, callbackUrls: ["https://app.example.com/*"], defaultRedirectUri: undefined }, {}, undefined, ["callbackUrls[0]"]],
        ["cognito-client-redirect-uris", { ...COMPLIANT, callbackUrls: ["https://app.example.com/cb#x"], defaultRedirectUri: undefined }, {}, undefined, ["callbackUrls[0]"]],
        ["cognito-client-redirect-uris", { ...COMPLIANT, logoutUrls: ["https://ok.example.com", "http://app.example.com/"] }, {}, undefined, ["logoutUrls[1]"]],
        ["cognito-client-redirect-uris", { ...COMPLIANT, callbackUrls: ["myapp://callback"], defaultRedirectUri: undefined }, {}, undefined, []],
        ["cognito-client-redirect-uris", { ...COMPLIANT, callbackUrls: ["http://localhost:3000/cb"], defaultRedirectUri: undefined }, {}, "dev", ["callbackUrls[0]"]],
        ["cognito-client-redirect-uris", { ...COMPLIANT, callbackUrls: ["http://localhost:3000/cb"], defaultRedirectUri: undefined }, { loopbackHttpStacks: ["dev"] }, "dev", []],
        ["cognito-client-redirect-uris", { ...COMPLIANT, callbackUrls: ["http://127.0.0.1/cb", "http://[::1]/cb"], defaultRedirectUri: undefined }, { loopbackHttpStacks: ["dev"] }, "prod", ["callbackUrls[0]", "callbackUrls[1]"]],
        ["cognito-client-redirect-uris", { ...COMPLIANT, callbackUrls: ["http://localhost/cb"], defaultRedirectUri: undefined }, { loopbackHttpStacks: ["*"] }, undefined, []],
        ["cognito-client-redirect-uris", { ...COMPLIANT, callbackUrls: ["http://localhost.example.com/cb"], defaultRedirectUri: undefined }, { loopbackHttpStacks: ["*"] }, undefined, ["callbackUrls[0]"]],
        ["cognito-client-redirect-uris", { ...COMPLIANT, defaultRedirectUri: "https://other.example.com/" }, {}, undefined, ["defaultRedirectUri"]],
        ["cognito-client-refresh-token-rotation", { ...PUBLIC, refreshTokenRotation: undefined }, {}, undefined, ["refreshTokenRotation"]],
        ["cognito-client-refresh-token-rotation", { ...PUBLIC, refreshTokenRotation: { feature: "DISABLED" } }, {}, undefined, ["refreshTokenRotation"]],
        ["cognito-client-refresh-token-rotation", { ...PUBLIC, refreshTokenRotation: [{ feature: "ENABLED" }] }, {}, undefined, []],
        ["cognito-client-refresh-token-rotation", { ...COMPLIANT, refreshTokenRotation: undefined }, {}, undefined, []],
        // Token lifetimes at the exact maxima, and one unit over.
        ["cognito-client-token-lifetimes", { ...COMPLIANT, accessTokenValidity: 60, tokenValidityUnits: { accessToken: "minutes" } }, {}, undefined, []],
        ["cognito-client-token-lifetimes", { ...COMPLIANT, accessTokenValidity: 61, tokenValidityUnits: { accessToken: "minutes" } }, {}, undefined, ["accessTokenValidity"]],
        ["cognito-client-token-lifetimes", { ...COMPLIANT, idTokenValidity: 3601, tokenValidityUnits: { idToken: "seconds" } }, {}, undefined, ["idTokenValidity"]],
        ["cognito-client-token-lifetimes", { ...COMPLIANT, idTokenValidity: 2 }, {}, undefined, ["idTokenValidity"]],
        ["cognito-client-token-lifetimes", { ...COMPLIANT, refreshTokenValidity: 30 }, {}, undefined, []],
        ["cognito-client-token-lifetimes", { ...COMPLIANT, refreshTokenValidity: 31 }, {}, undefined, ["refreshTokenValidity"]],
        ["cognito-client-token-lifetimes", { ...COMPLIANT, refreshTokenValidity: 720, tokenValidityUnits: [{ refreshToken: "hours" }] }, {}, undefined, []],
        ["cognito-client-token-lifetimes", { ...COMPLIANT, refreshTokenValidity: 0 }, { maxRefreshTokenDays: 29 }, undefined, ["refreshTokenValidity"]],
        ["cognito-client-token-lifetimes", { ...COMPLIANT }, { maxRefreshTokenDays: 29 }, undefined, ["refreshTokenValidity"]],
        ["cognito-client-token-lifetimes", { ...COMPLIANT, tokenValidityUnits: { refreshToken: "hours" } }, { maxRefreshTokenDays: 1 }, undefined, ["refreshTokenValidity"]],
        ["cognito-client-token-lifetimes", { ...COMPLIANT, accessTokenValidity: 30, tokenValidityUnits: { accessToken: "minutes" } }, { maxAccessTokenMinutes: 30 }, undefined, []],
        ["cognito-client-token-lifetimes", { ...COMPLIANT }, { maxAccessTokenMinutes: 59, maxIdTokenMinutes: 59 }, undefined, ["accessTokenValidity", "idTokenValidity"]],
        ["cognito-client-machine-to-machine", { generateSecret: true, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["api/read"] }, {}, undefined, ["explicitAuthFlows"]],
        ["cognito-client-machine-to-machine", { generateSecret: true, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["api/read"], explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"] }, {}, undefined, []],
        ["cognito-client-machine-to-machine", { generateSecret: true, explicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH"] }, {}, undefined, []],
        ["cognito-client-machine-to-machine", { generateSecret: true, allowedOauthFlows: ["client_credentials", "code"], allowedOauthScopes: ["openid", "api/read"], explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"] }, {}, undefined, ["explicitAuthFlows", "allowedOauthFlows", "allowedOauthScopes"]],
        ["cognito-client-least-privilege", { ...COMPLIANT, allowedOauthScopes: ["openid", "aws.cognito.signin.user.admin"] }, {}, undefined, ["allowedOauthScopes"]],
        ["cognito-client-least-privilege", { ...COMPLIANT, allowedOauthScopes: ["openid", "profile", "api/read"] }, {}, undefined, []],
        ["cognito-client-least-privilege", { ...COMPLIANT, writeAttributes: ["name", "email_verified", "phone_number_verified"] }, {}, undefined, ["writeAttributes"]],
        ["cognito-client-least-privilege", { ...COMPLIANT, writeAttributes: ["name", "email", "phone_number"] }, {}, undefined, []],
        ["cognito-client-threat-protection", { ...COMPLIANT, riskConfiguration: { accountTakeoverRiskConfiguration: { actions: { highAction: { eventAction: "NO_ACTION", notify: true } } } } }, {}, undefined, ["riskConfiguration.accountTakeoverRiskConfiguration.actions.highAction"]],
        ["cognito-client-threat-protection", { ...COMPLIANT, riskConfiguration: { accountTakeoverRiskConfiguration: { actions: { lowAction: { eventAction: "BLOCK", notify: false } } } } }, {}, undefined, ["riskConfiguration.accountTakeoverRiskConfiguration.actions.highAction"]],
        ["cognito-client-threat-protection", { ...COMPLIANT, riskConfiguration: { accountTakeoverRiskConfiguration: { actions: { highAction: { eventAction: "MFA_REQUIRED", notify: true } } } } }, {}, undefined, []],
        ["cognito-client-threat-protection", { ...COMPLIANT, riskConfiguration: { compromisedCredentialsRiskConfiguration: { actions: { eventAction: "NO_ACTION" } } } }, {}, undefined, ["riskConfiguration.compromisedCredentialsRiskConfiguration.actions.eventAction"]],
        ["cognito-client-threat-protection", { ...COMPLIANT, riskConfiguration: { riskExceptionConfiguration: { skippedIpRangeLists: ["10.0.0.0/8", "0.0.0.0/0"] } } }, {}, undefined, ["riskConfiguration.riskExceptionConfiguration.skippedIpRangeLists"]],
    ];
    for (const [id, props, params, stack, expected] of table) {
        for (const [shape, as] of SHAPES) {
            it(`${id.replace("cognito-client-", "")} (${shape}): ${JSON.stringify({ ...props, ...params, stack }).slice(0, 150)} → ${expected.join(", ") || "no finding"}`, () => {
                const found = findings(id, as(props), params, stack);
                expect(found.map((f) => f.property)).to.deep.equal(expected);
                for (const f of found) expect(f.problem.length * f.fix.length).to.be.greaterThan(0);
            });
        }
    }

    it("a finding names the value received and the limit", () => {
        const [lifetime] = findings("cognito-client-token-lifetimes", { refreshTokenValidity: 90 });
        expect(lifetime.problem).to.equal("is 90 days, 90 days, longer than the maximum of 30 days");
        const [url] = findings("cognito-client-redirect-uris", { callbackUrls: ["http://app.example.com/cb"] });
        expect(url.problem).to.include('"http://app.example.com/cb"').and.include("plain http");
    });

    it("the fixes of the two remediable rules change only their argument", () => {
        const client = { ...PUBLIC, preventUserExistenceErrors: "LEGACY", enableTokenRevocation: false };
        const byId = (id: string) => GUARDRAIL_RULES.find((r) => r.id === id)!;
        expect(byId("cognito-client-prevent-user-existence-errors").remediate!(client)).to.deep.equal({ ...client, preventUserExistenceErrors: "ENABLED" });
        expect(byId("cognito-client-token-revocation").remediate!(client)).to.deep.equal({ ...client, enableTokenRevocation: true });
    });
});

describe("guardrails: docs/guardrails.md", () => {
    const docs = fs.readFileSync(path.join(__dirname, "..", "..", "..", "docs", "guardrails.md"), "utf8");
    for (const rule of GUARDRAIL_RULES) {
        it(`its table has ${rule.id}, with its severity, default level and parameters`, () => {
            const row = docs.split("\n").find((line) => line.startsWith(`| \`${rule.id}\` |`));
            expect(row, "a row").to.be.a("string");
            const cells = row!.split(" | ");
            expect(cells[3]).to.equal(rule.severity);
            expect(cells[4]).to.match(new RegExp(`^${rule.defaultLevel}${rule.remediate ? " \\(can remediate\\)" : ""}$`));
            for (const [name, spec] of Object.entries(rule.parameters)) expect(cells[5]).to.include(`\`${name}\``).and.include(Array.isArray(spec.default) ? "none" : `(${spec.default})`);
        });
    }
});

describe("guardrails: an argument unknown at preview", () => {
    const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    it("stops only the rules that read it, with the policy SDK's error naming the argument", () => {
        const props = unknownCheckingProxy({ ...COMPLIANT, callbackUrls: ["https://app.example.com/callback", UNKNOWN_STRING], userPoolId: UNKNOWN_STRING }) as ClientProps;
        const redirect = GUARDRAIL_RULES.find((r) => r.id === "cognito-client-redirect-uris")!;
        expect(() => redirect.check(props, { params: defaultParameters(redirect) })).to.throw(/string value at \.callbackUrls\.1 can't be known during preview/);
        for (const rule of GUARDRAIL_RULES.filter((r) => r !== redirect)) {
            expect(rule.check(props, { params: defaultParameters(rule) }), rule.id).to.deep.equal([]);
        }
    });
});

describe("guardrails: a team's configuration", () => {
    it("defaults: each rule at its own level, with its parameters' defaults", () => {
        const { settings, problems } = resolveGuardrailConfig(undefined);
        expect(problems).to.deep.equal([]);
        expect(settings.get("cognito-client-no-implicit-grant")).to.deep.equal({ level: "mandatory", params: {} });
        expect(settings.get("cognito-client-token-lifetimes")).to.deep.equal({ level: "advisory", params: { maxAccessTokenMinutes: 60, maxIdTokenMinutes: 60, maxRefreshTokenDays: 30 } });
    });

    it("all, a level per rule, parameters; remediate on a rule with no fix reports as mandatory", () => {
        const { settings, problems } = resolveGuardrailConfig({
            all: "advisory",
            "cognito-client-public-client-pkce": "disabled",
            "cognito-client-token-lifetimes": { enforcementLevel: "mandatory", maxRefreshTokenDays: 7 },
            "cognito-client-prevent-user-existence-errors": "remediate",
            "cognito-client-no-implicit-grant": "remediate",
        });
        expect(problems).to.deep.equal([]);
        expect(settings.get("cognito-client-redirect-uris")!.level).to.equal("advisory");
        expect(settings.get("cognito-client-public-client-pkce")!.level).to.equal("disabled");
        expect(settings.get("cognito-client-token-lifetimes")).to.deep.equal({ level: "mandatory", params: { maxAccessTokenMinutes: 60, maxIdTokenMinutes: 60, maxRefreshTokenDays: 7 } });
        expect(settings.get("cognito-client-prevent-user-existence-errors")!.level).to.equal("remediate");
        expect(settings.get("cognito-client-no-implicit-grant")!.level).to.equal("mandatory");
    });

    it("every problem at once, each naming the key, the rule and the value received", () => {
        const { problems } = resolveGuardrailConfig({
            all: "strict",
            "cognito-client-no-such-rule": "advisory",
            "cognito-client-token-lifetimes": { maxRefreshTokenDays: 0, maxIdTokenMinutes: "60", minutes: 5 },
            "cognito-client-redirect-uris": { loopbackHttpStacks: "dev", enforcementLevel: "warn" },
        });
        expect(problems).to.deep.equal([
            "cognito-client-no-such-rule: no such rule; the rules are " + GUARDRAIL_RULES.map((r) => r.id).join(", ") + ' (and "all" sets every level)',
            'all: the enforcement level must be one of advisory, mandatory, remediate, disabled; received "strict"',
            'cognito-client-redirect-uris.loopbackHttpStacks: must be a list of strings; received "dev"',
            'cognito-client-redirect-uris.enforcementLevel: the enforcement level must be one of advisory, mandatory, remediate, disabled; received "warn"',
            "cognito-client-token-lifetimes.maxRefreshTokenDays: must be an integer of at least 1; received 0",
            'cognito-client-token-lifetimes.maxIdTokenMinutes: must be an integer of at least 5; received "60"',
            "cognito-client-token-lifetimes.minutes: no such parameter; the rule's parameters are maxAccessTokenMinutes, maxIdTokenMinutes, maxRefreshTokenDays (and enforcementLevel)",
        ]);
        expect(resolveGuardrailConfig([]).problems).to.deep.equal(["the configuration must be an object of rule IDs (and \"all\"); received []"]);
    });
});

describe("guardrails: the policy pack's policies", () => {
    const policies = cognitoClientPolicies({ "cognito-client-token-lifetimes": { maxAccessTokenMinutes: 30 } });
    const byName = (name: string) => policies.find((p) => p.name === name)!;
    const validate = (name: string, type: string, props: Record<string, unknown>, config: Record<string, unknown> = {}) => {
        const violations: string[] = [];
        const policy = byName(name) as { validateResource: (args: unknown, report: (m: string) => void) => void };
        policy.validateResource({ type, props: unknownCheckingProxy(props), urn: `urn:pulumi:dev::app::${type}::web`, getConfig: () => config }, (m) => violations.push(m));
        return violations;
    };

    it("one policy per rule, with its level, severity and the team's parameters as the schema's defaults", () => {
        expect(policies.map((p) => p.name)).to.deep.equal(GUARDRAIL_RULES.map((r) => r.id));
        expect(byName("cognito-client-token-lifetimes").configSchema!.properties.maxAccessTokenMinutes).to.include({ type: "integer", default: 30, minimum: 5 });
        expect(byName("cognito-client-no-implicit-grant")).to.include({ enforcementLevel: "mandatory", severity: "high" });
        expect(byName("cognito-client-no-implicit-grant").configSchema).to.equal(undefined);
    });

    it("checks the three client types and nothing else", () => {
        const props = { ...COMPLIANT, allowedOauthFlows: ["implicit"] };
        for (const type of CHECKED_TYPES) expect(validate("cognito-client-no-implicit-grant", type, props), type).to.have.length(1);
        expect(validate("cognito-client-no-implicit-grant", "aws:cognito/userPool:UserPool", props)).to.deep.equal([]);
    });

    it("a violation names the argument, the problem and the fix; the pack's configuration overrides the team's parameter", () => {
        const props = { ...COMPLIANT, accessTokenValidity: 45, tokenValidityUnits: { accessToken: "minutes" } };
        expect(validate("cognito-client-token-lifetimes", CHECKED_TYPES[2], props)).to.deep.equal(["accessTokenValidity: is 45 minutes, 45 minutes, longer than the maximum of 30 minutes. Fix: at most 30 minutes, or raise the rule's maximum."]);
        expect(validate("cognito-client-token-lifetimes", CHECKED_TYPES[2], props, { maxAccessTokenMinutes: 45 })).to.deep.equal([]);
    });

    it("the stack comes from the URN", () => {
        const props = { ...COMPLIANT, callbackUrls: ["http://localhost/cb"], defaultRedirectUri: undefined };
        expect(validate("cognito-client-redirect-uris", CHECKED_TYPES[1], props, { loopbackHttpStacks: ["dev"] })).to.deep.equal([]);
        expect(validate("cognito-client-redirect-uris", CHECKED_TYPES[1], props, { loopbackHttpStacks: ["prod"] })).to.have.length(1);
    });

    it("a remediation keeps unknown values as the engine's markers and fixes only its argument", () => {
        const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
        const policy = byName("cognito-client-prevent-user-existence-errors") as { remediateResource: (args: unknown) => unknown };
        const props = { ...COMPLIANT, userPoolId: UNKNOWN_STRING, preventUserExistenceErrors: undefined };
        expect(policy.remediateResource({ type: CHECKED_TYPES[0], props: unknownCheckingProxy(props), urn: "urn:pulumi:dev::app::t::web", getConfig: () => ({}) }))
            .to.deep.equal({ ...props, preventUserExistenceErrors: "ENABLED" });
        expect(policy.remediateResource({ type: CHECKED_TYPES[0], props: unknownCheckingProxy(COMPLIANT), urn: "urn:pulumi:dev::app::t::web", getConfig: () => ({}) })).to.equal(undefined);
    });

    it("the policies load without @pulumi/policy; the pack without it says what to install", () => {
        const preload = path.join(os.tmpdir(), `without-pulumi-policy-${process.pid}.js`);
        fs.writeFileSync(preload, 'const M = require("module"); const resolve = M._resolveFilename;\n' +
            'M._resolveFilename = function (request, ...rest) { if (request === "@pulumi/policy") { const e = new Error("Cannot find module \'@pulumi/policy\'"); e.code = "MODULE_NOT_FOUND"; throw e; } return resolve.call(this, request, ...rest); };\n');
        const module = JSON.stringify(require.resolve("../../provider/guardrails/policyPack"));
        const run = (code: string) => spawnSync(process.execPath, ["-r", preload, "-e", code], { encoding: "utf8" });
        try {
            expect(run(`console.log(require(${module}).cognitoClientPolicies().length)`).stdout.trim()).to.equal(String(GUARDRAIL_RULES.length));
            const pack = run(`new (require(${module}).CognitoClientGuardrails)()`);
            expect(pack.status).to.not.equal(0);
            expect(pack.stderr).to.include("@pulumi/policy, which is not installed beside pulumi-cognito-user-pool-client: npm install --save-dev @pulumi/policy");
        } finally {
            fs.rmSync(preload, { force: true });
        }
    });

    it("a configuration with problems throws them all", () => {
        expect(() => cognitoClientPolicies({ all: "strict", "cognito-client-x": "advisory" } as never)).to.throw(/not valid:\n {2}cognito-client-x: no such rule.*\n {2}all: the enforcement level/s);
    });
});

describe("guardrails: the audit", () => {
    const { settings } = resolveGuardrailConfig({ "cognito-client-public-client-pkce": "disabled" });
    const clients = [
        { userPoolId: POOL, clientId: "good1", clientName: "good", props: COMPLIANT },
        { userPoolId: POOL, clientId: "bad1", clientName: "bad", props: { ...PUBLIC, allowedOauthFlows: ["implicit"], preventUserExistenceErrors: "LEGACY", refreshTokenRotation: undefined } },
    ];

    it("counts findings and those at a mandatory level; a disabled rule draws none", () => {
        const result = auditClients(clients, settings);
        expect(result.clients[0].findings).to.deep.equal([]);
        expect(result.clients[1].findings.map((f) => `${f.rule}:${f.level}`)).to.deep.equal([
            "cognito-client-prevent-user-existence-errors:advisory",
            "cognito-client-no-implicit-grant:mandatory",
            "cognito-client-refresh-token-rotation:mandatory",
        ]);
        expect(result).to.include({ findings: 3, failed: 2 });
    });

    it("the table: client, rule, level, what to change, and a summary naming the clean clients", () => {
        const table = auditTable(auditClients(clients, settings));
        const lines = table.split("\n");
        expect(lines[0]).to.match(/^CLIENT\s+RULE \(cognito-client-…\)\s+LEVEL\s+WHAT TO CHANGE$/);
        expect(lines[2]).to.match(/^bad \(bad1\)\s+no-implicit-grant\s+mandatory\s+allowedOauthFlows: includes implicit.*Fix: use the authorization code grant/);
        expect(lines[lines.length - 1]).to.equal("2 client(s) audited: 3 finding(s), 2 at a mandatory level (cognito-client-no-implicit-grant, cognito-client-refresh-token-rotation); no finding for good");
    });

    it("the stack's clients of the three types, by <userPoolId>/<clientId>", () => {
        const resource = (type: string, name: string, id: string | undefined, where: "inputs" | "outputs") => ({ urn: `urn:pulumi:dev::app::${type}::${name}`, type, id, [where]: { userPoolId: POOL } });
        const exported = { deployment: { resources: [
            resource(CHECKED_TYPES[0], "old", "c1", "outputs"), resource(CHECKED_TYPES[1], "dyn", "c2", "outputs"), resource(CHECKED_TYPES[2], "plug", "c3", "inputs"),
            resource("aws:cognito/userPool:UserPool", "pool", POOL, "outputs"), resource(CHECKED_TYPES[2], "pending", undefined, "inputs"),
        ] } };
        expect(stackClients(exported as never, CHECKED_TYPES)).to.deep.equal([{ name: "old", id: `${POOL}/c1` }, { name: "dyn", id: `${POOL}/c2` }, { name: "plug", id: `${POOL}/c3` }]);
    });
});
