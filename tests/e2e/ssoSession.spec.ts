/**
 * The SSO session setting through the real engine, with the oauth-web-app example (which sets 480 minutes): a
 * change made outside Pulumi shows up in `pulumi refresh`, the next preview is an in-place update, `pulumi up`
 * restores the program's value, and then nothing is left to do.
 */
import { GetUserPoolClientSessionConfigurationCommand, SetUserPoolClientSessionConfigurationCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as path from "path";
import { createUserPool, directSdk } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, copyProgram, installPackedPackage, localStack } from "../support/stacks";

describe("the SSO session setting through the engine", function () {
    this.timeout(300_000);

    before(function () {
        this.timeout(600_000);
        installPackedPackage();
    });

    it("refresh after a change made outside Pulumi shows the drift, and up restores the program's value", async () => {
        const sdk = directSdk();
        const userPoolId = await createUserPool(sdk, "sso-e2e", { sessionTracking: true });
        const s = await localStack(copyProgram(path.join(EXAMPLES, "oauth-web-app"), "sso-session"), motoEndpoint(), { userPoolId });
        await s.stack.up();
        const clientId = (await s.stack.outputs()).clientId.value as string;
        const live = async () => (await sdk.send(new GetUserPoolClientSessionConfigurationCommand({ UserPoolId: userPoolId, ClientId: clientId }))).SSOSession!.MaxValidityMinutes;
        expect(await live()).to.equal(480);

        await sdk.send(new SetUserPoolClientSessionConfigurationCommand({ UserPoolId: userPoolId, ClientId: clientId, SSOSession: { MaxValidityMinutes: 5 } }));
        const refresh = await s.stack.refresh();
        expect(refresh.summary.resourceChanges).to.include({ update: 1 });
        const stored = JSON.parse(s.cli("stack", "export")).deployment.resources.find((r: any) => r.type.endsWith(":UserPoolClient"));
        expect(stored.outputs.ssoSession).to.deep.equal({ maxValidityMinutes: 5 });

        // The engine shows a dynamic resource's input diff, which a change made outside Pulumi leaves alone: the
        // update is what the provider's diff reports.
        const preview = s.cli("preview", "--diff");
        expect(preview).to.match(/~ pulumi-nodejs:dynamic\/cognito:UserPoolClient: \(update\)/);
        expect(preview).to.match(/~ 1 to update/).and.not.match(/to replace/);
        await s.stack.up();
        expect(await live()).to.equal(480);
        s.cli("preview", "--expect-no-changes");
        await s.stack.destroy();
    });
});
