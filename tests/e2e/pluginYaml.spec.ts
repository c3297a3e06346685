/**
 * The provider plugin from a Pulumi YAML program (examples/yaml) through the real engine and the YAML language host,
 * with the package installed from its npm tarball: what a YAML user does, from up to destroy, plain `pulumi import`
 * of a client made elsewhere, and a custom timeout that expires. The client secret is never in plaintext in state,
 * outputs or the engine's output.
 */
import { CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { acceptsSecret, createSignInUser, createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { faults, startFaultProxy } from "../support/faultProxy";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, LocalStack, copyProgram, installPackedPackage, localStack, expectSecretsHidden } from "../support/stacks";

const CLIENT_URN = "urn:pulumi:test::example-yaml::cognito-app-client:index:UserPoolClient::client";

/** The steps of a `pulumi preview --json`, by URN. */
function previewSteps(s: LocalStack, ...args: string[]): Record<string, { op: string; replaceReasons?: string[]; detailedDiff?: Record<string, { kind: string }> }> {
    const { steps } = JSON.parse(s.cli("preview", "--json", ...args));
    return Object.fromEntries(steps.map((step: { urn: string }) => [step.urn, step]));
}

describe("the provider plugin from a YAML program", function () {
    this.timeout(300_000);
    let sdk: ReturnType<typeof directSdk>;

    before(function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
    });

    it("up, no-change preview, quiet refresh, a change in place, a secret rotation, a replacement naming its argument, destroy", async () => {
        const userPoolId = await createUserPool(sdk, "plugin-yaml");
        await createSignInUser(sdk, userPoolId);
        const s = await localStack(copyProgram(path.join(EXAMPLES, "yaml"), "yaml"), motoEndpoint(), { userPoolId });
        const log: string[] = [];
        const up = async () => {
            const result = await s.stack.up({ onOutput: (line) => log.push(line) });
            return result.summary.resourceChanges;
        };

        expect(await up()).to.deep.equal({ create: 2 });
        let outputs = await s.stack.outputs();
        const clientId = outputs.clientId.value as string;
        const firstSecret = outputs.clientSecret.value as string;
        expect(outputs.clientSecret.secret, "clientSecret is a secret without additionalSecretOutputs").to.equal(true);
        const live = await describeClient(sdk, userPoolId, clientId);
        expect(live.CallbackURLs).to.deep.equal(["https://app.example.com/callback"]);
        expect(live.RefreshTokenValidity).to.equal(7);
        expect(live.ClientSecret).to.equal(firstSecret);

        s.cli("preview", "--expect-no-changes");
        expect((await s.stack.refresh({ onOutput: (line) => log.push(line) })).summary.resourceChanges, "a quiet refresh").to.deep.equal({ same: 2 });
        s.cli("preview", "--expect-no-changes");

        // A new callback URL: preview --diff says it updates in place; up keeps the client.
        await s.stack.setConfig("callbackUrl", { value: "https://app.example.com/signed-in" });
        let steps = previewSteps(s, "--diff");
        expect(steps[CLIENT_URN].op).to.equal("update");
        expect(steps[CLIENT_URN].detailedDiff).to.deep.equal({ callbackUrls: { kind: "update", inputDiff: true } });
        expect(await up()).to.deep.equal({ same: 1, update: 1 });
        expect((await describeClient(sdk, userPoolId, clientId)).CallbackURLs).to.deep.equal(["https://app.example.com/signed-in"]);

        // A rotation: a new secret in place, the previous one still signs in.
        await s.stack.setConfig("secretRotation", { value: "2027-01" });
        expect(previewSteps(s)[CLIENT_URN].op).to.equal("update");
        await up();
        outputs = await s.stack.outputs();
        expect(outputs.clientId.value).to.equal(clientId);
        expect(outputs.clientSecret.value).to.not.equal(firstSecret);
        expect(outputs.previousClientSecret.value).to.equal(firstSecret);
        expect(outputs.previousClientSecret.secret).to.equal(true);
        expect(await acceptsSecret(sdk, userPoolId, clientId, outputs.clientSecret.value)).to.equal(true);
        expect(await acceptsSecret(sdk, userPoolId, clientId, firstSecret)).to.equal(true);
        s.cli("preview", "--expect-no-changes");

        // Another user pool: the preview names userPoolId as what replaces the client.
        const otherPoolId = await createUserPool(sdk, "plugin-yaml-other");
        await s.stack.setConfig("userPoolId", { value: otherPoolId });
        steps = previewSteps(s);
        expect(steps[CLIENT_URN].op).to.equal("replace");
        expect(steps[CLIENT_URN].replaceReasons).to.deep.equal(["userPoolId"]);
        expect(steps[CLIENT_URN].detailedDiff?.userPoolId.kind).to.equal("update-replace");
        expect(s.cli("preview", "--diff")).to.match(/\+-cognito-app-client:index:UserPoolClient: \(replace\)/).and.match(/~ userPoolId: "us-east-1_/);
        await up();
        outputs = await s.stack.outputs();
        expect(outputs.clientId.value).to.not.equal(clientId);
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
        expect((await listClients(sdk, otherPoolId)).map((c) => c.id)).to.deep.equal([outputs.clientId.value]);

        expectSecretsHidden(s, [firstSecret, outputs.clientSecret.value as string], log);

        await s.stack.destroy();
        expect(await listClients(sdk, otherPoolId)).to.have.length(0);
    });

    it("plain pulumi import by <userPoolId>/<clientId>: the code Pulumi prints previews no changes", async () => {
        const userPoolId = await createUserPool(sdk, "plugin-yaml-import");
        const made = await sdk.send(new CreateUserPoolClientCommand({
            UserPoolId: userPoolId, ClientName: "made-elsewhere", GenerateSecret: true, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            CallbackURLs: ["https://elsewhere.example.com/cb"], AllowedOAuthFlows: ["code"], AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthScopes: ["openid"], SupportedIdentityProviders: ["COGNITO"],
        }));
        const clientId = made.UserPoolClient!.ClientId!;
        const s = await localStack(copyProgram(path.join(EXAMPLES, "yaml"), "yaml-import"), motoEndpoint(), { userPoolId });
        const program = path.join(s.dir, "Pulumi.yaml");
        // A program with no resources yet: the one to import is its first.
        fs.writeFileSync(program, fs.readFileSync(program, "utf8").replace(/\noutputs:[\s\S]*$/, "\n"));
        const code = path.join(s.dir, "imported.yaml");
        s.cli("import", "cognito-app-client:index:UserPoolClient", "imported", `${userPoolId}/${clientId}`, "--yes", "--out", code);
        const generated = fs.readFileSync(code, "utf8");
        expect(generated).to.match(/type: cognito-app-client:(index:)?UserPoolClient/).and.include("name: made-elsewhere").and.include("generateSecret: true");
        expect(generated, "no secret in the printed code").to.not.include(made.UserPoolClient!.ClientSecret!);
        fs.appendFileSync(program, generated);
        s.cli("preview", "--expect-no-changes");
        const exported = JSON.parse(s.cli("stack", "export")).deployment.resources.find((r: { type: string }) => r.type === "cognito-app-client:index:UserPoolClient");
        expect(exported.id).to.equal(clientId);
        expect(exported.outputs.clientSecret).to.have.property("ciphertext");
        s.cli("state", "unprotect", "--all", "--yes");
        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });

    it("preview: bad input fails naming the property, the rule and the value, before any call; a warning reaches the engine's output", async () => {
        const userPoolId = await createUserPool(sdk, "plugin-yaml-check");
        const s = await localStack(copyProgram(path.join(EXAMPLES, "yaml"), "yaml-check"), motoEndpoint(), { userPoolId });
        const program = path.join(s.dir, "Pulumi.yaml");
        const original = fs.readFileSync(program, "utf8");
        fs.writeFileSync(program, original.replace("      refreshTokenValidity: 7\n", "      refreshTokenValidity: 7\n      authSessionValidity: 16\n      explicitAuthFlows: [ALLOW_USER_SRP_AUTH]\n"));
        const failed = await s.stack.preview().then(() => undefined, (e: Error) => e);
        expect(failed?.message).to.match(/authSessionValidity.*15.*16|authSessionValidity.*16/).and.match(/explicitAuthFlows.*ALLOW_REFRESH_TOKEN_AUTH/);
        fs.writeFileSync(program, original.replace("      refreshTokenValidity: 7\n", "      refreshTokenValidity: 7\n      allowNewAuthFlows: true\n      explicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_PASSKEY_FUTURE]\n"));
        const out: string[] = [];
        await s.stack.preview({ onOutput: (line) => out.push(line) });
        expect(out.join("")).to.include("ALLOW_PASSKEY_FUTURE is a value this version of pulumi-cognito-user-pool-client does not know");
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });

    it("replaceOnChanges in the program's options turns a change in place into a replacement, as the engine's detailed diff allows", async () => {
        const userPoolId = await createUserPool(sdk, "plugin-yaml-roc");
        const s = await localStack(copyProgram(path.join(EXAMPLES, "yaml"), "yaml-roc"), motoEndpoint(), { userPoolId });
        const program = path.join(s.dir, "Pulumi.yaml");
        fs.writeFileSync(program, fs.readFileSync(program, "utf8").replace("    type: cognito-app-client:index:UserPoolClient\n", "    type: cognito-app-client:index:UserPoolClient\n    options:\n      replaceOnChanges: [callbackUrls]\n"));
        await s.stack.up();
        await s.stack.setConfig("callbackUrl", { value: "https://app.example.com/other" });
        const step = previewSteps(s)["urn:pulumi:test::example-yaml::cognito-app-client:index:UserPoolClient::client"];
        expect(step.op).to.equal("replace");
        expect(step.replaceReasons).to.deep.equal(["callbackUrls"]);
        await s.stack.destroy();
    });

    it("a customTimeouts.update that expires fails the step in the time given, and the next up finishes it", async () => {
        const userPoolId = await createUserPool(sdk, "plugin-yaml-timeout");
        const proxy = await startFaultProxy({ target: motoEndpoint() });
        try {
            const s = await localStack(copyProgram(path.join(EXAMPLES, "yaml"), "yaml-timeout"), proxy.endpoint, { userPoolId });
            const program = path.join(s.dir, "Pulumi.yaml");
            fs.writeFileSync(program, fs.readFileSync(program, "utf8").replace("    type: cognito-app-client:index:UserPoolClient\n", "    type: cognito-app-client:index:UserPoolClient\n    options:\n      customTimeouts:\n        update: 2s\n"));
            await s.stack.up();
            const { clientId } = await s.stack.outputs();
            proxy.inject("UpdateUserPoolClient", faults.delay(20_000));
            await s.stack.setConfig("callbackUrl", { value: "https://app.example.com/slow" });
            const started = Date.now();
            const failure = await s.stack.up().then(() => undefined, (e: Error) => e);
            const took = Date.now() - started;
            expect(failure?.message).to.match(/updating Cognito user pool client .*: timed out after 2s \(customTimeouts\.update\)/);
            expect(took, "failed in about the time given, not after the 20 s answer").to.be.lessThan(15_000);
            proxy.reset();
            await s.stack.up();
            expect((await describeClient(sdk, userPoolId, clientId.value)).CallbackURLs).to.deep.equal(["https://app.example.com/slow"]);
            await s.stack.destroy();
        } finally {
            await proxy.stop();
        }
    });
});
