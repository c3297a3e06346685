import { expect } from "chai";
import { validateInputs } from "../../provider/validate";
import type { UserPoolClientInputs } from "../../provider/args";
import { looksGenerated, resourceNameFor } from "../../provider/adoption/importFile";
import { programCode, significantArguments, variableName } from "../../provider/adoption/programCode";
import { exportProblem, managedClients, pendingCreates, plannedCreates } from "../../provider/adoption/recovery";

const POOL = "us-east-1_AbC123";
const base = { name: "app", userPoolId: POOL };

describe("significantArguments: the arguments that reproduce a client, defaults left out", () => {
    const rows: [string, Partial<UserPoolClientInputs>, Partial<UserPoolClientInputs>][] = [
        ["a client with Cognito's defaults written out", {
            explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH"], refreshTokenValidity: 30, authSessionValidity: 3,
            enableTokenRevocation: true, enablePropagateAdditionalUserContextData: false, allowedOauthFlowsUserPoolClient: false,
            tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "days" }, accessTokenValidity: 1, idTokenValidity: 1,
            refreshTokenRotation: { feature: "DISABLED", retryGracePeriodSeconds: 0 }, preventUserExistenceErrors: "LEGACY", ssoSession: { maxValidityMinutes: 60 },
        }, {}],
        ["lists sorted, other values as they are", { callbackUrls: ["https://b.example/cb", "https://a.example/cb"], authSessionValidity: 7, enableTokenRevocation: false },
            { callbackUrls: ["https://a.example/cb", "https://b.example/cb"], enableTokenRevocation: false, authSessionValidity: 7 }],
        ["a validity with its unit, and no unit without a validity", { accessTokenValidity: 30, idTokenValidity: 1, tokenValidityUnits: { accessToken: "minutes", idToken: "hours", refreshToken: "days" } },
            { accessTokenValidity: 30, tokenValidityUnits: { accessToken: "minutes" } }],
        // Cognito stores units: they are written where not the defaults, with their validity, since an unset refresh
        // validity is 30 of its unit (30 hours here, not 720).
        ["a unit that is not the default, with its validity even when that is the default duration", { refreshTokenValidity: 720, tokenValidityUnits: { refreshToken: "hours" } }, { refreshTokenValidity: 720, tokenValidityUnits: { refreshToken: "hours" } }],
        ["a unit set without a validity", { refreshTokenValidity: 30, tokenValidityUnits: { accessToken: "days" } }, { tokenValidityUnits: { accessToken: "days" } }],
        ["the default units left out", { refreshTokenValidity: 30, tokenValidityUnits: { accessToken: "hours", idToken: "hours", refreshToken: "days" } }, {}],
        ["generateSecret only when true", { generateSecret: true }, { generateSecret: true }],
        ["rotation when enabled", { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 10 } }, { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 10 } }],
        ["analytics by application ARN without the service-linked role Cognito reports", { analyticsConfiguration: { applicationArn: "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef", roleArn: "arn:aws:iam::123456789012:role/aws-service-role/cognito-idp.amazonaws.com/AWSServiceRoleForAmazonCognitoIdp", userDataShared: false } },
            { analyticsConfiguration: { applicationArn: "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef" } }],
        ["the SSO session setting when not 60", { ssoSession: { maxValidityMinutes: 0 } }, { ssoSession: { maxValidityMinutes: 0 } }],
        ["the client's own threat protection as Cognito describes it (no event filters filled in)", { riskConfiguration: { compromisedCredentialsRiskConfiguration: { actions: { eventAction: "BLOCK" } }, riskExceptionConfiguration: { blockedIpRangeLists: ["192.0.2.0/24"] } } },
            { riskConfiguration: { compromisedCredentialsRiskConfiguration: { actions: { eventAction: "BLOCK" } }, riskExceptionConfiguration: { blockedIpRangeLists: ["192.0.2.0/24"] } } }],
        ["threat protection of an exception block without ranges: still the client's own", { riskConfiguration: { riskExceptionConfiguration: {} } }, { riskConfiguration: { riskExceptionConfiguration: {} } }],
        ["no threat protection on the pool's configuration", { riskConfiguration: undefined }, {}],
        ["the region only when it differs from the stack's", { region: "us-east-1" }, {}],
        ["CIMD policies by name, patterns in their order, the default cache duration left out", {
            cimdPolicies: [
                { policyName: "tools", urlPatterns: ["https://tools.example/b/*", "https://tools.example/a/*"], cacheDuration: 172800 },
                { policyName: "agents", urlPatterns: ["https://agents.example/*"], cacheDuration: 86400 },
            ],
        }, {
            cimdPolicies: [
                { policyName: "agents", urlPatterns: ["https://agents.example/*"] },
                { policyName: "tools", urlPatterns: ["https://tools.example/b/*", "https://tools.example/a/*"], cacheDuration: 172800 },
            ],
        }],
        ["no CIMD policies written for none", { cimdPolicies: [] }, {}],
        ["a classic hosted UI customization of CSS alone, verbatim", { uiCustomization: { css: ".label-customizable { color: red; }\n" } }, { uiCustomization: { css: ".label-customizable { color: red; }\n" } }],
    ];
    for (const [title, extra, expected] of rows) {
        it(title, () => expect(significantArguments({ ...base, ...extra } as UserPoolClientInputs, { region: "us-east-1" })).to.deep.equal({ ...base, ...expected }));
    }
});

