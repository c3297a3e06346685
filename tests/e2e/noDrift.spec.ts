/**
 * No perpetual diff: after `pulumi up`, a `pulumi refresh` (which stores what Cognito describes) followed by
 * `pulumi preview` must show no change, for every example program, for a client with every argument set and for
 * a client with none. Cognito's echoes (defaults it always returns, lists in its own order, `{}` for units never
 * set, rotation DISABLED after it was sent) must never read as a difference.
 */
import { CreateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as path from "path";
import { createUserPool, directSdk } from "../support/cognito";
import { motoEndpoint } from "../support/hooks";
import { EXAMPLES, LocalStack, PROGRAMS, copyProgram, installPackedPackage, localStack } from "../support/stacks";

/** Every argument set to a value other than its default. */
const EVERY_ARGUMENT = {
    name: "every argument",
    clientSecret: "customSecret_0123456789abcdefXYZ",
    explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH"],
    allowedOauthFlowsUserPoolClient: true,
    allowedOauthFlows: ["implicit", "code"],
    allowedOauthScopes: ["profile", "openid", "email", "phone", "aws.cognito.signin.user.admin"],
    callbackUrls: ["https://b.example.com/cb", "https://a.example.com/cb", "http://localhost:3000/cb", "myapp://cb"],
    defaultRedirectUri: "https://a.example.com/cb",
    logoutUrls: ["https://b.example.com/out", "https://a.example.com/out"],
    readAttributes: ["name", "email", "email_verified"],
    writeAttributes: ["name", "email"],
    refreshTokenValidity: 90,
    accessTokenValidity: 10,
    idTokenValidity: 2,
    tokenValidityUnits: { accessToken: "minutes", idToken: "hours", refreshToken: "days" },
    supportedIdentityProviders: ["COGNITO"],
    preventUserExistenceErrors: "ENABLED",
    enableTokenRevocation: false,
    enablePropagateAdditionalUserContextData: true,
    authSessionValidity: 15,
    analyticsConfiguration: {
        applicationId: "0123456789abcdef0123456789abcdef",
        externalId: "external-id-42",
        roleArn: "arn:aws:iam::123456789012:role/cognito-analytics",
        userDataShared: true,
    },
    refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 30 },
};

/** up, refresh, preview: the refresh stores what Cognito describes, and the preview must find nothing to do. */
async function expectNoDriftAfterRefresh(s: LocalStack): Promise<void> {
    const up = await s.stack.up();
    expect(up.summary.result).to.equal("succeeded");
    await s.stack.refresh();
    // With --expect-no-changes: the CLI itself fails the preview on any change, beside the summary's count.
    const preview = await s.stack.preview({ diff: true, expectNoChanges: true });
    expect(preview.changeSummary, preview.stdout.slice(-4000)).to.not.have.any.keys("create", "update", "replace", "delete");
    // Every resource the up made was previewed, and found the same.
    const made = Object.values(up.summary.resourceChanges ?? {}).reduce((a, b) => a + b, 0);
    expect(preview.changeSummary.same, "resources found the same").to.equal(made);
    // A second refresh finds nothing new either: the provider's outputs are exactly what Cognito describes.
    const again = await s.stack.refresh();
    expect(again.summary.resourceChanges, JSON.stringify(again.summary.resourceChanges)).to.not.have.any.keys("update", "delete");
    await s.stack.destroy();
}

describe("no drift: refresh then preview shows no changes", function () {
    this.timeout(300_000);
    let sdk: ReturnType<typeof directSdk>;
    let userPoolId: string;

    before(function () {
        this.timeout(600_000);
        sdk = directSdk();
        installPackedPackage();
    });
    beforeEach(async () => {
        userPoolId = await createUserPool(sdk, "no-drift", { sessionTracking: true });
    });

    const example = (name: string, config: Record<string, string> = {}) =>
        localStack(copyProgram(path.join(EXAMPLES, name), name), motoEndpoint(), { userPoolId, ...config });

    for (const name of ["basic", "confidential-admin", "oauth-web-app", "secret-rotation", "service-to-service", "managed-login", "demo"]) {
        it(`the ${name} example`, async () => {
            await expectNoDriftAfterRefresh(await example(name));
        });
    }

    it("the import-existing example, after adopting a client made by hand", async () => {
        const existing = (await sdk.send(new CreateUserPoolClientCommand({
            UserPoolId: userPoolId, ClientName: "made-by-hand", ExplicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"],
        }))).UserPoolClient!;
        await expectNoDriftAfterRefresh(await example("import-existing", { clientId: existing.ClientId!, clientName: "made-by-hand" }));
    });

    async function clients(spec: Record<string, unknown>): Promise<LocalStack> {
        return localStack(copyProgram(path.join(PROGRAMS, "clients"), "no-drift"), motoEndpoint(), { clients: JSON.stringify(spec) });
    }

    // Three clients of one program: the engine refreshes and previews each on its own, and reports each.
    it("a client with every argument set, one with no argument but its pool, one with a generated secret and the default values written out", async () => {
        await expectNoDriftAfterRefresh(await clients({
            full: { args: { ...EVERY_ARGUMENT, userPoolId }, secretArgs: ["clientSecret"] },
            empty: { args: { userPoolId } },
            defaults: {
                args: {
                    name: "defaults written out", userPoolId, generateSecret: true,
                    explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                    refreshTokenValidity: 30, accessTokenValidity: 60, idTokenValidity: 60,
                    tokenValidityUnits: { accessToken: "minutes", idToken: "minutes", refreshToken: "days" },
                    authSessionValidity: 3, enableTokenRevocation: true, enablePropagateAdditionalUserContextData: false,
                    allowedOauthFlowsUserPoolClient: false, preventUserExistenceErrors: "LEGACY",
                    refreshTokenRotation: { feature: "DISABLED" }, callbackUrls: [], logoutUrls: [],
                },
            },
        }));
    });
});
