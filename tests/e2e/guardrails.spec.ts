/**
 * The guardrails through the real engine: the package's ready policy pack (`policy-pack/`, installed from the npm
 * tarball with @pulumi/policy beside it) on a TypeScript program with dynamic and plugin clients and on a YAML
 * program, and `pulumi-cognito-clients audit` on a live pool. One pool; every preview creates nothing in Cognito.
 */
import { CreateResourceServerCommand, CreateUserPoolClientCommand, SetRiskConfigurationCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { LOCAL_AWS_ENV } from "../../scripts/local-cognito";
import { awsClientEntry, awsProviderEntry } from "../support/awsState";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, LocalStack, PROGRAMS, copyProgram, installPackedPackage, localStack, namePlugin, runPackageCommand } from "../support/stacks";

// The pack as an executable: the Node.js language host built here (sdk v3.68.0) cannot run a pack from its folder (RunPlugin: "not supported").
const REGION = LOCAL_AWS_ENV.AWS_REGION;
const PACK = "node_modules/pulumi-cognito-user-pool-client/policy-pack/run-pack";
const SECURE = {
    allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: ["code"], allowedOauthScopes: ["openid"], supportedIdentityProviders: ["COGNITO"],
    callbackUrls: ["https://app.example.com/cb"], generateSecret: true, preventUserExistenceErrors: "ENABLED",
};

/** The engine's lines for one violation: its level, the rule, the resource (type: name), then the rule's message. */
const violation = (level: string, rule: string, resource: string, message: string) =>
    new RegExp(`- \\[${level}\\] \\[severity: \\w+\\]\\s+${rule}\\s+\\([^)\\n]*: ${resource}\\)\\n[^\\n]*\\n\\s*${message}`);

