/**
 * Adopting a whole pool in one command, through the real engine: a pool with 25 clients made outside Pulumi, in
 * assorted configurations, adopted with `pulumi-cognito-clients adopt --pool <id> --import`. The program then
 * declares them with the code the command wrote, and `pulumi preview` shows no changes and `pulumi up` makes no
 * write call. Adopting again imports nothing. Bad input exits with code 2 and writes nothing.
 */
import {
    AddUserPoolClientSecretCommand,
    CognitoIdentityProviderClient,
    CreateManagedLoginBrandingCommand,
    CreateResourceServerCommand,
    CreateTermsCommand,
    CreateUserPoolClientCommand,
    CreateUserPoolClientCommandInput,
    SetUserPoolClientSessionConfigurationCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { registerDcrClient } from "../local-cognito/support";

/** A small image for the adopted branding style. */
const LOGO = new Uint8Array(Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108020000009077", "hex"));
import { createUserPool, directSdk } from "../support/cognito";
import { FaultProxy, startFaultProxy } from "../support/faultProxy";
import { TYPE_CHECKED_PROGRAM, motoEndpoint } from "../support/hooks";
import { LocalStack, PROGRAMS, copyProgram, installPackedPackage, localStack, runPackageCommand as runCommand } from "../support/stacks";

const WRITES = /^(Create|Update|Delete|Add|Set)/;
const CUSTOM = (n: number) => `customSecret${n}_0123456789abcdefXYZ`;

/** 25 clients of assorted configurations, as a console, a CLI script or another tool would make them. */
function assortedClients(pool: string): CreateUserPoolClientCommandInput[] {
    const clients: CreateUserPoolClientCommandInput[] = [];
    const add = (ClientName: string, extra: Partial<CreateUserPoolClientCommandInput> = {}) => clients.push({ UserPoolId: pool, ClientName, ...extra });
    for (let i = 0; i < 5; i++) {
        add(`web app ${i}`, {
            GenerateSecret: i % 2 === 0, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid", "email", "profile"],
            CallbackURLs: [`https://app${i}.example.com/cb`, "http://localhost:3000/cb"], DefaultRedirectURI: `https://app${i}.example.com/cb`,
            LogoutURLs: [`https://app${i}.example.com/out`], SupportedIdentityProviders: ["COGNITO"], PreventUserExistenceErrors: "ENABLED",
        });
    }
    for (let i = 0; i < 4; i++) add(`backend-${i}`, { GenerateSecret: true, ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], EnableTokenRevocation: i % 2 === 0 });
    for (let i = 0; i < 3; i++) add(`partner.${i}`, { ClientSecret: CUSTOM(i), AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["api.example/read"] });
    add("tokens minutes", { AccessTokenValidity: 30, IdTokenValidity: 45, RefreshTokenValidity: 120, TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "minutes" } });
    add("tokens hours", { AccessTokenValidity: 2, TokenValidityUnits: { AccessToken: "hours" } });
    add("tokens days", { RefreshTokenValidity: 90, TokenValidityUnits: { RefreshToken: "days" }, AuthSessionValidity: 10 });
    add("tokens defaults spelled out", { AccessTokenValidity: 60, IdTokenValidity: 1, RefreshTokenValidity: 30, TokenValidityUnits: { AccessToken: "minutes", IdToken: "hours", RefreshToken: "days" } });
    add("analytics by arn", { AnalyticsConfiguration: { ApplicationArn: "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef", UserDataShared: true } });
    add("analytics by id", { AnalyticsConfiguration: { ApplicationId: "0123456789abcdef", ExternalId: "ext", RoleArn: "arn:aws:iam::123456789012:role/pinpoint" } });
    add("refresh rotation", { ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"], RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 20 } });
    add("two secrets", { GenerateSecret: true });
    add("sso session", { GenerateSecret: true });
    add("legacy flows", { ExplicitAuthFlows: ["ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH"] });
    add("user context", { GenerateSecret: true, EnablePropagateAdditionalUserContextData: true, ReadAttributes: ["email", "name"], WriteAttributes: ["name"] });
    add("dup name");
    add("dup name", { RefreshTokenValidity: 10 });
    return clients;
}

describe("adopting a whole pool with pulumi-cognito-clients adopt", function () {
    this.timeout(600_000);
    let sdk: CognitoIdentityProviderClient;
    let proxy: FaultProxy;
    let userPoolId: string;
    let s: LocalStack;

    /**
     * Runs the installed command in the program directory, as `npx pulumi-cognito-clients ...` would. Asynchronously:
     * the recording proxy it talks to runs in this process.
     */
    const cli = (args: string[], cwd = s.dir) => runCommand(s, args, cwd);

    before(async function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
        proxy = await startFaultProxy({ target: motoEndpoint() });
        userPoolId = await createUserPool(sdk, "adopt", { sessionTracking: true });
        await sdk.send(new CreateResourceServerCommand({ UserPoolId: userPoolId, Identifier: "api.example", Name: "api", Scopes: [{ ScopeName: "read", ScopeDescription: "read" }] }));
        for (const input of assortedClients(userPoolId)) {
            const client = (await sdk.send(new CreateUserPoolClientCommand(input))).UserPoolClient!;
            if (input.ClientName === "two secrets") await sdk.send(new AddUserPoolClientSecretCommand({ UserPoolId: userPoolId, ClientId: client.ClientId! }));
            if (input.ClientName === "sso session") {
                await sdk.send(new SetUserPoolClientSessionConfigurationCommand({ UserPoolId: userPoolId, ClientId: client.ClientId!, SSOSession: { MaxValidityMinutes: 720 } }));
                // A branding style with an image, and terms documents: adopted with the client.
                await sdk.send(new CreateManagedLoginBrandingCommand({
                    UserPoolId: userPoolId, ClientId: client.ClientId!, Settings: { categories: { global: { colorSchemeMode: "DARK" } } } as never,
                    Assets: [{ Category: "FORM_LOGO", ColorMode: "DARK", Extension: "PNG", Bytes: LOGO }],
                }));
                for (const [name, url] of [["terms-of-use", "https://app.example/terms"], ["privacy-policy", "https://app.example/privacy"]]) {
                    await sdk.send(new CreateTermsCommand({ UserPoolId: userPoolId, ClientId: client.ClientId!, TermsName: name, TermsSource: "LINK", Enforcement: "NONE", Links: { "cognito:default": url } }));
                }
            }
        }
        // A client an application registered itself: never adopted, and counted as skipped.
        await registerDcrClient(userPoolId, { client_name: "registered agent", token_endpoint_auth_method: "none", grant_types: ["authorization_code"], redirect_uris: ["https://agent.example/cb"] });
        s = await localStack(copyProgram(path.join(PROGRAMS, "adopted"), "adopted"), proxy.endpoint, {}, TYPE_CHECKED_PROGRAM);
        await s.stack.up();
    });
    after(async () => {
        await s?.stack.destroy().catch(() => undefined);
        await proxy?.stop();
    });

    it("adopts all 25 clients in one command; the written code previews no changes and up makes no write call", async () => {
        const adopted = await cli(["adopt", "--pool", userPoolId, "--import"]);
        process.stdout.write(`      $ npx pulumi-cognito-clients adopt --pool ${userPoolId} --import\n${adopted.out.replace(/^/gm, "      ")}\n`);
        expect(adopted.code, adopted.out).to.equal(0);
        expect(adopted.out).to.match(/imported 25 client\(s\) into the stack/);
        expect(adopted.out).to.match(/skipping 1 client\(s\) that applications registered themselves \(dynamic client registration, clientType DCR\): us-east-1_\w+\/\w+/);
        for (let n = 0; n < 3; n++) expect(adopted.out, "a custom secret printed").to.not.include(CUSTOM(n));
        const code = fs.readFileSync(path.join(s.dir, "cognito-clients.ts"), "utf8");
        for (let n = 0; n < 3; n++) expect(code, "a custom secret in the code").to.not.include(CUSTOM(n));
        expect(code).to.include('new UserPoolClient("dup-name", {').and.include('new UserPoolClient("dup-name-2", {');
        expect(code).to.include('clientSecret: pulumi.secret(config.requireSecret("partner0ClientSecret")),');
        expect(code).to.include("ssoSession: { maxValidityMinutes: 720 },");
        expect(code).to.include('terms: { termsOfUse: { links: { default: "https://app.example/terms" } }, privacyPolicy: { links: { default: "https://app.example/privacy" } } },');
        expect(code).to.match(/\{ category: "FORM_LOGO", colorMode: "DARK", extension: "PNG", bytes: fs\.readFileSync\(path\.join\(__dirname, "branding\/[\w-]+\/FORM_LOGO-DARK\.png"\)\)\.toString\("base64"\) \}/);
        const logoFile = /branding\/[\w-]+\/FORM_LOGO-DARK\.png/.exec(code)![0];
        expect(fs.readFileSync(path.join(s.dir, logoFile)).equals(Buffer.from(LOGO)), "the image written beside the code").to.equal(true);
        expect(code).to.not.include("tokenValidityUnits: { accessToken: \"minutes\", idToken: \"hours\"");

        const exported = JSON.parse(s.cli("stack", "export"));
        const clients = exported.deployment.resources.filter((r: any) => r.type.endsWith(":UserPoolClient"));
        expect(clients).to.have.length(25);
        const twoSecrets = clients.find((r: any) => r.urn.endsWith("::two-secrets"));
        expect(twoSecrets.outputs.previousClientSecret, "both secrets shown, the known one encrypted").to.have.property("ciphertext");
        expect(twoSecrets.outputs.clientSecretId).to.be.a("string");

        const preview = await s.stack.preview();
        expect(preview.changeSummary).to.deep.equal({ same: 26 });
        s.cli("preview", "--expect-no-changes");
        proxy.reset();
        const up = await s.stack.up();
        expect(up.summary.resourceChanges).to.deep.equal({ same: 26 });
        expect(proxy.calls.filter((c) => WRITES.test(c.operation)).map((c) => c.operation), "write calls").to.deep.equal([]);
    });

    it("adopting the pool again imports nothing", async () => {
        const again = await cli(["adopt", "--pool", userPoolId, "--import"]);
        expect(again.code, again.out).to.equal(0);
        expect(again.out).to.include("skipping 25 client(s) the stack already manages");
        expect(again.out).to.include("skipping 1 client(s) that applications registered themselves");
        expect(again.out).to.include("nothing to adopt");
        expect(JSON.parse(s.cli("stack", "export")).deployment.resources.filter((r: any) => r.type.endsWith(":UserPoolClient"))).to.have.length(25);
    });

    for (const [title, args, message] of [
        ["an unknown flag", ["adopt", "--pool", "us-east-1_AbC123", "--force"], /--force is not an option of adopt/],
        ["a malformed client ID", ["adopt", "legacy=us-east-1_AbC123"], /invalid Cognito user pool client import ID "us-east-1_AbC123": expected "<user pool id>\/<client id>"/],
        ["a malformed pool ID", ["adopt", "--pool", "not a pool"], /--pool "not a pool" is not a user pool ID/],
        ["no command", [], /a command is required/],
        ["an unknown command", ["import"], /unknown command "import"/],
    ] as const) {
        it(`bad input, ${title}: exit code 2, a clear message, nothing written`, async () => {
            const out = fs.mkdtempSync(path.join(s.dir, "out-"));
            const run = await cli([...args, ...(args[0] === "adopt" ? ["--out", out] : [])]);
            expect(run.code, run.out).to.equal(2);
            expect(run.out).to.match(message).and.include("usage:");
            expect(fs.readdirSync(out)).to.deep.equal([]);
        });
    }

    it("an empty pool: exit code 2, nothing written; a pool that does not exist: the region tried", async () => {
        const empty = await createUserPool(sdk, "adopt-empty");
        const out = fs.mkdtempSync(path.join(s.dir, "out-"));
        const run = await cli(["adopt", "--pool", empty, "--out", out]);
        expect(run.code, run.out).to.equal(2);
        expect(run.out).to.include(`user pool ${empty} has no app clients; nothing to adopt`);
        expect(fs.readdirSync(out)).to.deep.equal([]);
        const missing = await cli(["adopt", "--pool", "eu-west-1_Missing1", "--out", out]);
        expect(missing.code, missing.out).to.equal(1);
        expect(missing.out).to.match(/user pool eu-west-1_Missing1 was not found in region us-east-1 \(the stack's aws:region\); the pool ID names region eu-west-1: pass --region eu-west-1/);
    });
});
