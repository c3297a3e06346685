/**
 * The app client of today's model through the real engine: the service-to-service example (a machine-to-machine
 * client with ALLOW_CLIENT_TOKEN_AUTH whose secret Cognito publishes in Secrets Manager, and a token-exchange client)
 * through up, refresh with no changes, publishing turned off and on again in place, and destroy; and an auth flow
 * value AWS adds after this release, deployed with the package's warning against a local API that knows the value.
 */
import { CognitoIdentityProviderClient, DescribeUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as path from "path";
import { startLocalCognito } from "../../scripts/local-cognito";
import { publishedSecret, secretsManagerCall } from "../local-cognito/support";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, PROGRAMS, copyProgram, installPackedPackage, localStack } from "../support/stacks";

describe("the app client of today's model through the engine", function () {
    this.timeout(300_000);

    before(function () {
        this.timeout(600_000);
        installPackedPackage();
    });

    it("service-to-service: up, refresh with no changes, publishing off and on in place, destroy", async () => {
        const sdk = directSdk();
        const userPoolId = await createUserPool(sdk, "s2s", { tier: "ESSENTIALS" });
        const s = await localStack(copyProgram(path.join(EXAMPLES, "service-to-service"), "service-to-service"), motoEndpoint(), { userPoolId });
        await s.stack.up();
        let outputs = await s.stack.outputs();
        const clientId = outputs.reportingClientId.value as string;
        const arn = outputs.reportingSecretArn.value as string;
        expect(arn).to.match(/^arn:aws:secretsmanager:/);
        expect(outputs.reportingClientSecret?.value).to.equal(undefined);
        const live = await describeClient(sdk, userPoolId, clientId);
        expect(live.ExplicitAuthFlows).to.deep.equal(["ALLOW_CLIENT_TOKEN_AUTH"]);
        expect(live.ClientSecret).to.equal(undefined);
        expect((await publishedSecret(arn)).userPoolClientId).to.equal(clientId);
        const assistant = await describeClient(sdk, userPoolId, outputs.assistantClientId.value as string);
        expect(assistant.ExplicitAuthFlows).to.include.members(["ALLOW_TOKEN_EXCHANGE_IMPERSONATION", "ALLOW_TOKEN_EXCHANGE_DELEGATION"]);
        // No secret value anywhere in the state.
        const stored = JSON.parse(s.cli("stack", "export", "--show-secrets")).deployment.resources.find((r: any) => r.urn.endsWith("::reporting"));
        expect(stored.outputs).to.not.have.property("clientSecret");
        expect(JSON.stringify(stored)).to.not.include((await publishedSecret(arn)).clientSecretValue);

        expect((await s.stack.refresh()).summary.resourceChanges).to.not.have.property("update");
        s.cli("preview", "--expect-no-changes");

        // Publishing off: an update in place; the secret is a Pulumi secret output again and signs in.
        await s.stack.setConfig("publishSecret", { value: "false" });
        const off = s.cli("preview", "--diff");
        expect(off).to.match(/~ 1 to update/).and.not.match(/to replace/);
        await s.stack.up();
        outputs = await s.stack.outputs();
        expect(outputs.reportingClientId.value).to.equal(clientId);
        expect(outputs.reportingSecretArn?.value).to.equal(undefined);
        expect(outputs.reportingClientSecret.secret).to.equal(true);
        expect((await describeClient(sdk, userPoolId, clientId)).ClientSecret).to.equal(outputs.reportingClientSecret.value);
        await secretsManagerCall("DescribeSecret", { SecretId: arn }).then(
            () => expect.fail("the secret Cognito published is still in Secrets Manager after publishing was turned off"),
            (e: Error) => expect(e.name).to.equal("ResourceNotFoundException"),
        );
        s.cli("preview", "--expect-no-changes");

        // And on again.
        await s.stack.setConfig("publishSecret", { value: "true" });
        await s.stack.up();
        outputs = await s.stack.outputs();
        expect(outputs.reportingClientId.value).to.equal(clientId);
        expect(outputs.reportingSecretArn.value).to.match(/^arn:aws:secretsmanager:/);
        expect((await describeClient(sdk, userPoolId, clientId)).ClientSecret).to.equal(undefined);
        await s.stack.refresh();
        s.cli("preview", "--expect-no-changes");

        await s.stack.destroy();
        expect(await listClients(sdk, userPoolId)).to.have.length(0);
    });

    it("an auth flow value AWS adds after this release deploys with allowNewAuthFlows and a warning, refreshes with no changes and destroys", async () => {
        const future = "ALLOW_FUTURE_TEST_AUTH";
        const tomorrow = await startLocalCognito({ env: { LOCAL_COGNITO_EXTRA_AUTH_FLOWS: future } });
        try {
            const sdk = new CognitoIdentityProviderClient({ endpoint: tomorrow.endpoint, region: "us-east-1" });
            const userPoolId = await createUserPool(sdk, "future-flow");
            const spec = { future: { args: { name: "future", userPoolId, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", future], allowNewAuthFlows: true } } };
            const s = await localStack(copyProgram(path.join(PROGRAMS, "clients"), "future-flow"), tomorrow.endpoint, { clients: JSON.stringify(spec) });
            const up = await s.stack.up();
            expect(up.stdout).to.include(`explicitAuthFlows: ${future} is a value this version of pulumi-cognito-user-pool-client does not know`);
            const [client] = await listClients(sdk, userPoolId);
            expect((await sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: client.id }))).UserPoolClient!.ExplicitAuthFlows).to.include(future);
            await s.stack.refresh();
            s.cli("preview", "--expect-no-changes");
            await s.stack.destroy();
            expect(await listClients(sdk, userPoolId)).to.have.length(0);
        } finally {
            await tomorrow.stop();
        }
    });
});
