/**
 * The provider plugin from a Java program (examples/java) through the real engine and the Java language host
 * (pulumi-java, built by scripts/install-pulumi.sh), with the generated Java SDK (sdk/java, installed in the local
 * Maven repository by scripts/setup-java.sh): what a Java user does, from up to destroy, and plain `pulumi import` of a
 * client made outside. The program is built once with Maven (`mvn package`) and run as a jar at every preview and up,
 * as examples/java/Pulumi.yaml says. The client secret is never in plaintext in state, outputs or the engine's output.
 */
import { CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { PULUMI_BIN } from "../../scripts/engine";
import { acceptsSecret, createSignInUser, createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, LocalStack, copyProgram, installPackedPackage, localStack, namePlugin, runPackageCommand, expectSecretsHidden } from "../support/stacks";

const CLIENT_URN = "urn:pulumi:test::example-java::cognito-app-client:index:UserPoolClient::client";

function previewSteps(s: LocalStack): Record<string, { op: string; replaceReasons?: string[]; detailedDiff?: Record<string, { kind: string }> }> {
    const { steps } = JSON.parse(s.cli("preview", "--json"));
    return Object.fromEntries(steps.map((step: { urn: string }) => [step.urn, step]));
}

const build = (dir: string) => execFileSync("mvn", ["-B", "-q", "-o", "-Dstyle.color=never", "package"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });

/**
 * A copy of examples/java, built, with the npm package's plugin named (the engine would fetch the released one) and
 * the Java host named as a project language plugin: the CLI built here does not carry it, as an official one does.
 */
function javaProgram(name: string): string {
    const dir = copyProgram(path.join(EXAMPLES, "java"), name);
    fs.rmSync(path.join(dir, "target"), { recursive: true, force: true });
    build(dir);
    namePlugin(dir);
    fs.appendFileSync(path.join(dir, "Pulumi.yaml"), `  languages:\n    - name: java\n      path: ${PULUMI_BIN}\n`);
    return dir;
}

describe("the provider plugin from a Java program", function () {
    this.timeout(300_000);
    let sdk: ReturnType<typeof directSdk>;

    before(function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
    });

    it("up, no-change preview, quiet refresh, a change in place, a secret rotation, a replacement naming its argument, import, destroy", async () => {
        const userPoolId = await createUserPool(sdk, "plugin-java");
        await createSignInUser(sdk, userPoolId);
        const s = await localStack(javaProgram("java"), motoEndpoint(), { userPoolId });
        const log: string[] = [];
        const up = async () => (await s.stack.up({ onOutput: (line) => log.push(line) })).summary.resourceChanges;

        expect(await up()).to.deep.equal({ create: 2 });
        let outputs = await s.stack.outputs();
        const clientId = outputs.clientId.value as string;
        const firstSecret = outputs.clientSecret.value as string;
        expect(outputs.clientSecret.secret, "clientSecret is a secret without additionalSecretOutputs").to.equal(true);
        const live = await describeClient(sdk, userPoolId, clientId);
        expect(live).to.include({ ClientSecret: firstSecret, RefreshTokenValidity: 7 });
        expect(live.TokenValidityUnits?.RefreshToken).to.equal("days");
        expect(live.CallbackURLs).to.deep.equal(["https://app.example.com/callback"]);
        s.cli("preview", "--expect-no-changes");
        expect((await s.stack.refresh({ onOutput: (line) => log.push(line) })).summary.resourceChanges, "a quiet refresh").to.deep.equal({ same: 2 });

        await s.stack.setConfig("callbackUrl", { value: "https://app.example.com/signed-in" });
        const changed = previewSteps(s)[CLIENT_URN];
        expect(changed.op).to.equal("update");
        expect(changed.detailedDiff).to.deep.equal({ callbackUrls: { kind: "update", inputDiff: true } });
        expect(await up()).to.deep.equal({ same: 1, update: 1 });
        expect((await describeClient(sdk, userPoolId, clientId)).CallbackURLs).to.deep.equal(["https://app.example.com/signed-in"]);

        await s.stack.setConfig("secretRotation", { value: "2027-01" });
        await up();
        outputs = await s.stack.outputs();
        expect(outputs.clientId.value).to.equal(clientId);
        expect(outputs.previousClientSecret.value).to.equal(firstSecret);
        expect(await acceptsSecret(sdk, userPoolId, clientId, outputs.clientSecret.value)).to.equal(true);
        expect(await acceptsSecret(sdk, userPoolId, clientId, firstSecret), "the previous secret still signs in").to.equal(true);
        s.cli("preview", "--expect-no-changes");

        const otherPoolId = await createUserPool(sdk, "plugin-java-other");
        await s.stack.setConfig("userPoolId", { value: otherPoolId });
        const replaced = previewSteps(s)[CLIENT_URN];
        expect(replaced.op).to.equal("replace");
        expect(replaced.replaceReasons).to.deep.equal(["userPoolId"]);
        await up();
        outputs = await s.stack.outputs();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
        expect((await listClients(sdk, otherPoolId)).map((c) => c.id)).to.deep.equal([outputs.clientId.value]);

        // Plain `pulumi import` of a client made outside; the code the engine prints for it is Java.
        const made = (await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: otherPoolId, ClientName: "made-outside" }))).UserPoolClient!;
        const imported = s.cli("import", "cognito-app-client:index:UserPoolClient", "outside", `${otherPoolId}/${made.ClientId}`, "--yes", "--protect=false");
        expect(imported).to.match(/1 imported/);
        // The Java the engine prints, added to the program as printed, previews no changes.
        const printed = /(var outside = new UserPoolClient\("outside", [\s\S]*?\.build\(\)[^;]*;)/.exec(imported)?.[1];
        expect(printed, imported).to.be.a("string").and.include('.name("made-outside")');
        const app = path.join(s.dir, "src", "main", "java", "example", "App.java");
        fs.writeFileSync(app, fs.readFileSync(app, "utf8")
            .replace("import java.util.Map;", "import java.util.Map;\nimport com.pulumi.resources.CustomResourceOptions;")
            .replace('            ctx.export("clientId"', `            ${printed}\n            ctx.export("clientId"`));
        build(s.dir);
        s.cli("preview", "--expect-no-changes");

        expectSecretsHidden(s, [firstSecret, outputs.clientSecret.value as string], log);
        await s.stack.destroy();
        expect(await listClients(sdk, otherPoolId)).to.have.length(0);
    });

    it("adopt --language java --import: the class it writes, built into the program, previews no changes", async () => {
        const userPoolId = await createUserPool(sdk, "adopt-java");
        await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "partner api", GenerateSecret: true, AccessTokenValidity: 30, TokenValidityUnits: { AccessToken: "minutes" }, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
        await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "spa", CallbackURLs: ["https://spa.example.com/cb"], AllowedOAuthFlows: ["code"], AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthScopes: ["openid"], SupportedIdentityProviders: ["COGNITO"] }));
        await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "custom", ClientSecret: "customSecret_0123456789abcdefXYZ" } as never));
        const s = await localStack(javaProgram("adopt-java"), motoEndpoint(), { userPoolId });
        // The program declares what the written class declares, and nothing else.
        const sources = path.join(s.dir, "src", "main", "java");
        fs.rmSync(path.join(sources, "example"), { recursive: true });
        fs.writeFileSync(path.join(sources, "App.java"), "import com.pulumi.Pulumi;\n\npublic class App {\n    public static void main(String[] args) {\n        Pulumi.run(CognitoClients::declare);\n    }\n}\n");
        const pom = path.join(s.dir, "pom.xml");
        fs.writeFileSync(pom, fs.readFileSync(pom, "utf8").replace("<mainClass>example.App</mainClass>", "<mainClass>App</mainClass>"));
        const run = await runPackageCommand(s, ["adopt", "--pool", userPoolId, "--language", "java", "--import", "--out", sources]);
        expect(run.code, run.out).to.equal(0);
        const code = fs.readFileSync(path.join(sources, "CognitoClients.java"), "utf8");
        expect(code).to.include('var partnerApi = new UserPoolClient("partner-api", UserPoolClientArgs.builder()')
            .and.include('.tokenValidityUnits(UserPoolClientTokenValidityUnitsArgs.builder().accessToken("minutes").build())')
            .and.include('.clientSecret(ctx.config().requireSecret("customClientSecret"))');
        expect(code, "no secret in the code").to.not.include("customSecret_0123456789abcdefXYZ");
        fs.rmSync(path.join(s.dir, "target"), { recursive: true, force: true });
        build(s.dir);
        s.cli("preview", "--expect-no-changes");
        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });
});
