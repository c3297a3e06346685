/**
 * The provider plugin from a Python program (examples/python) through the real engine and the Python language host,
 * with the generated Python SDK (sdk/python, installed in .tools/python-venv by scripts/setup-python.sh) and the
 * package from its npm tarball: what a Python user does, from up to destroy, and clients adopted into Python code by
 * `adopt --language python`. The client secret is never in plaintext in state, outputs or the engine's output.
 */
import { CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { acceptsSecret, createSignInUser, createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { ROOT } from "../../scripts/engine";
import { EXAMPLES, LocalStack, copyProgram, installPackedPackage, localStack, runPackageCommand, expectSecretsHidden } from "../support/stacks";

const CLIENT_URN = "urn:pulumi:test::example-python::cognito-app-client:index:UserPoolClient::client";
/** The interpreter with pulumi and the generated SDK; the old Python host reads it from here, not from Pulumi.yaml. */
const PYTHON = { PULUMI_PYTHON_CMD: path.join(ROOT, ".tools", "python-venv", "bin", "python") };

function previewSteps(s: LocalStack): Record<string, { op: string; replaceReasons?: string[]; detailedDiff?: Record<string, { kind: string }> }> {
    const { steps } = JSON.parse(s.cli("preview", "--json"));
    return Object.fromEntries(steps.map((step: { urn: string }) => [step.urn, step]));
}

describe("the provider plugin from a Python program", function () {
    this.timeout(300_000);
    let sdk: ReturnType<typeof directSdk>;

    before(function () {
        this.timeout(600_000);
        if (!fs.existsSync(PYTHON.PULUMI_PYTHON_CMD)) throw new Error(`no ${PYTHON.PULUMI_PYTHON_CMD}: run bash scripts/setup-python.sh`);
        sdk = directSdk();
        installPackedPackage();
    });

    it("up, no-change preview, quiet refresh, a change in place, a secret rotation, a replacement naming its argument, destroy", async () => {
        const userPoolId = await createUserPool(sdk, "plugin-python");
        await createSignInUser(sdk, userPoolId);
        const s = await localStack(copyProgram(path.join(EXAMPLES, "python"), "python"), motoEndpoint(), { userPoolId }, PYTHON);
        const log: string[] = [];
        const up = async () => (await s.stack.up({ onOutput: (line) => log.push(line) })).summary.resourceChanges;

        expect(await up()).to.deep.equal({ create: 2 });
        let outputs = await s.stack.outputs();
        const clientId = outputs.clientId.value as string;
        const firstSecret = outputs.clientSecret.value as string;
        expect(outputs.clientSecret.secret).to.equal(true);
        const live = await describeClient(sdk, userPoolId, clientId);
        expect(live).to.include({ ClientSecret: firstSecret, RefreshTokenValidity: 7 });
        expect(live.TokenValidityUnits?.RefreshToken).to.equal("days");
        s.cli("preview", "--expect-no-changes");
        expect((await s.stack.refresh({ onOutput: (line) => log.push(line) })).summary.resourceChanges, "a quiet refresh").to.deep.equal({ same: 2 });
        s.cli("preview", "--expect-no-changes");

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
        expect(await acceptsSecret(sdk, userPoolId, clientId, firstSecret)).to.equal(true);
        s.cli("preview", "--expect-no-changes");

        const otherPoolId = await createUserPool(sdk, "plugin-python-other");
        await s.stack.setConfig("userPoolId", { value: otherPoolId });
        const replaced = previewSteps(s)[CLIENT_URN];
        expect(replaced.op).to.equal("replace");
        expect(replaced.replaceReasons).to.deep.equal(["userPoolId"]);
        expect(replaced.detailedDiff?.userPoolId.kind).to.equal("update-replace");
        await up();
        outputs = await s.stack.outputs();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
        expect((await listClients(sdk, otherPoolId)).map((c) => c.id)).to.deep.equal([outputs.clientId.value]);

        expectSecretsHidden(s, [firstSecret, outputs.clientSecret.value as string], log);
        await s.stack.destroy();
        expect(await listClients(sdk, otherPoolId)).to.have.length(0);
    });

    it("adopt --language python --import: the written module over the generated SDK previews no changes", async () => {
        const userPoolId = await createUserPool(sdk, "adopt-python");
        await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "partner api", GenerateSecret: true, AccessTokenValidity: 30, TokenValidityUnits: { AccessToken: "minutes" }, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
        await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "spa", CallbackURLs: ["https://spa.example.com/cb"], AllowedOAuthFlows: ["code"], AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthScopes: ["openid"], SupportedIdentityProviders: ["COGNITO"] }));
        const s = await localStack(copyProgram(path.join(EXAMPLES, "python"), "adopt-python"), motoEndpoint(), { userPoolId }, PYTHON);
        fs.writeFileSync(path.join(s.dir, "__main__.py"), "import cognito_clients  # noqa: F401\n");
        const run = await runPackageCommand(s, ["adopt", "--pool", userPoolId, "--language", "python", "--import"]);
        expect(run.code, run.out).to.equal(0);
        const code = fs.readFileSync(path.join(s.dir, "cognito_clients.py"), "utf8");
        expect(code).to.include("partner_api = cognito.UserPoolClient(").and.include('token_validity_units={"access_token": "minutes"}');
        s.cli("preview", "--expect-no-changes");
        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });
});
