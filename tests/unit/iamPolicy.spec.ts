/**
 * The smallest IAM policy (`provider/iamPolicy.ts`, `pulumi-cognito-clients iam-policy`): tables for --all, one
 * setting, an unknown setting and a small fake stack export; the resource narrowed to a region and account; each
 * setting's reads a part of its operations; the README's list of actions the same as --all; and the command itself,
 * run against a fake `pulumi` on PATH that prints a stack export.
 */
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CLIENT_OPERATIONS } from "../../provider/aws";
import {
    SETTING_FOLDERS,
    allOperations,
    clientInputsOf,
    operationsFor,
    policyDocument,
    policyText,
    readOperationsOf,
    settingsNamed,
    settingsUsedBy,
    userPoolsArn,
} from "../../provider/iamPolicy";
import { USER_POOL_CLIENT_TYPE } from "../../provider/serialized";
import { CLIENT_SETTINGS, SETTING_OPERATIONS } from "../../provider/settings";

const ROOT = path.resolve(__dirname, "../../..");
const CLI = path.join(ROOT, "dist/cli/clients.js");

const CLIENT = ["CreateUserPoolClient", "DeleteUserPoolClient", "DescribeUserPoolClient", "ListUserPoolClients", "UpdateUserPoolClient"];
const READS = ["DescribeCIMDPolicy", "DescribeManagedLoginBrandingByClient", "DescribeRiskConfiguration", "DescribeTermsByClient", "GetUICustomization", "GetUserPoolClientSessionConfiguration", "ListCIMDPolicies", "ListUserPoolClientSecrets"];
const sorted = (ops: string[]) => [...new Set(ops)].sort();
const actions = (ops: string[]) => policyDocument(ops).Statement[0].Action;

