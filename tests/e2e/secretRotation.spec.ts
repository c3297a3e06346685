/**
 * Secret rotation through the real engine, as a user does it: the secret-rotation example rotated three times by
 * changing one config value, and a custom secret rotated by changing the secret config, with a consumer in the
 * same program. After each `up`: exactly two secrets, the same client ID, `clientSecret` the newest (Cognito signs
 * in with it), the previous one still valid, the one from two rotations back gone. Previews say update, never
 * replace; refresh then preview finds nothing; no secret appears in plaintext in state or preview output.
 */
import { ListUserPoolClientSecretsCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as path from "path";
import { acceptsSecret, createSignInUser, createUserPool, directSdk } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, LocalStack, PROGRAMS, copyProgram, installPackedPackage, localStack } from "../support/stacks";

const CUSTOM = ["customSecretOne_0123456789abcdef", "customSecretTwo_0123456789abcdef", "customSecretThree_0123456789abcd"];

describe("secret rotation through the engine", function () {
    this.timeout(600_000);
    let sdk: ReturnType<typeof directSdk>;
    let userPoolId: string;

    before(function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
    });
    beforeEach(async () => {
        userPoolId = await createUserPool(sdk, "rotation-e2e");
        await createSignInUser(sdk, userPoolId);
    });

    const secretCount = async (clientId: string) =>
        ((await sdk.send(new ListUserPoolClientSecretsCommand({ UserPoolId: userPoolId, ClientId: clientId }))).ClientSecrets ?? []).length;
    const outputs = async (s: LocalStack) => Object.fromEntries(Object.entries(await s.stack.outputs()).map(([k, v]) => [k, v.value]));

    /** Asserts the state after a rotation, given every value `clientSecret` had so far (the newest last). */
    async function expectRotated(s: LocalStack, clientId: string, values: string[]) {
        const out = await outputs(s);
        expect(out.clientId, "the client ID never changes").to.equal(clientId);
        expect(out.clientSecret).to.equal(values[values.length - 1]);
        expect(out.previousClientSecret).to.equal(values[values.length - 2]);
        expect(await secretCount(clientId)).to.equal(2);
        expect(await acceptsSecret(sdk, userPoolId, clientId, out.clientSecret), "the newest secret").to.equal(true);
        expect(await acceptsSecret(sdk, userPoolId, clientId, out.previousClientSecret), "the previous secret").to.equal(true);
        if (values.length >= 3) expect(await acceptsSecret(sdk, userPoolId, clientId, values[values.length - 3]), "two rotations back").to.equal(false);
        const exported = s.cli("stack", "export");
        for (const value of values) expect(exported, "a secret in plaintext in state").to.not.include(value);
    }

    it("the secret-rotation example: three rotations of a generated secret, each an in-place update", async () => {
        const s = await localStack(copyProgram(path.join(EXAMPLES, "secret-rotation"), "secret-rotation"), motoEndpoint(), { userPoolId, rotation: "r0" });
        await s.stack.up();
        const { clientId } = await outputs(s);
        const values = [(await outputs(s)).clientSecret as string];
        expect(values[0]).to.match(/^[a-z0-9]{51}$/);
        for (let n = 1; n <= 3; n++) {
            await s.stack.setConfig("rotation", { value: `r${n}` });
            const preview = s.cli("preview", "--diff");
            expect(preview).to.match(/~ 1 to update/);
            expect(preview).to.not.match(/to replace/);
            expect(preview).to.match(/~ rotateSecretWhenChanged: \{\s*~ rotation: "r\d" => "r\d"/);
            for (const value of values) expect(preview, "a secret in the preview").to.not.include(value);
            if (n === 1) process.stdout.write(`      pulumi preview --diff of a rotation:\n${preview.split("\n").map((l) => `        ${l}`).join("\n")}\n`);
            const up = await s.stack.up();
            expect(up.summary.resourceChanges).to.include({ update: 1 }).and.not.have.any.keys("replace", "create", "delete");
            values.push((await outputs(s)).clientSecret as string);
            await expectRotated(s, clientId, values);
        }
        // refresh, then preview: the rotated-away original (Describe shows no secret now) is no drift.
        await s.stack.refresh();
        s.cli("preview", "--expect-no-changes");
        expect((await outputs(s)).clientSecret).to.equal(values[3]);
        await s.stack.destroy();
    });

    it("a custom secret rotated by changing it, and a consumer in the same program gets the new value in the same up", async () => {
        const s = await localStack(copyProgram(path.join(PROGRAMS, "rotation"), "rotation-custom"), motoEndpoint(), { userPoolId });
        await s.stack.setConfig("clientSecret", { value: CUSTOM[0], secret: true });
        await s.stack.up();
        const { clientId } = await outputs(s);
        for (let n = 1; n < CUSTOM.length; n++) {
            await s.stack.setConfig("clientSecret", { value: CUSTOM[n], secret: true });
            const preview = await s.stack.preview();
            expect(preview.changeSummary).to.deep.equal({ same: 1, update: 2 }); // the stack is the same; the client and its consumer update
            await s.stack.up();
            const out = await outputs(s);
            expect(out.consumerSecret, "the consumer has the new secret").to.equal(CUSTOM[n]);
            await expectRotated(s, clientId, CUSTOM.slice(0, n + 1));
        }
        // Retire the previous secret early: one up, no new secret.
        await s.stack.setConfig("keepPreviousSecret", { value: "false" });
        await s.stack.up();
        expect(await secretCount(clientId)).to.equal(1);
        expect(await acceptsSecret(sdk, userPoolId, clientId, CUSTOM[1])).to.equal(false);
        expect(await acceptsSecret(sdk, userPoolId, clientId, CUSTOM[2])).to.equal(true);
        expect((await outputs(s)).previousClientSecret).to.equal(undefined);
        await s.stack.refresh();
        s.cli("preview", "--expect-no-changes");
        await s.stack.destroy();
    });
});
