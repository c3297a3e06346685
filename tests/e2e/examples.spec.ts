/**
 * Every program in examples/ deployed as a user would: its own directory, the package installed from the npm
 * tarball, `pulumi up` then `pulumi destroy` against the local Cognito API. The seed examples' state is checked
 * for secrets: the client secret is stored encrypted, and no secret or credential value appears in it.
 */
import { CreateUserPoolClientCommand, GetUserPoolClientSessionConfigurationCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, LocalStack, copyProgram, installPackedPackage, localStack } from "../support/stacks";

/** Distinctive fake credentials, so a leak into state would be found by value. */
const CREDENTIALS = {
    AWS_ACCESS_KEY_ID: "AKIAEXAMPLESTATELEAK1",
    AWS_SECRET_ACCESS_KEY: "fake/secret+access+key+that+must+not+leak",
    AWS_SESSION_TOKEN: "fake-session-token-that-must-not-leak",
};

/** Every file under a directory, concatenated. */
function readTree(dir: string): string {
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => fs.readFileSync(path.join(e.parentPath ?? (e as any).path, e.name), "utf8"))
        .join("\n");
}

async function deploy(example: string, config: Record<string, string>): Promise<LocalStack> {
    return localStack(copyProgram(path.join(EXAMPLES, example), example), motoEndpoint(), config, CREDENTIALS);
}

describe("the examples, deployed", function () {
    this.timeout(300_000);
    let sdk: ReturnType<typeof directSdk>;
    let userPoolId: string;

    before(function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
    });
    beforeEach(async () => {
        userPoolId = await createUserPool(sdk, "examples", { sessionTracking: true });
    });

    it("basic: creates a public client with Cognito's defaults", async () => {
        const s = await deploy("basic", { userPoolId });
        await s.stack.up();
        const { clientId } = await s.stack.outputs();
        const live = await describeClient(sdk, userPoolId, clientId.value);
        expect(live.ClientName).to.equal("client");
        expect(live.ClientSecret).to.equal(undefined);
        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });

    it("confidential-admin: the generated secret is a secret in outputs and encrypted in state; no credential is stored", async () => {
        const s = await deploy("confidential-admin", { userPoolId });
        await s.stack.up();
        const outputs = await s.stack.outputs();
        expect(outputs.secret.secret).to.equal(true);
        const live = await describeClient(sdk, userPoolId, outputs.clientId.value);
        expect(live.ExplicitAuthFlows).to.deep.equal(["ADMIN_NO_SRP_AUTH"]);
        expect(outputs.secret.value).to.equal(live.ClientSecret);

        // What the backend stores: `pulumi stack export` without --show-secrets, and the state files themselves.
        const exported = s.cli("stack", "export");
        const client = JSON.parse(exported).deployment.resources.find((r: any) => r.type.endsWith(":UserPoolClient"));
        expect(client.outputs.clientSecret).to.have.property("ciphertext");
        const stored = exported + readTree(s.stateDir);
        expect(readTree(s.stateDir), "the state files were read").to.include(outputs.clientId.value);
        expect(stored).to.not.include(live.ClientSecret!);
        for (const value of Object.values(CREDENTIALS)) expect(stored).to.not.include(value);
        const preview = s.cli("preview", "--diff", "--show-sames");
        expect(preview).to.not.include(live.ClientSecret!);
        await s.stack.destroy();
    });

    it("oauth-web-app: code flow, scopes, URLs, token lifetimes and the SSO session setting reach Cognito as written", async () => {
        const s = await deploy("oauth-web-app", { userPoolId });
        await s.stack.up();
        const { clientId, clientSecret } = await s.stack.outputs();
        expect(clientSecret.secret).to.equal(true);
        const live = await describeClient(sdk, userPoolId, clientId.value);
        expect(live.AllowedOAuthFlows).to.deep.equal(["code"]);
        expect([...live.AllowedOAuthScopes!].sort()).to.deep.equal(["email", "openid", "profile"]);
        expect(live.DefaultRedirectURI).to.equal("https://app.example.com/auth/callback");
        expect(live.AccessTokenValidity).to.equal(30);
        expect(live.TokenValidityUnits).to.deep.equal({ AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" });
        const session = await sdk.send(new GetUserPoolClientSessionConfigurationCommand({ UserPoolId: userPoolId, ClientId: clientId.value }));
        expect(session.SSOSession?.MaxValidityMinutes).to.equal(480);
        expect(Object.keys((await s.stack.preview()).changeSummary)).to.deep.equal(["same"]);
        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });

    it("import-existing: adopts the client without creating another and reads it with get", async () => {
        const existing = (await sdk.send(new CreateUserPoolClientCommand({
            UserPoolId: userPoolId, ClientName: "made-by-hand", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        }))).UserPoolClient!;
        const s = await deploy("import-existing", { userPoolId, clientId: existing.ClientId!, clientName: "made-by-hand" });
        await s.stack.up();
        const outputs = await s.stack.outputs();
        expect(outputs.adoptedClientId.value).to.equal(existing.ClientId);
        expect(outputs.referenceName.value).to.equal("made-by-hand");
        expect(await listClients(sdk, userPoolId)).to.have.length(1);
        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });
});
