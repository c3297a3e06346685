import { expect } from "chai";
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../../../../provider/args";
import { diffUserPoolClient } from "../../../../provider/diff";
import { CognitoApiError } from "../../../../provider/errors";
import { CIMD_LIMITS, URL_PATTERN, cimdPolicies, cimdRequest, describedCimdOutputs, explainCimdError, normalizeCimdPolicies, plannedCimdWork, usesCimdPolicies } from "../../../../provider/settings/cimdPolicies";
import { UNKNOWN } from "../../../../provider/schema";
import { validateInputs } from "../../../../provider/validate";
import { loadModel } from "../../../support/serviceModel";

const BASE = { name: "app", userPoolId: "us-east-1_AbC123" };
const AGENTS = { policyName: "agents", urlPatterns: ["https://agents.example.com/*"] };
const TOOLS = { policyName: "tools", urlPatterns: ["https://tools.example.com/a/*", "https://tools.example.com/b/*"], cacheDuration: 172800 };
/** A URL pattern of exactly `n` characters. */
const pattern = (n: number) => "https://a.example/" + "p".repeat(n - 18);
const policyWith = (extra: Record<string, unknown>) => ({ ...AGENTS, ...extra });

describe("cimdPolicies: validation at every limit", () => {
    const rows: [string, unknown, string[], RegExp?][] = [
        ["one policy", [AGENTS], []],
        ["two policies", [AGENTS, TOOLS], []],
        ["no policies (the same as none)", [], []],
        ["a policy name of 1 character (min)", [policyWith({ policyName: "a" })], []],
        ["a policy name of 32 characters (max)", [policyWith({ policyName: "n".repeat(32) })], []],
        ["a policy name of 0 characters (min-1)", [policyWith({ policyName: "" })], ["cimdPolicies[0].policyName"], /^cimdPolicies\[0\]\.policyName must be 1 to 32 characters long; received 0 characters ""$/],
        ["a policy name of 33 characters (max+1)", [policyWith({ policyName: "n".repeat(33) })], ["cimdPolicies[0].policyName"], /must be 1 to 32 characters long; received 33 characters/],
        ["a policy name with spaces and punctuation", [policyWith({ policyName: "MCP agents (prod)" })], []],
        ["a policy name with a control character", [policyWith({ policyName: "a\tb" })], ["cimdPolicies[0].policyName"], /must match .*letters, marks, symbols, digits, punctuation and spaces/],
        ["no policy name", [{ urlPatterns: AGENTS.urlPatterns }], ["cimdPolicies[0].policyName"], /^cimdPolicies\[0\]\.policyName is required$/],
        ["1 URL pattern (min)", [policyWith({ urlPatterns: [pattern(20)] })], []],
        ["5 URL patterns (max)", [policyWith({ urlPatterns: [1, 2, 3, 4, 5].map((i) => `https://a${i}.example/*`) })], []],
        ["0 URL patterns (min-1)", [policyWith({ urlPatterns: [] })], ["cimdPolicies[0].urlPatterns"], /^cimdPolicies\[0\]\.urlPatterns must have 1 to 5 items; received 0$/],
        ["6 URL patterns (max+1)", [policyWith({ urlPatterns: [1, 2, 3, 4, 5, 6].map((i) => `https://a${i}.example/*`) })], ["cimdPolicies[0].urlPatterns"], /must have 1 to 5 items; received 6$/],
        ["no URL patterns", [{ policyName: "agents" }], ["cimdPolicies[0].urlPatterns"], /is required$/],
        ["a URL pattern of 12 characters (min)", [policyWith({ urlPatterns: ["https://a.b/"] })], []],
        ["a URL pattern of 11 characters (min-1)", [policyWith({ urlPatterns: ["https://a.b"] })], ["cimdPolicies[0].urlPatterns[0]"], /must be 12 to 256 characters long; received 11 characters/],
        ["a URL pattern of 256 characters (max)", [policyWith({ urlPatterns: [pattern(256)] })], []],
        ["a URL pattern of 257 characters (max+1)", [policyWith({ urlPatterns: [pattern(257)] })], ["cimdPolicies[0].urlPatterns[0]"], /must be 12 to 256 characters long; received 257 characters/],
        ["http instead of https", [policyWith({ urlPatterns: ["http://agents.example.com/*"] })], ["cimdPolicies[0].urlPatterns[0]"], /must match .*https:\/\/ then letters, digits, \* \(a wildcard\)/],
        ["a query string", [policyWith({ urlPatterns: ["https://agents.example.com/?x=1"] })], ["cimdPolicies[0].urlPatterns[0]"], /no space, \? or #/],
        ["a space", [policyWith({ urlPatterns: ["https://agents.example.com/a b"] })], ["cimdPolicies[0].urlPatterns[0]"], /must match/],
        ["a cache duration of 86400 (min)", [policyWith({ cacheDuration: 86400 })], []],
        ["a cache duration of 31556952 (max)", [policyWith({ cacheDuration: 31556952 })], []],
        ["a cache duration of 86399 (min-1)", [policyWith({ cacheDuration: 86399 })], ["cimdPolicies[0].cacheDuration"], /^cimdPolicies\[0\]\.cacheDuration must be between 86400 and 31556952 seconds; received 86399$/],
        ["a cache duration of 31556953 (max+1)", [policyWith({ cacheDuration: 31556953 })], ["cimdPolicies[0].cacheDuration"], /received 31556953$/],
        ["a fractional cache duration", [policyWith({ cacheDuration: 86400.5 })], ["cimdPolicies[0].cacheDuration"], /must be an integer/],
        ["an unknown field", [policyWith({ clientId: "x" })], ["cimdPolicies[0].clientId"], /is not a field of cimdPolicies\[0\]; the fields are policyName, urlPatterns, cacheDuration/],
        ["not a list", AGENTS, ["cimdPolicies"], /^cimdPolicies must be a list of objects with policyName, urlPatterns, cacheDuration/],
        ["a name given twice", [AGENTS, { ...TOOLS, policyName: "agents" }], ["cimdPolicies[1].policyName"], /^cimdPolicies\[1\]\.policyName repeats "agents", the name of cimdPolicies\[0\]/],
        ["names that differ in case only (distinct names)", [AGENTS, { ...TOOLS, policyName: "Agents" }], []],
        ["policies not known until apply", UNKNOWN, []],
        ["a name not known until apply, twice", [{ ...AGENTS, policyName: UNKNOWN }, { ...TOOLS, policyName: UNKNOWN }], []],
    ];
    for (const [title, cimd, properties, reason] of rows) {
        it(`${properties.length ? "fails" : "accepts"} ${title}`, () => {
            const failures = validateInputs({ ...BASE, cimdPolicies: cimd });
            expect(failures.map((f) => f.property), JSON.stringify(failures)).to.deep.equal(properties);
            if (reason) expect(failures[0].reason).to.match(reason);
        });
    }

    it("reports every failure at once", () => {
        const failures = validateInputs({ ...BASE, cimdPolicies: [{ policyName: "", urlPatterns: [], cacheDuration: 1 }, { urlPatterns: ["ftp://x"] }] });
        expect(failures.map((f) => f.property)).to.deep.equal(["cimdPolicies[0].policyName", "cimdPolicies[0].urlPatterns", "cimdPolicies[0].cacheDuration", "cimdPolicies[1].policyName", "cimdPolicies[1].urlPatterns[0]"]);
    });
});

describe("cimdPolicies: public clients only (a cross-field rule)", () => {
    const rows: [string, Record<string, unknown>, string[], RegExp?][] = [
        ["a public client", {}, []],
        ["generateSecret: false", { generateSecret: false }, []],
        ["generateSecret: true", { generateSecret: true }, ["cimdPolicies"], /^cimdPolicies cannot be given with generateSecret: true: CIMD policies are for public app clients/],
        ["a clientSecret", { clientSecret: "s".repeat(40) }, ["cimdPolicies"], /^cimdPolicies cannot be given with a clientSecret/],
        ["client_credentials", { allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["api/read"], generateSecret: true }, ["cimdPolicies", "cimdPolicies"]],
        ["code and implicit flows", { allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: ["code"], allowedOauthScopes: ["openid"], callbackUrls: ["https://app.example/cb"] }, []],
        ["generateSecret not known until apply", { generateSecret: UNKNOWN }, []],
        ["a clientSecret not known until apply", { clientSecret: UNKNOWN }, []],
    ];
    for (const [title, args, properties, reason] of rows) {
        it(`${properties.length ? "refuses" : "accepts"} policies with ${title}`, () => {
            const failures = validateInputs({ ...BASE, ...args, cimdPolicies: [AGENTS] }).filter((f) => f.property.startsWith("cimdPolicies"));
            expect(failures.map((f) => f.property), JSON.stringify(failures)).to.deep.equal(properties);
            if (reason) expect(failures[0].reason).to.match(reason);
        });
    }
    it("names client_credentials in the reason", () => {
        const failures = validateInputs({ ...BASE, allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: ["client_credentials"], allowedOauthScopes: ["api/read"], generateSecret: true, cimdPolicies: [AGENTS] });
        expect(failures.some((f) => /"client_credentials" in allowedOauthFlows/.test(f.reason)), JSON.stringify(failures)).to.equal(true);
    });
    it("accepts a secret when there are no policies (an empty list)", () => {
        expect(validateInputs({ ...BASE, generateSecret: true, cimdPolicies: [] })).to.deep.equal([]);
    });
});

describe("cimdPolicies: the rules follow the model", () => {
    const shapes = loadModel().model.shapes;
    it("has the model's limits on names, patterns, their count and the cache duration", () => {
        expect(CIMD_LIMITS.policyNameLength).to.deep.equal({ min: shapes.CIMDPolicyNameType.min, max: shapes.CIMDPolicyNameType.max });
        expect(CIMD_LIMITS.urlPatternLength).to.deep.equal({ min: shapes.URLPatternType.min, max: shapes.URLPatternType.max });
        expect(CIMD_LIMITS.urlPatterns).to.deep.equal({ min: shapes.URLPatternListType.min, max: shapes.URLPatternListType.max });
        expect({ min: CIMD_LIMITS.cacheDuration.min, max: CIMD_LIMITS.cacheDuration.max }).to.deep.equal({ min: shapes.CacheDurationType.min, max: shapes.CacheDurationType.max });
        expect(URL_PATTERN.source).to.equal(shapes.URLPatternType.pattern!.replace(/\//g, "\\/"));
    });
});

describe("cimdPolicies: requests and normal form", () => {
    it("sends an unset cache duration as Cognito's default, so an update never keeps an old one", () => {
        expect(cimdRequest(AGENTS)).to.deep.equal({ ...AGENTS, cacheDuration: 86400 });
        expect(cimdRequest(TOOLS)).to.deep.equal(TOOLS);
    });
    it("orders policies by name, drops the default duration, keeps the patterns' order, and reads an empty list as none", () => {
        expect(normalizeCimdPolicies([TOOLS, { ...AGENTS, cacheDuration: 86400 }])).to.deep.equal([AGENTS, TOOLS]);
        expect(normalizeCimdPolicies([{ ...TOOLS, urlPatterns: [...TOOLS.urlPatterns].reverse() }])![0].urlPatterns).to.deep.equal([...TOOLS.urlPatterns].reverse());
        expect(normalizeCimdPolicies([])).to.equal(undefined);
        expect(normalizeCimdPolicies(undefined)).to.equal(undefined);
        expect(normalizeCimdPolicies(UNKNOWN as never)).to.equal(UNKNOWN);
    });
    it("describes a client's policies in name order, with their IDs by name; none as unset", () => {
        const answers = [{ id: "t1", policyName: "tools", urlPatterns: TOOLS.urlPatterns, cacheDuration: 172800 }, { id: "a1", policyName: "agents", urlPatterns: AGENTS.urlPatterns, cacheDuration: 86400 }];
        expect(describedCimdOutputs(answers)).to.deep.equal({ cimdPolicies: [{ ...AGENTS, cacheDuration: 86400 }, TOOLS], cimdPolicyIds: { agents: "a1", tools: "t1" } });
        expect(describedCimdOutputs([])).to.deep.equal({ cimdPolicies: undefined, cimdPolicyIds: undefined });
    });
    it("reads a client's policies only when its state has some", () => {
        expect(usesCimdPolicies({})).to.equal(false);
        expect(usesCimdPolicies({ cimdPolicies: [] })).to.equal(false);
        expect(usesCimdPolicies({ cimdPolicies: [AGENTS] })).to.equal(true);
        expect(usesCimdPolicies({ cimdPolicyIds: { agents: "a1" } })).to.equal(true);
    });
});

describe("cimdPolicies: the update plan, by name", () => {
    const stored = { cimdPolicies: [AGENTS, TOOLS], cimdPolicyIds: { agents: "a1", tools: "t1" } };
    const rows: [string, unknown, object][] = [
        ["the same policies in another order: nothing", [TOOLS, AGENTS], { create: [], update: [], delete: [] }],
        ["the default duration written out: nothing", [{ ...AGENTS, cacheDuration: 86400 }, TOOLS], { create: [], update: [], delete: [] }],
        ["a pattern changed: an update of that policy", [{ ...AGENTS, urlPatterns: ["https://agents.example.com/v2/*"] }, TOOLS], { create: [], update: [{ id: "a1", policy: { ...AGENTS, urlPatterns: ["https://agents.example.com/v2/*"] } }], delete: [] }],
        ["the patterns reordered: an update (compared as given)", [AGENTS, { ...TOOLS, urlPatterns: [...TOOLS.urlPatterns].reverse() }], { create: [], update: [{ id: "t1", policy: { ...TOOLS, urlPatterns: [...TOOLS.urlPatterns].reverse() } }], delete: [] }],
        ["the duration back to the default: an update", [AGENTS, { ...TOOLS, cacheDuration: undefined }], { create: [], update: [{ id: "t1", policy: { policyName: "tools", urlPatterns: TOOLS.urlPatterns } }], delete: [] }],
        ["one removed: a delete", [AGENTS], { create: [], update: [], delete: [{ policyName: "tools", id: "t1" }] }],
        ["one added: a create", [AGENTS, TOOLS, { policyName: "new", urlPatterns: ["https://new.example/*"] }], { create: [{ policyName: "new", urlPatterns: ["https://new.example/*"] }], update: [], delete: [] }],
        ["one renamed: a delete and a create", [AGENTS, { ...TOOLS, policyName: "tools2" }], { create: [{ ...TOOLS, policyName: "tools2" }], update: [], delete: [{ policyName: "tools", id: "t1" }] }],
        ["none: every policy deleted", undefined, { create: [], update: [], delete: [{ policyName: "agents", id: "a1" }, { policyName: "tools", id: "t1" }] }],
    ];
    for (const [title, desired, work] of rows) {
        it(title, () => expect(plannedCimdWork(stored, { cimdPolicies: desired as never })).to.deep.equal(work));
    }
    it("creates every policy of a client that had none", () => expect(plannedCimdWork({}, { cimdPolicies: [AGENTS] })).to.deep.equal({ create: [AGENTS], update: [], delete: [] }));
});

describe("cimdPolicies: the diff", () => {
    const olds = { ...BASE, cimdPolicies: [{ ...AGENTS, cacheDuration: 86400 }, TOOLS], cimdPolicyIds: { agents: "a1", tools: "t1" } } as unknown as UserPoolClientOutputs;
    const diff = (news: Record<string, unknown>) => diffUserPoolClient(olds, { ...BASE, ...news } as UserPoolClientInputs);
    it("sees no change for the same policies in another order, the default duration left out", () => {
        expect(diff({ cimdPolicies: [TOOLS, AGENTS] })).to.deep.equal({ changed: [], replaces: [] });
    });
    it("changes in place, never replacing the client", () => {
        expect(diff({ cimdPolicies: [AGENTS] })).to.deep.equal({ changed: ["cimdPolicies"], replaces: [] });
        expect(diff({})).to.deep.equal({ changed: ["cimdPolicies"], replaces: [] });
        expect(diff({ cimdPolicies: [AGENTS, { ...TOOLS, cacheDuration: 86400 }] })).to.deep.equal({ changed: ["cimdPolicies"], replaces: [] });
    });
    it("counts policies not known until apply as changed, and never compares the IDs", () => {
        expect(diff({ cimdPolicies: UNKNOWN }).changed).to.deep.equal(["cimdPolicies"]);
        expect(diffUserPoolClient({ ...BASE, cimdPolicyIds: { x: "1" } } as unknown as UserPoolClientOutputs, BASE as UserPoolClientInputs).changed).to.deep.equal([]);
    });
    it("takes no member of the client's own requests: a change of it alone makes no UpdateUserPoolClient call", () => {
        expect(cimdPolicies.updatedWithClient ?? []).to.deep.equal([]);
        expect(cimdPolicies.replaces ?? []).to.deep.equal([]);
    });
});

describe("cimdPolicies: errors", () => {
    const error = (name: string) => new CognitoApiError("creating the CIMD policy agents of", "us-east-1_AbC123/client", name, "Cognito's words", undefined, 1);
    it("says what to enable for the tier and the region", () => {
        expect(explainCimdError(error("FeatureUnavailableInTierException"), "us-east-1_AbC123").message).to.match(/^cimdPolicies needs the user pool in the Essentials or Plus tier: .*\(user pool us-east-1_AbC123\)\. creating the CIMD policy agents of .*Cognito's words$/);
        expect(explainCimdError(error("OperationNotEnabledException"), "us-east-1_AbC123").message).to.match(/^CIMD policies are managed in the user pool's primary region/);
    });
    it("leaves other errors as they are", () => {
        const other = error("InvalidParameterException");
        expect(explainCimdError(other, "p")).to.equal(other);
    });
});