describe("the smallest IAM policy", () => {
    const rows: [string, string[], string[]][] = [
        ["no setting: the client's own actions and every setting's reads", [], sorted([...CLIENT, ...READS])],
        ["secrets", ["secrets"], sorted([...CLIENT, ...READS, "AddUserPoolClientSecret", "DeleteUserPoolClientSecret"])],
        ["ssoSession", ["ssoSession"], sorted([...CLIENT, ...READS, "SetUserPoolClientSessionConfiguration"])],
        ["branding", ["branding"], sorted([...CLIENT, ...READS, "CreateManagedLoginBranding", "UpdateManagedLoginBranding", "DeleteManagedLoginBranding"])],
        ["terms", ["terms"], sorted([...CLIENT, ...READS, "CreateTerms", "UpdateTerms", "DeleteTerms"])],
        ["cimdPolicies", ["cimdPolicies"], sorted([...CLIENT, ...READS, "CreateCIMDPolicy", "UpdateCIMDPolicy", "DeleteCIMDPolicy"])],
        ["riskConfiguration", ["riskConfiguration"], sorted([...CLIENT, ...READS, "SetRiskConfiguration"])],
        ["uiCustomization", ["uiCustomization"], sorted([...CLIENT, ...READS, "SetUICustomization"])],
        ["secrets and terms", ["secrets", "terms"], sorted([...CLIENT, ...READS, "AddUserPoolClientSecret", "DeleteUserPoolClientSecret", "CreateTerms", "UpdateTerms", "DeleteTerms"])],
    ];
    for (const [what, names, expected] of rows) {
        it(`--settings ${names.join(",") || "''"} (${what}): ${expected.length} actions`, () => {
            const { settings, unknown } = settingsNamed(names);
            expect(unknown).to.deep.equal([]);
            expect(operationsFor(settings)).to.deep.equal(expected);
        });
    }

    it("--all: every operation the client and the settings declare, 27 in all, sorted, each once", () => {
        expect(allOperations()).to.deep.equal(sorted([...CLIENT_OPERATIONS, ...SETTING_OPERATIONS]));
        expect(allOperations()).to.have.length(27);
        expect(actions(allOperations())).to.deep.equal(allOperations().map((op) => `cognito-idp:${op}`));
        expect(operationsFor(CLIENT_SETTINGS)).to.deep.equal(allOperations());
    });

    it("an unknown setting is reported by name; the known ones are the settings' folders", () => {
        expect(settingsNamed(["bogus", "terms", "Terms"]).unknown).to.deep.equal(["bogus", "Terms"]);
        expect(settingsNamed(["bogus", "terms"]).settings.map((s) => s.folder)).to.deep.equal(["terms"]);
        expect(SETTING_FOLDERS).to.deep.equal(["secrets", "ssoSession", "branding", "terms", "cimdPolicies", "riskConfiguration", "uiCustomization"]);
        const folders = fs.readdirSync(path.join(ROOT, "provider/settings"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
        expect([...SETTING_FOLDERS].sort()).to.deep.equal(folders);
    });

    it("each setting's reads are a part of its operations, the read by client", () => {
        expect(Object.fromEntries(CLIENT_SETTINGS.map((s) => [s.folder, readOperationsOf(s)]))).to.deep.equal({
            secrets: ["ListUserPoolClientSecrets"],
            ssoSession: ["GetUserPoolClientSessionConfiguration"],
            branding: ["DescribeManagedLoginBrandingByClient"],
            terms: ["DescribeTermsByClient"],
            cimdPolicies: ["ListCIMDPolicies", "DescribeCIMDPolicy"],
            riskConfiguration: ["DescribeRiskConfiguration"],
            uiCustomization: ["GetUICustomization"],
        });
        for (const s of CLIENT_SETTINGS) expect(readOperationsOf(s).filter((op) => !s.operations.includes(op)), s.folder).to.deep.equal([]);
    });

    describe("of a stack: the settings whose arguments its UserPoolClients set", () => {
        const exported = {
            version: 3,
            deployment: {
                resources: [
                    { urn: "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev", type: "pulumi:pulumi:Stack" },
                    { urn: "urn:pulumi:dev::p::pulumi-nodejs:dynamic/cognito:UserPoolClient::web", type: USER_POOL_CLIENT_TYPE, inputs: { userPoolId: "us-east-1_AbC", name: "web", ssoSession: { maxValidityMinutes: 120 } } },
                    { urn: "urn:pulumi:dev::p::pulumi-nodejs:dynamic/cognito:UserPoolClient::plain", type: USER_POOL_CLIENT_TYPE, inputs: { userPoolId: "us-east-1_AbC", name: "plain", terms: null } },
                    { urn: "urn:pulumi:dev::p::pulumi-nodejs:dynamic/cognito:UserPoolClient::api", type: USER_POOL_CLIENT_TYPE, inputs: { userPoolId: "us-east-1_AbC", name: "api", generateSecret: true, clientSecret: { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", ciphertext: "x" } } },
                    // The provider plugin's resource counts as the dynamic one does: a mixed stack.
                    { urn: "urn:pulumi:dev::p::cognito-app-client:index:UserPoolClient::agents", type: "cognito-app-client:index:UserPoolClient", inputs: { userPoolId: "us-east-1_AbC", name: "agents", cimdPolicies: [{ policyName: "agents", urlPatterns: ["https://agents.example/*"] }] } },
                    // Another type's arguments of the same names do not count.
                    { urn: "urn:pulumi:dev::p::aws:cognito/userPoolClient:UserPoolClient::old", type: "aws:cognito/userPoolClient:UserPoolClient", inputs: { managedLoginBranding: {}, terms: {} } },
                ],
            },
        };
        const rows: [string, Record<string, unknown>[], string[]][] = [
            ["no client", [], []],
            ["a client without settings (null is unset)", [{ userPoolId: "p", name: "a", terms: null }], []],
            ["a client with an SSO session", [{ userPoolId: "p", name: "a", ssoSession: { maxValidityMinutes: 5 } }], ["ssoSession"]],
            ["one switch of the secret", [{ userPoolId: "p", name: "a", keepPreviousSecret: false }], ["secrets"]],
            ["two clients, branding and terms", [{ managedLoginBranding: { useCognitoProvidedValues: true } }, { terms: { termsOfUse: { links: { default: "https://x" } } } }], ["branding", "terms"]],
            ["a client with a classic hosted UI customization", [{ uiCustomization: { css: ".label-customizable { color: red; }" } }], ["uiCustomization"]],
        ];
        for (const [what, inputs, expected] of rows) {
            it(`${what}: ${expected.join(", ") || "none"}`, () => expect(settingsUsedBy(inputs).map((s) => s.folder)).to.deep.equal(expected));
        }

        it("a fake stack export: its UserPoolClients use secrets and ssoSession; other types are not read", () => {
            const inputs = clientInputsOf(exported);
            expect(inputs.map((i) => i.name)).to.deep.equal(["web", "plain", "api", "agents"]);
            const used = settingsUsedBy(inputs);
            expect(used.map((s) => s.folder)).to.deep.equal(["secrets", "ssoSession", "cimdPolicies"]);
            expect(operationsFor(used)).to.deep.equal(sorted([...CLIENT, ...READS, "AddUserPoolClientSecret", "DeleteUserPoolClientSecret", "SetUserPoolClientSessionConfiguration", "CreateCIMDPolicy", "UpdateCIMDPolicy", "DeleteCIMDPolicy"]));
        });

        describe("the command, against a fake pulumi that prints this export", () => {
            let dir: string;
            let bin: string;
            before(() => {
                dir = fs.mkdtempSync(path.join(os.tmpdir(), "iam-policy-"));
                bin = path.join(dir, "bin");
                fs.mkdirSync(bin);
                fs.mkdirSync(path.join(dir, "project"));
                fs.writeFileSync(path.join(dir, "project/Pulumi.yaml"), "name: p\nruntime: nodejs\n");
                fs.writeFileSync(path.join(dir, "export.json"), JSON.stringify(exported));
                // Records where and with what it ran; any command but stack export fails the test.
                fs.writeFileSync(path.join(bin, "pulumi"),
                    `#!/bin/sh\necho "$PWD $*" >> "${dir}/calls"\nif [ "$1" = stack ] && [ "$2" = export ]; then cat "${dir}/export.json"; exit 0; fi\necho "unexpected: pulumi $*" >&2; exit 99\n`, { mode: 0o755 });
            });
            after(() => fs.rmSync(dir, { recursive: true, force: true }));
            beforeEach(() => fs.rmSync(path.join(dir, "calls"), { force: true }));

            const run = (args: string[], cwd = path.join(dir, "project")) => spawnSync(process.execPath, [CLI, "iam-policy", ...args], {
                cwd, encoding: "utf8", env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
            });
            const calls = () => (fs.existsSync(path.join(dir, "calls")) ? fs.readFileSync(path.join(dir, "calls"), "utf8").trim().split("\n") : []);

            it("the current stack: prints the policy of the settings its clients use, and says which", () => {
                const result = run([]);
                expect(result.status, result.stderr).to.equal(0);
                expect(result.stdout.trim()).to.equal(policyText(policyDocument(operationsFor(settingsUsedBy(clientInputsOf(exported))))));
                expect(result.stderr).to.include("the stack has 4 UserPoolClient(s); the settings they use: secrets, ssoSession, cimdPolicies");
                expect(calls()).to.deep.equal([`${fs.realpathSync(path.join(dir, "project"))} stack export --non-interactive`]);
            });

            it("--stack and --cwd: runs pulumi in that directory for that stack; --region and --account narrow the pools", () => {
                const result = run(["--stack", "prod", "--cwd", path.join(dir, "project"), "--region", "eu-west-1", "--account", "123456789012"], dir);
                expect(result.status, result.stderr).to.equal(0);
                const policy = JSON.parse(result.stdout);
                expect(policy.Statement[0].Resource).to.equal("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/*");
                expect(calls()).to.deep.equal([`${fs.realpathSync(path.join(dir, "project"))} stack export --non-interactive --stack prod`]);
            });

            it("outside a project, without --stack or --cwd: exit 2, saying what to do, no pulumi call", () => {
                const result = run([], dir);
                expect(result.status).to.equal(2);
                expect(result.stderr).to.match(/is no Pulumi project directory: run it there, or pass --cwd <dir> or --stack <stack>, or use --all or --settings/);
                expect(calls()).to.deep.equal([]);
            });

            it("--all and --settings read no stack: the same policy as the module's", () => {
                const all = run(["--all"], dir);
                expect(all.status, all.stderr).to.equal(0);
                expect(all.stdout.trim()).to.equal(policyText(policyDocument(allOperations())));
                const terms = run(["--settings", "terms, secrets"], dir);
                expect(terms.status, terms.stderr).to.equal(0);
                expect(JSON.parse(terms.stdout).Statement[0].Action).to.deep.equal(actions(operationsFor(settingsNamed(["secrets", "terms"]).settings)));
                expect(calls()).to.deep.equal([]);
            });

            const refusals: [string, string[], RegExp][] = [
                ["an unknown setting", ["--settings", "terms,bogus"], /"bogus" is not a setting; the settings are secrets, ssoSession, branding, terms, cimdPolicies, riskConfiguration, uiCustomization/],
                ["two modes", ["--all", "--settings", "terms"], /give one of --all, --settings and --stack, not --all and --settings/],
                ["--cwd with --all", ["--all", "--cwd", "."], /--cwd names the project whose stack is read/],
                ["an account that is not one", ["--all", "--account", "12345"], /--account "12345" is not an AWS account ID/],
                ["a region that is not one", ["--all", "--region", "Europe"], /--region "Europe" is not an AWS region/],
                ["an option of another command", ["--pool", "us-east-1_AbC"], /--pool is not an option of iam-policy/],
            ];
            for (const [what, args, message] of refusals) {
                it(`${what}: exit 2, nothing printed on stdout`, () => {
                    const result = run(args);
                    expect(result.status).to.equal(2);
                    expect(result.stderr).to.match(message);
                    expect(result.stdout).to.equal("");
                });
            }

            it("--help shows the command's usage", () => {
                const result = run(["--help"]);
                expect(result.status).to.equal(0);
                expect(result.stdout).to.match(/^usage:\n  pulumi-cognito-clients iam-policy /);
                expect(result.stdout).to.include("secrets, ssoSession, branding, terms, cimdPolicies, riskConfiguration, uiCustomization");
                expect(result.stdout).to.not.include("adopt");
            });
        });
    });

    it("applies to every user pool, or to those of a region and account (in the region's partition)", () => {
        expect(userPoolsArn()).to.equal("arn:aws:cognito-idp:*:*:userpool/*");
        expect(userPoolsArn({ region: "us-east-1" })).to.equal("arn:aws:cognito-idp:us-east-1:*:userpool/*");
        expect(userPoolsArn({ account: "123456789012" })).to.equal("arn:aws:cognito-idp:*:123456789012:userpool/*");
        expect(userPoolsArn({ region: "cn-north-1", account: "123456789012" })).to.equal("arn:aws-cn:cognito-idp:cn-north-1:123456789012:userpool/*");
        expect(userPoolsArn({ region: "us-gov-west-1" })).to.equal("arn:aws-us-gov:cognito-idp:us-gov-west-1:*:userpool/*");
        expect(policyDocument(["UpdateUserPoolClient", "CreateUserPoolClient", "UpdateUserPoolClient"])).to.deep.equal({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: ["cognito-idp:CreateUserPoolClient", "cognito-idp:UpdateUserPoolClient"], Resource: "arn:aws:cognito-idp:*:*:userpool/*" }],
        });
    });

    describe("the installation page's list of actions", () => {
        const readme = fs.readFileSync(path.join(ROOT, "docs", "installation-configuration.md"), "utf8");
        /** The JSON block between `<!-- iam-policy --all -->` and `<!-- /iam-policy -->` of `text`. */
        const listed = (text: string) => {
            const section = /<!-- iam-policy --all -->\s*```json\n([\s\S]*?)```\s*<!-- \/iam-policy -->/.exec(text);
            if (!section) throw new Error("docs/installation-configuration.md has no ```json block between <!-- iam-policy --all --> and <!-- /iam-policy -->");
            return JSON.parse(section[1]) as ReturnType<typeof policyDocument>;
        };

        it("is in the section on credentials, and is the policy of --all", () => {
            const credentials = readme.slice(readme.indexOf("## Credentials, region and endpoint"), readme.indexOf("\n## ", readme.indexOf("## Credentials, region and endpoint") + 3));
            expect(credentials).to.include("<!-- iam-policy --all -->");
            const policy = listed(credentials);
            expect(policy.Statement[0].Action, "docs/installation-configuration.md: the actions differ from `pulumi-cognito-clients iam-policy --all`").to.deep.equal(actions(allOperations()));
            expect(policy).to.deep.equal(policyDocument(allOperations()));
        });

        it("fails when an action is missing or extra (the check can fail)", () => {
            const block = readme.slice(readme.indexOf("<!-- iam-policy --all -->"), readme.indexOf("<!-- /iam-policy -->") + "<!-- /iam-policy -->".length);
            const missing = block.replace(/\s*"cognito-idp:DeleteTerms",/, "");
            expect(listed(missing).Statement[0].Action).to.not.deep.equal(actions(allOperations()));
            const extra = block.replace('"cognito-idp:AddUserPoolClientSecret",', '"cognito-idp:AddUserPoolClientSecret", "cognito-idp:SetUICustomization",');
            expect(listed(extra).Statement[0].Action).to.not.deep.equal(actions(allOperations()));
        });
    });
});
