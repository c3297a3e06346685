/**
 * The provider plugin from a Go program (examples/go) through the real engine and the Go language host
 * (scripts/install-pulumi.sh), with the generated Go SDK (sdk/go): up, a preview with no changes, a change in place,
 * destroy; and clients adopted into Go code by `adopt --language go`. The host builds the program with its own go.mod at every run (warm after the first: the Go build cache).
 */
import { CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../../scripts/engine";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, copyProgram, installPackedPackage, localStack, namePlugin, runPackageCommand } from "../support/stacks";

const GO_ENV = { GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod" };

/** A copy of examples/go whose go.mod takes the SDK from this checkout, with the npm package's plugin named. */
function goProgram(name: string): string {
    const dir = copyProgram(path.join(EXAMPLES, "go"), name);
    const mod = path.join(dir, "go.mod");
    fs.writeFileSync(mod, fs.readFileSync(mod, "utf8").replace("=> ../../sdk/go", `=> ${path.join(ROOT, "sdk", "go")}`));
    namePlugin(dir);
    return dir;
}

describe("the provider plugin from a Go program", function () {
    this.timeout(600_000);
    let sdk: ReturnType<typeof directSdk>;

    before(function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
    });

    it("up, a preview with no changes, a change in place, destroy", async () => {
        const userPoolId = await createUserPool(sdk, "plugin-go");
        const s = await localStack(goProgram("go"), motoEndpoint(), { userPoolId }, GO_ENV);
        expect((await s.stack.up()).summary.resourceChanges).to.deep.equal({ create: 2 });
        const outputs = await s.stack.outputs();
        const clientId = outputs.clientId.value as string;
        expect(outputs.clientSecret.secret, "clientSecret is a secret").to.equal(true);
        const live = await describeClient(sdk, userPoolId, clientId);
        expect(live).to.include({ ClientSecret: outputs.clientSecret.value, RefreshTokenValidity: 7 });
        s.cli("preview", "--expect-no-changes");

        await s.stack.setConfig("callbackUrl", { value: "https://app.example.com/signed-in" });
        expect((await s.stack.up()).summary.resourceChanges).to.deep.equal({ same: 1, update: 1 });
        expect((await s.stack.outputs()).clientId.value, "the same client").to.equal(clientId);
        expect((await describeClient(sdk, userPoolId, clientId)).CallbackURLs).to.deep.equal(["https://app.example.com/signed-in"]);
        expect(s.cli("stack", "export"), "state").to.not.include(outputs.clientSecret.value as string);

        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });

    it("adopt --language go --import: the file it writes, built into the program, previews no changes", async () => {
        const userPoolId = await createUserPool(sdk, "adopt-go");
        await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "partner api", GenerateSecret: true, AccessTokenValidity: 30, TokenValidityUnits: { AccessToken: "minutes" }, ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
        await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "spa", CallbackURLs: ["https://spa.example.com/cb"], AllowedOAuthFlows: ["code"], AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthScopes: ["openid"], SupportedIdentityProviders: ["COGNITO"] }));
        await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: "custom", ClientSecret: "customSecret_0123456789abcdefXYZ" } as never));
        const s = await localStack(goProgram("adopt-go"), motoEndpoint(), { userPoolId }, GO_ENV);
        // The program declares what the written file declares, and nothing else.
        fs.writeFileSync(path.join(s.dir, "main.go"), 'package main\n\nimport "github.com/pulumi/pulumi/sdk/v3/go/pulumi"\n\nfunc main() {\n\tpulumi.Run(declareCognitoClients)\n}\n');
        const run = await runPackageCommand(s, ["adopt", "--pool", userPoolId, "--language", "go", "--import"]);
        expect(run.code, run.out).to.equal(0);
        const code = fs.readFileSync(path.join(s.dir, "cognito_clients.go"), "utf8");
        expect(code).to.include('partnerApi, err := cognitoappclient.NewUserPoolClient(ctx, "partner-api", &cognitoappclient.UserPoolClientArgs{')
            .and.include('TokenValidityUnits: &cognitoappclient.UserPoolClientTokenValidityUnitsArgs{AccessToken: pulumi.String("minutes")},')
            .and.include('ClientSecret: config.RequireSecret(ctx, "customClientSecret"),');
        expect(code, "no secret in the code").to.not.include("customSecret_0123456789abcdefXYZ");
        s.cli("preview", "--expect-no-changes");
        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });
});