/** `pulumi preview` with the pack (and a pack configuration), its exit code and everything it printed. */
function previewWithPack(s: LocalStack, config?: object): { code: number; out: string } {
    const args = ["preview", "--policy-pack", PACK, "--non-interactive", "--stack", "test"];
    if (config) {
        const file = path.join(s.dir, "pack-config.json");
        fs.writeFileSync(file, JSON.stringify(config));
        args.push("--policy-pack-config", file);
    }
    try {
        return { code: 0, out: execFileSync("pulumi", args, { cwd: s.dir, env: { ...process.env, ...s.env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
    } catch (e) {
        const error = e as { status: number; stdout: string; stderr: string };
        return { code: error.status, out: error.stdout + error.stderr };
    }
}

describe("guardrails: the policy pack through the engine, and the audit", function () {
    this.timeout(600_000);
    let sdk: ReturnType<typeof directSdk>;
    let userPoolId: string;

    before(async function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
        userPoolId = await createUserPool(sdk, "guardrails");
    });

    it("TypeScript, dynamic and plugin clients: mandatory violations stop the preview, advisories warn, a parameter changes the outcome, an unknown draws none", async () => {
        const dir = copyProgram(path.join(PROGRAMS, "guarded"), "guarded");
        namePlugin(dir);
        const clients = {
            "implicit-web": { args: { ...SECURE, allowedOauthFlows: ["code", "implicit"] } },
            "wildcard": { face: "plugin", args: { ...SECURE, callbackUrls: ["https://app.example.com/*"] } },
            "local-dev": { face: "plugin", args: { ...SECURE, callbackUrls: ["http://localhost:3000/cb"], preventUserExistenceErrors: undefined } },
            "from-output": { args: { ...SECURE, callbackUrls: undefined }, callbackOf: "implicit-web" },
        };
        const s = await localStack(dir, motoEndpoint(), { userPoolId, clients: JSON.stringify(clients) });
        const stopped = previewWithPack(s);
        expect(stopped.code, stopped.out).to.not.equal(0);
        const out = stopped.out;
        // Each violation: the rule, the resource and the argument.
        expect(out).to.match(violation("mandatory", "cognito-client-no-implicit-grant", "implicit-web", "allowedOauthFlows: includes implicit"));
        expect(out).to.match(violation("mandatory", "cognito-client-redirect-uris", "wildcard", 'callbackUrls\\[0\\]: "https://app\\.example\\.com/\\*" holds \\*'));
        expect(out).to.match(violation("mandatory", "cognito-client-redirect-uris", "local-dev", 'callbackUrls\\[0\\]: "http://localhost:3000/cb" is a plain-http loopback URL'));
        // An advisory rule warns, and does not stop the preview by itself (the tuned preview below).
        expect(out).to.match(violation("advisory", "cognito-client-prevent-user-existence-errors", "local-dev", "preventUserExistenceErrors: is unset, which is LEGACY"));
        // The callback URL of from-output is unknown at preview: the rule says it cannot check it yet, and no violation.
        expect(out).to.match(/can't run policy 'cognito-client-redirect-uris'[^\n]*during preview: string value at \.callbackUrls\.0 can't be known during preview/);
        expect(out).to.not.match(/cognito-client-redirect-uris\][^\n]*\n[^\n]*from-output/);

        // The team allows loopback http in this stack ("test") and turns the implicit rule to advisory: nothing mandatory is left but the wildcard.
        const tuned = previewWithPack(s, { "cognito-client-redirect-uris": { loopbackHttpStacks: ["test"] }, "cognito-client-no-implicit-grant": "advisory" });
        expect(tuned.code, tuned.out).to.not.equal(0);
        expect(tuned.out).to.match(violation("mandatory", "cognito-client-redirect-uris", "wildcard", "callbackUrls\\[0\\]"));
        expect(tuned.out).to.not.include('localhost:3000/cb" is a plain-http loopback URL');
        expect(tuned.out).to.match(violation("advisory", "cognito-client-no-implicit-grant", "implicit-web", "allowedOauthFlows: includes implicit"));
        expect(await listClients(sdk, userPoolId), "previews create nothing").to.have.length(0);
    });

    it("remediate: up creates the client with user existence errors prevented and token revocation on", async () => {
        const dir = copyProgram(path.join(PROGRAMS, "guarded"), "remediated");
        namePlugin(dir);
        const clients = {
            fixed: { args: { ...SECURE, preventUserExistenceErrors: undefined, enableTokenRevocation: false } },
            "fixed-plugin": { face: "plugin", args: { ...SECURE, preventUserExistenceErrors: "LEGACY" } },
        };
        const s = await localStack(dir, motoEndpoint(), { userPoolId, clients: JSON.stringify(clients) });
        const file = path.join(dir, "pack-config.json");
        fs.writeFileSync(file, JSON.stringify({ "cognito-client-prevent-user-existence-errors": "remediate", "cognito-client-token-revocation": "remediate" }));
        const up = s.cli("up", "--yes", "--policy-pack", PACK, "--policy-pack-config", file);
        expect(up).to.match(/remediate/);
        const ids = JSON.parse(s.cli("stack", "output", "clientIds", "--json")) as Record<string, string>;
        for (const name of ["fixed", "fixed-plugin"]) {
            expect(await describeClient(sdk, userPoolId, ids[name]), name).to.include({ PreventUserExistenceErrors: "ENABLED", EnableTokenRevocation: true });
        }
        // The audit of the stack reads both clients live, by their resource names: both compliant now.
        const audited = await runPackageCommand(s, ["audit"]);
        expect(audited.code, audited.out).to.equal(0);
        expect(audited.out, audited.out).to.include("2 client(s) audited: 0 finding(s), 0 at a mandatory level; no finding for fixed, fixed-plugin");
        await s.stack.destroy();
    });

    it("YAML: a mandatory violation stops the preview, naming the rule, the resource and the argument", async () => {
        const s = await localStack(copyProgram(path.join(EXAMPLES, "yaml"), "guarded-yaml"), motoEndpoint(), { userPoolId, callbackUrl: "https://app.example.com/cb*" });
        const stopped = previewWithPack(s);
        expect(stopped.code, stopped.out).to.not.equal(0);
        expect(stopped.out).to.match(violation("mandatory", "cognito-client-redirect-uris", "client", 'callbackUrls\\[0\\]: "https://app\\.example\\.com/cb\\*" holds \\*'));
        expect(stopped.out).to.include("(cognito-app-client:index:UserPoolClient: client)");
        await s.stack.setConfig("callbackUrl", { value: "https://app.example.com/cb" });
        const passed = previewWithPack(s);
        expect(passed.code, passed.out).to.equal(0);
    });

    it("audit --pool: each rule hit, a compliant client clean, in text and JSON, exit 3 on a mandatory failure", async () => {
        const pool = await createUserPool(sdk, "audited", { tier: "PLUS", threatProtection: "ENFORCED" });
        const create = async (input: Record<string, unknown>) => (await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: pool, ...input } as never))).UserPoolClient!.ClientId!;
        await create({ ClientName: "compliant", GenerateSecret: true, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid"], CallbackURLs: ["https://ok.example.com/cb"], PreventUserExistenceErrors: "ENABLED", SupportedIdentityProviders: ["COGNITO"] });
        const spa = await create({ ClientName: "spa", AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["implicit", "code"], AllowedOAuthScopes: ["openid", "aws.cognito.signin.user.admin"], CallbackURLs: ["https://spa.example.com/*", "http://localhost/cb"], SupportedIdentityProviders: ["COGNITO"], ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], EnableTokenRevocation: false, AccessTokenValidity: 2 });
        await sdk.send(new SetRiskConfigurationCommand({ UserPoolId: pool, ClientId: spa, CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "NO_ACTION" } } }));
        await sdk.send(new CreateResourceServerCommand({ UserPoolId: pool, Identifier: "api", Name: "api", Scopes: [{ ScopeName: "read", ScopeDescription: "read" }] }));
        await create({ ClientName: "m2m", GenerateSecret: true, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["api/read"], PreventUserExistenceErrors: "ENABLED" });
        const dir = copyProgram(path.join(PROGRAMS, "guarded"), "audit");
        const s = await localStack(dir, motoEndpoint(), { userPoolId: pool, clients: "{}" });
        const text = await runPackageCommand(s, ["audit", "--pool", pool]);
        expect(text.code, text.out).to.equal(3);
        expect(text.out).to.match(/^spa \(\w+\)\s+no-implicit-grant\s+mandatory\s+allowedOauthFlows: includes implicit/m);
        expect(text.out).to.match(/3 client\(s\) audited: \d+ finding\(s\), \d+ at a mandatory level .*; no finding for compliant/);
        const json = await runPackageCommand(s, ["audit", "--pool", pool, "--json"]);
        const report = JSON.parse(json.out.slice(json.out.indexOf("{"))) as { clients: { clientName: string; findings: { rule: string }[] }[] };
        const rules = new Set(report.clients.flatMap((c) => c.findings.map((f) => f.rule)));
        const expected = ["prevent-user-existence-errors", "token-revocation", "no-implicit-grant", "no-password-flows-on-public-clients", "public-client-pkce", "redirect-uris", "refresh-token-rotation", "token-lifetimes", "machine-to-machine", "least-privilege", "threat-protection"];
        expect([...rules].sort()).to.deep.equal(expected.map((r) => `cognito-client-${r}`).sort());
        expect(report.clients.find((c) => c.clientName === "compliant")!.findings).to.deep.equal([]);

        // The stack's @pulumi/aws clients (entries as @pulumi/aws writes them; its plugin cannot be fetched here), read live.
        await s.stack.up();
        const exported = JSON.parse(s.cli("stack", "export"));
        const stackUrn = exported.deployment.resources[0].urn as string;
        const aws = awsProviderEntry(stackUrn, REGION);
        const live = await describeClient(sdk, pool, spa);
        fs.writeFileSync(path.join(dir, "state.json"), JSON.stringify({ ...exported, deployment: { ...exported.deployment, resources: [exported.deployment.resources[0], aws.resource, awsClientEntry(stackUrn, "legacy-spa", live, aws.ref, REGION)] } }));
        s.cli("stack", "import", "--file", path.join(dir, "state.json"));
        const ofStack = await runPackageCommand(s, ["audit"]);
        expect(ofStack.code, ofStack.out).to.equal(3);
        expect(ofStack.out).to.match(new RegExp(`^legacy-spa \\(${spa}\\)\\s+no-implicit-grant\\s+mandatory`, "m"));
        expect(ofStack.out).to.include("1 client(s) audited:");

        // Mistakes in the command line: exit 2, every problem of a configuration at once, nothing read.
        fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ all: "strict", "cognito-client-token-lifetimes": { maxRefreshTokenDays: 0 } }));
        const bad = await runPackageCommand(s, ["audit", "--pool", pool, "--config", "bad.json"]);
        expect(bad.code, bad.out).to.equal(2);
        expect(bad.out).to.include('all: the enforcement level must be one of advisory, mandatory, remediate, disabled; received "strict"')
            .and.include("cognito-client-token-lifetimes.maxRefreshTokenDays: must be an integer of at least 1; received 0");
        expect((await runPackageCommand(s, ["audit", "--pool", pool, "--stack", "test"])).code).to.equal(2);
    });
});
