/**
 * The user pool's feature tier, and session configuration: the client's SSO session setting
 * (Get/SetUserPoolClientSessionConfiguration) and the pool's session tracking
 * (Get/SetUserPoolSessionConfiguration) (docs/local-cognito.md, "Pool tier" and "Session configuration").
 */
import {
    CognitoIdentityProviderClient,
    DeleteUserPoolClientCommand,
    DescribeUserPoolCommand,
    GetUserPoolClientSessionConfigurationCommand,
    GetUserPoolSessionConfigurationCommand,
    SetUserPoolClientSessionConfigurationCommand,
    SetUserPoolSessionConfigurationCommand,
    UpdateUserPoolCommand,
    UserPoolTierType,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { createClient, describeFaithful, dropPool, expectError, newPool, rawCall, sdk } from "./support";

describeFaithful("pool tier", () => {
    let cognito: CognitoIdentityProviderClient;
    const pools: string[] = [];

    before(() => {
        cognito = sdk();
    });
    after(async () => {
        for (const pool of pools) await dropPool(cognito, pool);
    });

    const pool = async (tier?: UserPoolTierType) => {
        const id = await newPool(cognito, tier ? { UserPoolTier: tier } : {});
        pools.push(id);
        return id;
    };
    const tierOf = async (id: string) => (await cognito.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool!.UserPoolTier;

    it("a new pool is in the ESSENTIALS tier when none is given", async () => {
        expect(await tierOf(await pool())).to.equal("ESSENTIALS");
    });

    it("stores the tier given at create", async () => {
        expect(await tierOf(await pool("LITE"))).to.equal("LITE");
        expect(await tierOf(await pool("PLUS"))).to.equal("PLUS");
    });

    it("UpdateUserPool changes the tier, and keeps it when none is given", async () => {
        const id = await pool("LITE");
        await cognito.send(new UpdateUserPoolCommand({ UserPoolId: id, UserPoolTier: "PLUS" }));
        expect(await tierOf(id)).to.equal("PLUS");
        await cognito.send(new UpdateUserPoolCommand({ UserPoolId: id }));
        expect(await tierOf(id)).to.equal("PLUS");
    });

    it("fails on a tier outside the enum", async () => {
        await expectError(
            newPool(cognito, { UserPoolTier: "GOLD" as UserPoolTierType }),
            "InvalidParameterException",
            "1 validation error detected: Value 'GOLD' at 'userPoolTier' failed to satisfy constraint: Member must satisfy enum value set: [LITE, ESSENTIALS, PLUS]",
        );
    });
});

describeFaithful("session configuration", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;
    let lite: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito, { UserPoolTier: "ESSENTIALS" });
        lite = await newPool(cognito, { UserPoolTier: "LITE" });
    });
    after(async () => {
        await dropPool(cognito, pool);
        await dropPool(cognito, lite);
    });

    const getClient = async (clientId: string, userPoolId = pool) =>
        cognito.send(new GetUserPoolClientSessionConfigurationCommand({ UserPoolId: userPoolId, ClientId: clientId }));
    const setClient = (clientId: string, minutes: number, userPoolId = pool) =>
        cognito.send(new SetUserPoolClientSessionConfigurationCommand({ UserPoolId: userPoolId, ClientId: clientId, SSOSession: { MaxValidityMinutes: minutes } }));
    const setPool = (tracking: "ENABLED" | "DISABLED", maxPerUser = 20, userPoolId = pool) =>
        cognito.send(new SetUserPoolSessionConfigurationCommand({ UserPoolId: userPoolId, UserSessionTracking: tracking, TokenSession: { MaxPerUser: maxPerUser } }));

    it("the client's SSO session is 60 minutes when never set, in the shape {UserPoolId, ClientId, SSOSession}", async () => {
        const client = await createClient(cognito, { UserPoolId: pool });
        const { json } = await rawCall("GetUserPoolClientSessionConfiguration", { UserPoolId: pool, ClientId: client.ClientId });
        expect(json).to.deep.equal({ UserPoolId: pool, ClientId: client.ClientId, SSOSession: { MaxValidityMinutes: 60 } });
    });

    it("the pool's session tracking is DISABLED with 20 sessions per user when never set", async () => {
        const { json } = await rawCall("GetUserPoolSessionConfiguration", { UserPoolId: pool });
        expect(json).to.deep.equal({ UserPoolId: pool, UserSessionTracking: "DISABLED", TokenSession: { MaxPerUser: 20 } });
    });

    it("fails with InvalidParameterException to set a client's session while the pool's tracking is disabled", async () => {
        const client = await createClient(cognito, { UserPoolId: pool });
        await setPool("DISABLED");
        await expectError(
            setClient(client.ClientId!, 30),
            "InvalidParameterException",
            `Session tracking must be enabled for user pool ${pool} (SetUserPoolSessionConfiguration UserSessionTracking ENABLED) before an app client's session configuration can be set.`,
        );
    });

    it("sets the pool's tracking and the client's session, and returns them", async () => {
        const client = await createClient(cognito, { UserPoolId: pool });
        const poolOut = await setPool("ENABLED", 5);
        expect(poolOut.UserSessionTracking).to.equal("ENABLED");
        expect(poolOut.TokenSession).to.deep.equal({ MaxPerUser: 5 });
        const set = await setClient(client.ClientId!, 0);
        expect(set.SSOSession).to.deep.equal({ MaxValidityMinutes: 0 });
        expect((await getClient(client.ClientId!)).SSOSession).to.deep.equal({ MaxValidityMinutes: 0 });
        await setClient(client.ClientId!, 129600);
        expect((await getClient(client.ClientId!)).SSOSession).to.deep.equal({ MaxValidityMinutes: 129600 });
        const poolGet = await cognito.send(new GetUserPoolSessionConfigurationCommand({ UserPoolId: pool }));
        expect(poolGet.TokenSession).to.deep.equal({ MaxPerUser: 5 });
    });

    it("disabling tracking keeps the client's setting, dormant", async () => {
        const client = await createClient(cognito, { UserPoolId: pool });
        await setPool("ENABLED");
        await setClient(client.ClientId!, 45);
        await setPool("DISABLED");
        expect((await getClient(client.ClientId!)).SSOSession).to.deep.equal({ MaxValidityMinutes: 45 });
        await setPool("ENABLED");
        expect((await getClient(client.ClientId!)).SSOSession).to.deep.equal({ MaxValidityMinutes: 45 });
    });

    it("fails with FeatureUnavailableInTierException in a LITE pool, for both Set operations", async () => {
        const client = await createClient(cognito, { UserPoolId: lite });
        const message = `Session configuration is not available in the LITE tier of user pool ${lite}; it needs ESSENTIALS or PLUS.`;
        await expectError(setClient(client.ClientId!, 30, lite), "FeatureUnavailableInTierException", message);
        await expectError(setPool("ENABLED", 20, lite), "FeatureUnavailableInTierException", message);
        expect((await getClient(client.ClientId!, lite)).SSOSession).to.deep.equal({ MaxValidityMinutes: 60 });
    });

    it("fails on values outside the model's ranges", async () => {
        const client = await createClient(cognito, { UserPoolId: pool });
        await expectError(setClient(client.ClientId!, -1), "InvalidParameterException", /at 'sSOSession.maxValidityMinutes' failed to satisfy constraint: Member must have value greater than or equal to 0$/);
        await expectError(setPool("ENABLED", 101), "InvalidParameterException", /at 'tokenSession.maxPerUser' failed to satisfy constraint: Member must have value less than or equal to 100$/);
    });

    it("deleting a client drops its settings", async () => {
        const client = await createClient(cognito, { UserPoolId: pool });
        await setPool("ENABLED");
        await setClient(client.ClientId!, 15);
        await cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: pool, ClientId: client.ClientId! }));
        await expectError(getClient(client.ClientId!), "ResourceNotFoundException", `User pool client ${client.ClientId} does not exist.`);
    });

    it("fails with ResourceNotFoundException for a missing client or pool", async () => {
        const missingClient = "c".repeat(26);
        await expectError(getClient(missingClient), "ResourceNotFoundException", `User pool client ${missingClient} does not exist.`);
        await expectError(setClient(missingClient, 10), "ResourceNotFoundException", `User pool client ${missingClient} does not exist.`);
        const missingPool = "us-east-1_nopool";
        await expectError(getClient(missingClient, missingPool), "ResourceNotFoundException", `User pool ${missingPool} does not exist.`);
        await expectError(
            cognito.send(new GetUserPoolSessionConfigurationCommand({ UserPoolId: missingPool })),
            "ResourceNotFoundException",
            `User pool ${missingPool} does not exist.`,
        );
        await expectError(setPool("ENABLED", 20, missingPool), "ResourceNotFoundException", `User pool ${missingPool} does not exist.`);
    });
});
