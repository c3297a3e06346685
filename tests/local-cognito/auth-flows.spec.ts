/**
 * Explicit auth flows the model's enum lags behind or that came with token exchange: ALLOW_CLIENT_TOKEN_AUTH (the
 * only flow of a client with a secret), ALLOW_TOKEN_EXCHANGE_IMPERSONATION and ALLOW_TOKEN_EXCHANGE_DELEGATION
 * (ALLOW_ values of the Essentials and Plus tiers), and the test option LOCAL_COGNITO_EXTRA_AUTH_FLOWS that stands in
 * for a value AWS adds later (docs/local-cognito.md, "Auth flows").
 */
import {
    CognitoIdentityProviderClient,
    CreateUserPoolClientCommandInput,
    ExplicitAuthFlowsType,
    UpdateUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { LocalCognito, startLocalCognito } from "../../scripts/local-cognito";
import { createClient, describeFaithful, dropPool, expectError, newPool, sdk } from "./support";

type ClientInput = Omit<CreateUserPoolClientCommandInput, "UserPoolId" | "ClientName">;

/** Flow values the installed SDK's type does not list yet; it sends any string. */
const flows = (...values: string[]) => values as ExplicitAuthFlowsType[];

const CLIENT_TOKEN = "ALLOW_CLIENT_TOKEN_AUTH";
const IMPERSONATION = "ALLOW_TOKEN_EXCHANGE_IMPERSONATION";
const DELEGATION = "ALLOW_TOKEN_EXCHANGE_DELEGATION";
const REFRESH = "ALLOW_REFRESH_TOKEN_AUTH";

describeFaithful("auth flows", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito);
    });
    after(async () => dropPool(cognito, pool));

    const create = (input: ClientInput) => createClient(cognito, { UserPoolId: pool, ...input });
    const update = async (clientId: string, input: ClientInput) =>
        (await cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId, ClientName: "app", ...input }))).UserPoolClient!;
    const invalid = (call: Promise<unknown>, message: string) => expectError(call, "InvalidParameterException", message);

    describe("ALLOW_CLIENT_TOKEN_AUTH", () => {
        it("is accepted by model validation although the model's enum does not list it", async () => {
            const created = await create({ GenerateSecret: true, ExplicitAuthFlows: flows(CLIENT_TOKEN) });
            expect(created.ExplicitAuthFlows).to.deep.equal([CLIENT_TOKEN]);
        });

        it("is the only flow: without ALLOW_REFRESH_TOKEN_AUTH, with a generated or a custom secret, on Create and Update", async () => {
            const custom = await create({ ClientSecret: "custom_secret_0123456789abcdefXYZ", ExplicitAuthFlows: flows(CLIENT_TOKEN) });
            expect(custom.ExplicitAuthFlows).to.deep.equal([CLIENT_TOKEN]);
            const generated = await create({ GenerateSecret: true, ExplicitAuthFlows: flows("ALLOW_USER_SRP_AUTH", REFRESH) });
            expect((await update(generated.ClientId!, { ExplicitAuthFlows: flows(CLIENT_TOKEN) })).ExplicitAuthFlows).to.deep.equal([CLIENT_TOKEN]);
            const rotating = await create({ GenerateSecret: true, ExplicitAuthFlows: flows(CLIENT_TOKEN), RefreshTokenRotation: { Feature: "ENABLED" } });
            expect(rotating.ExplicitAuthFlows).to.deep.equal([CLIENT_TOKEN]);
        });

        it("fails combined with any other flow", async () => {
            const message = "ALLOW_CLIENT_TOKEN_AUTH can not be combined with other ExplicitAuthFlows.";
            await invalid(create({ GenerateSecret: true, ExplicitAuthFlows: flows(CLIENT_TOKEN, REFRESH) }), message);
            await invalid(create({ GenerateSecret: true, ExplicitAuthFlows: flows(CLIENT_TOKEN, "ALLOW_USER_SRP_AUTH", REFRESH) }), message);
            await invalid(create({ GenerateSecret: true, ExplicitAuthFlows: flows(CLIENT_TOKEN, IMPERSONATION) }), message);
        });

        it("fails mixed with legacy values, with the legacy rule", async () => {
            await invalid(
                create({ GenerateSecret: true, ExplicitAuthFlows: flows(CLIENT_TOKEN, "USER_PASSWORD_AUTH") }),
                "ExplicitAuthFlows can not mix legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH) with values that begin with ALLOW_.",
            );
        });

        it("fails on a client without a secret, on Create and on Update", async () => {
            const message = "ALLOW_CLIENT_TOKEN_AUTH requires an app client with a client secret.";
            await invalid(create({ ExplicitAuthFlows: flows(CLIENT_TOKEN) }), message);
            await invalid(create({ GenerateSecret: false, ExplicitAuthFlows: flows(CLIENT_TOKEN) }), message);
            const publicClient = await create({});
            await invalid(update(publicClient.ClientId!, { ExplicitAuthFlows: flows(CLIENT_TOKEN) }), message);
        });

        it("needs no tier: accepted in a LITE pool", async () => {
            const lite = await newPool(cognito, { UserPoolTier: "LITE" });
            try {
                const created = await createClient(cognito, { UserPoolId: lite, GenerateSecret: true, ExplicitAuthFlows: flows(CLIENT_TOKEN) });
                expect(created.ExplicitAuthFlows).to.deep.equal([CLIENT_TOKEN]);
            } finally {
                await dropPool(cognito, lite);
            }
        });
    });

    describe("token exchange flows", () => {
        it("combine with other ALLOW_ flows and are returned", async () => {
            const created = await create({ ExplicitAuthFlows: flows(IMPERSONATION, DELEGATION, "ALLOW_USER_SRP_AUTH", "ALLOW_USER_AUTH", REFRESH) });
            expect([...created.ExplicitAuthFlows!].sort()).to.deep.equal([DELEGATION, IMPERSONATION, REFRESH, "ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH"].sort());
            const updated = await update(created.ClientId!, { ExplicitAuthFlows: flows(DELEGATION, REFRESH) });
            expect([...updated.ExplicitAuthFlows!].sort()).to.deep.equal([DELEGATION, REFRESH].sort());
        });

        it("follow the ALLOW_ list rules unchanged: ALLOW_REFRESH_TOKEN_AUTH unless rotation is enabled, and not with it", async () => {
            for (const flow of [IMPERSONATION, DELEGATION]) {
                await invalid(create({ ExplicitAuthFlows: flows(flow) }), "REFRESH_TOKEN_AUTH should always be allowed.");
                const rotating = await create({ ExplicitAuthFlows: flows(flow), RefreshTokenRotation: { Feature: "ENABLED" } });
                expect(rotating.ExplicitAuthFlows).to.deep.equal([flow]);
                await invalid(
                    create({ ExplicitAuthFlows: flows(flow, REFRESH), RefreshTokenRotation: { Feature: "ENABLED" } }),
                    "ALLOW_REFRESH_TOKEN_AUTH can not be used when refresh token rotation is enabled.",
                );
            }
        });

        it("fail mixed with legacy values", async () => {
            await invalid(
                create({ ExplicitAuthFlows: flows(DELEGATION, "ADMIN_NO_SRP_AUTH") }),
                "ExplicitAuthFlows can not mix legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH) with values that begin with ALLOW_.",
            );
        });

        it("fail with FeatureUnavailableInTierException in a LITE pool, on Create and Update; accepted in PLUS", async () => {
            const lite = await newPool(cognito, { UserPoolTier: "LITE" });
            const plus = await newPool(cognito, { UserPoolTier: "PLUS" });
            try {
                for (const flow of [IMPERSONATION, DELEGATION]) {
                    const message = `${flow} is not available in the LITE tier of user pool ${lite}; it needs ESSENTIALS or PLUS.`;
                    await expectError(
                        createClient(cognito, { UserPoolId: lite, ExplicitAuthFlows: flows(flow, REFRESH) }),
                        "FeatureUnavailableInTierException",
                        message,
                    );
                    const client = await createClient(cognito, { UserPoolId: lite, ExplicitAuthFlows: flows("ALLOW_USER_SRP_AUTH", REFRESH) });
                    await expectError(
                        cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: lite, ClientId: client.ClientId!, ExplicitAuthFlows: flows(flow, REFRESH) })),
                        "FeatureUnavailableInTierException",
                        message,
                    );
                    const accepted = await createClient(cognito, { UserPoolId: plus, ExplicitAuthFlows: flows(flow, REFRESH) });
                    expect(accepted.ExplicitAuthFlows).to.include(flow);
                }
            } finally {
                await dropPool(cognito, lite);
                await dropPool(cognito, plus);
            }
        });
    });

    describe("LOCAL_COGNITO_EXTRA_AUTH_FLOWS (test option)", () => {
        let extra: LocalCognito;
        let extraCognito: CognitoIdentityProviderClient;
        let extraPool: string;

        before(async function () {
            this.timeout(120_000);
            extra = await startLocalCognito({ env: { LOCAL_COGNITO_EXTRA_AUTH_FLOWS: "ALLOW_FUTURE_AUTH, ALLOW_OTHER_FUTURE_AUTH" } });
            extraCognito = new CognitoIdentityProviderClient({ endpoint: extra.endpoint, region: "us-east-1", maxAttempts: 1 });
            extraPool = await newPool(extraCognito);
        });
        after(async () => {
            extraCognito?.destroy();
            await extra?.stop();
        });

        it("adds the values to the ExplicitAuthFlows enum of a server started with it", async () => {
            const created = await createClient(extraCognito, { UserPoolId: extraPool, ExplicitAuthFlows: flows("ALLOW_FUTURE_AUTH", "ALLOW_OTHER_FUTURE_AUTH", REFRESH) });
            expect([...created.ExplicitAuthFlows!].sort()).to.deep.equal(["ALLOW_FUTURE_AUTH", "ALLOW_OTHER_FUTURE_AUTH", REFRESH]);
        });

        it("the added values obey the generic ALLOW_ rules", async () => {
            await expectError(
                createClient(extraCognito, { UserPoolId: extraPool, ExplicitAuthFlows: flows("ALLOW_FUTURE_AUTH") }),
                "InvalidParameterException",
                "REFRESH_TOKEN_AUTH should always be allowed.",
            );
            await expectError(
                createClient(extraCognito, { UserPoolId: extraPool, ExplicitAuthFlows: flows("ALLOW_FUTURE_AUTH", "USER_PASSWORD_AUTH") }),
                "InvalidParameterException",
                /^ExplicitAuthFlows can not mix legacy values/,
            );
        });

        it("validation messages list the added values after the model's; other values still fail", async () => {
            await expectError(
                createClient(extraCognito, { UserPoolId: extraPool, ExplicitAuthFlows: flows("ALLOW_PAST_AUTH") }),
                "InvalidParameterException",
                /Member must satisfy enum value set: \[ADMIN_NO_SRP_AUTH, .*, ALLOW_TOKEN_EXCHANGE_IMPERSONATION, ALLOW_CLIENT_TOKEN_AUTH, ALLOW_FUTURE_AUTH, ALLOW_OTHER_FUTURE_AUTH\]$/,
            );
        });

        it("the shared server, started without it, refuses the values", async () => {
            await expectError(
                create({ ExplicitAuthFlows: flows("ALLOW_FUTURE_AUTH", REFRESH) }),
                "InvalidParameterException",
                /^1 validation error detected: Value 'ALLOW_FUTURE_AUTH' at 'explicitAuthFlows.1.member' failed to satisfy constraint: Member must satisfy enum value set: \[.*, ALLOW_CLIENT_TOKEN_AUTH\]$/,
            );
        });
    });
});