describe("programCode", () => {
    it("declares each client, reads a custom secret from secret config, and writes no secret value", () => {
        const code = programCode([
            { resourceName: "legacy web-app", inputs: { ...base, generateSecret: true, callbackUrls: ["https://a.example/cb"] } as UserPoolClientInputs },
            { resourceName: "partner", inputs: { ...base, name: "partner", clientSecret: "customSecret_0123456789abcdefXYZ" } as UserPoolClientInputs, secretConfigKey: "partnerClientSecret" },
        ]);
        expect(code).to.include('export const legacyWebApp = new UserPoolClient("legacy web-app", {\n    name: "app",\n    userPoolId: "us-east-1_AbC123",\n    generateSecret: true,\n    callbackUrls: ["https://a.example/cb"],\n});');
        expect(code).to.include('    clientSecret: pulumi.secret(config.requireSecret("partnerClientSecret")),');
        expect(code).to.include("pulumi config set --secret partnerClientSecret");
        expect(code).to.not.include("customSecret_0123456789abcdefXYZ");
        expect(code).to.match(/^import \* as pulumi from "@pulumi\/pulumi";\nimport \{ UserPoolClient \} from "pulumi-cognito-user-pool-client";\n\nconst config = new pulumi\.Config\(\);/);
    });

    it("writes CIMD policies after the terms, as a list of objects", () => {
        const inputs = { ...base, terms: { termsOfUse: { links: { default: "https://a.example/terms" } } }, cimdPolicies: [{ policyName: "agents", urlPatterns: ["https://agents.example/*"], cacheDuration: 86400 }] };
        const code = programCode([{ resourceName: "mcp", inputs: inputs as UserPoolClientInputs }]);
        expect(code).to.match(/ {4}terms: [\s\S]*\n {4}cimdPolicies: \[/);
        expect(code).to.include('policyName: "agents"').and.to.include('urlPatterns: ["https://agents.example/*"]').and.to.not.include("cacheDuration");
    });

    it("writes a classic hosted UI logo as a read of its file, never its bytes, and says where to save one it could not download", () => {
        const css = ".logo-customizable { max-width: 80%; }";
        const saved = programCode([{ resourceName: "web", inputs: base as UserPoolClientInputs, uiFiles: { css, file: "ui/web-logo.png", imageUrl: "https://d1.cloudfront.net/p/c/1/assets/images/image.jpg", saved: true } }]);
        expect(saved).to.match(/^import \* as fs from "fs";\nimport \* as path from "path";\n/);
        expect(saved).to.include(`    uiCustomization: {\n        css: ${JSON.stringify(css)},\n        imageFile: fs.readFileSync(path.join(__dirname, "ui/web-logo.png")).toString("base64"),\n    },\n});`);
        expect(saved).to.not.include("cloudfront");
        const unsaved = programCode([{ resourceName: "web", inputs: base as UserPoolClientInputs, uiFiles: { file: "ui/web-logo.png", imageUrl: "https://d1.cloudfront.net/p/c/1/assets/images/image.jpg", saved: false } }]);
        expect(unsaved).to.include("        // Save the logo Cognito serves at https://d1.cloudfront.net/p/c/1/assets/images/image.jpg as ui/web-logo.png.\n        imageFile:");
        expect(unsaved).to.not.include("css:");
    });

    it("writes a client's threat protection after its terms, nested as the program gives it, and it passes check", () => {
        const riskConfiguration = {
            accountTakeoverRiskConfiguration: { actions: { highAction: { eventAction: "BLOCK", notify: true } }, notifyConfiguration: { sourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com" } },
            riskExceptionConfiguration: { skippedIpRangeLists: ["2001:db8::/32"] },
        };
        const inputs = { ...base, terms: { termsOfUse: { links: { default: "https://example.com/terms" } } }, riskConfiguration } as UserPoolClientInputs;
        const code = programCode([{ resourceName: "protected", inputs }]);
        expect(code.indexOf("riskConfiguration:")).to.be.greaterThan(code.indexOf("terms:"));
        expect(code).to.include('sourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com"').and.to.include('skippedIpRangeLists: ["2001:db8::/32"]');
        expect(validateInputs(significantArguments(inputs) as Record<string, unknown>)).to.deep.equal([]);
    });

    it("imports only what it uses when no client has a custom secret", () => {
        expect(programCode([{ resourceName: "a", inputs: base as UserPoolClientInputs }])).to.match(/^import \{ UserPoolClient \} from "pulumi-cognito-user-pool-client";\n\nexport const a = /);
    });
});

describe("names", () => {
    const rows: [string, string][] = [["web app", "web-app"], ["web-app", "web-app-2"], ["a+b=c@d.e", "a-b-c-d.e"], ["@@@", "client"], ["web app", "web-app-3"]];
    const taken = new Set<string>();
    for (const [clientName, expected] of rows) it(`resource name of ${JSON.stringify(clientName)} is ${expected}, unique`, () => expect(resourceNameFor(clientName, taken)).to.equal(expected));

    const vars: [string, string][] = [["legacy web-app", "legacyWebApp"], ["legacy-web-app", "legacyWebApp2"], ["2fa client", "client2faClient"], ["default", "defaultClient"], ["---", "client"]];
    const takenVars = new Set<string>();
    for (const [resourceName, expected] of vars) it(`variable for ${JSON.stringify(resourceName)} is ${expected}`, () => expect(variableName(resourceName, takenVars)).to.equal(expected));

    it("tells a generated secret's form from a custom one", () => {
        expect(looksGenerated("a1".repeat(25) + "z")).to.equal(true);
        expect(looksGenerated("customSecret_0123456789abcdefXYZ")).to.equal(false);
        expect(looksGenerated("A".repeat(51))).to.equal(false);
    });
});

describe("reading a stack export", () => {
    const TYPE = "pulumi-nodejs:dynamic/cognito:UserPoolClient";
    const PLUGIN_TYPE = "cognito-app-client:index:UserPoolClient";
    const exported = {
        deployment: {
            resources: [
                { urn: "urn:pulumi:test::p::pulumi:pulumi:Stack::p-test", type: "pulumi:pulumi:Stack" },
                { urn: `urn:pulumi:test::p::${TYPE}::kept`, type: TYPE, id: "c1", inputs: { userPoolId: POOL } },
                { urn: `urn:pulumi:test::p::${PLUGIN_TYPE}::kept-too`, type: PLUGIN_TYPE, id: "c2", inputs: { userPoolId: POOL } },
            ],
            pending_operations: [
                { type: "creating", resource: { urn: `urn:pulumi:test::p::${TYPE}::lost`, type: TYPE, parent: "urn:pulumi:test::p::pulumi:pulumi:Stack::p-test", inputs: { name: "lost", userPoolId: POOL } } },
                { type: "updating", resource: { urn: `urn:pulumi:test::p::${TYPE}::kept`, type: TYPE, inputs: { name: "kept", userPoolId: POOL } } },
                { type: "creating", resource: { urn: "urn:pulumi:test::p::other:index:Thing::x", type: "other:index:Thing", inputs: {} } },
                { type: "creating", resource: { urn: `urn:pulumi:test::p::${PLUGIN_TYPE}::lost-too`, type: PLUGIN_TYPE, inputs: { name: "lost-too", userPoolId: POOL } } },
            ],
        },
    };
    it("finds the pending creates of UserPoolClients only, of both faces, without the stack as parent", () => {
        expect(pendingCreates(exported)).to.deep.equal([
            { urn: `urn:pulumi:test::p::${TYPE}::lost`, face: "dynamic", resourceName: "lost", inputs: { name: "lost", userPoolId: POOL } },
            { urn: `urn:pulumi:test::p::${PLUGIN_TYPE}::lost-too`, face: "plugin", resourceName: "lost-too", inputs: { name: "lost-too", userPoolId: POOL } },
        ]);
    });
    for (const version of [3, 4]) {
        it(`reads the export of deployment format version ${version}, as the admitted CLIs write it`, () => {
            expect(exportProblem({ version, ...exported })).to.equal(undefined);
            expect(pendingCreates({ version, ...exported } as never).map((p) => p.resourceName)).to.deep.equal(["lost", "lost-too"]);
        });
    }
    it("refuses an export of a newer format version, saying what to do", () => {
        expect(exportProblem({ version: 5, ...exported })).to.match(/deployment format version 5, which this version of the package does not read \(it reads 3 and 4\); upgrade/);
    });
    it("lists the managed clients and the names taken", () => {
        const { ids, names } = managedClients(exported);
        expect([...ids]).to.deep.equal([`${POOL}/c1`, `${POOL}/c2`]);
        expect([...names]).to.deep.equal(["p-test", "kept", "kept-too"]);
    });
});

describe("reading a preview's planned creates", () => {
    const TYPE = "pulumi-nodejs:dynamic/cognito:UserPoolClient";
    const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    const stack = "urn:pulumi:test::p::pulumi:pulumi:Stack::p-test";
    const step = (op: string, name: string, inputs: Record<string, unknown>, type = TYPE, parent = stack) => ({ op, urn: `urn:pulumi:test::p::${type}::${name}`, newState: { type, inputs, parent } });
    const preview = {
        steps: [
            step("same", "kept", { name: "kept", userPoolId: POOL }),
            step("create", "new", { name: "new", userPoolId: POOL }),
            step("create", "child", { name: "child", userPoolId: POOL }, TYPE, `urn:pulumi:test::p::my:index:App::app`),
            step("create", "in-a-new-pool", { name: "in-a-new-pool", userPoolId: UNKNOWN }),
            step("create", "named-later", { name: UNKNOWN, userPoolId: POOL }),
            step("update", "changed", { name: "changed", userPoolId: POOL }),
            step("create", "thing", {}, "other:index:Thing"),
            step("create", "through-the-plugin", { name: "through-the-plugin", userPoolId: POOL }, "cognito-app-client:index:UserPoolClient"),
        ],
    };
    it("lists the UserPoolClients the program would create, of both faces, with their parent when it is not the stack", () => {
        expect(plannedCreates(preview)).to.deep.equal([
            { urn: `urn:pulumi:test::p::${TYPE}::new`, face: "dynamic", resourceName: "new", inputs: { name: "new", userPoolId: POOL } },
            { urn: `urn:pulumi:test::p::${TYPE}::child`, face: "dynamic", resourceName: "child", parent: "urn:pulumi:test::p::my:index:App::app", inputs: { name: "child", userPoolId: POOL } },
            { urn: "urn:pulumi:test::p::cognito-app-client:index:UserPoolClient::through-the-plugin", face: "plugin", resourceName: "through-the-plugin", inputs: { name: "through-the-plugin", userPoolId: POOL } },
        ]);
    });
    it("leaves out creates whose pool or name the preview cannot know yet: no client of them can exist", () => {
        expect(plannedCreates(preview).map((p) => p.resourceName)).to.not.include.members(["in-a-new-pool", "named-later"]);
    });
    it("an empty preview plans nothing", () => expect(plannedCreates({})).to.deep.equal([]));
});
