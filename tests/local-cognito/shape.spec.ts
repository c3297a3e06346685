/**
 * What Create, Update and Describe return: the never-set defaults, the members that appear only when sent, the
 * formats of IDs and dates, and the same shape from all three operations (docs/local-cognito.md, "Response shape").
 */
import {
    CognitoIdentityProviderClient,
    CreateUserPoolClientCommandInput,
    DeleteUserPoolClientCommand,
    DescribeUserPoolClientCommand,
    UpdateUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { ALWAYS_PRESENT, configOf, createClient, describeFaithful, dropPool, expectError, newPool, rawCall, sdk } from "./support";

/** Every member set to a value other than its default. */
function fullConfig(userPoolId: string): CreateUserPoolClientCommandInput {
    return {
        UserPoolId: userPoolId,
        ClientName: "full",
        GenerateSecret: true,
        RefreshTokenValidity: 10,
        AccessTokenValidity: 30,
        IdTokenValidity: 45,
        TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" },
        ReadAttributes: ["email", "name"],
        WriteAttributes: ["name"],
        ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH"],
        SupportedIdentityProviders: ["COGNITO"],
        CallbackURLs: ["https://app.example.com/callback", "http://localhost:3000/callback"],
        LogoutURLs: ["https://app.example.com/logout"],
        DefaultRedirectURI: "https://app.example.com/callback",
        AllowedOAuthFlows: ["code"],
        AllowedOAuthScopes: ["openid", "email"],
        AllowedOAuthFlowsUserPoolClient: true,
        AnalyticsConfiguration: {
            ApplicationId: "0123456789abcdef0123456789abcdef",
            ExternalId: "external-42",
            RoleArn: "arn:aws:iam::123456789012:role/analytics",
            UserDataShared: true,
        },
        PreventUserExistenceErrors: "ENABLED",
        EnableTokenRevocation: false,
        EnablePropagateAdditionalUserContextData: true,
        AuthSessionValidity: 7,
        RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 10 },
    };
}

describeFaithful("response shape", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito);
    });
    after(async () => dropPool(cognito, pool));

    const describe_ = async (clientId: string) =>
        (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId }))).UserPoolClient!;

    it("a client created with only a name carries exactly the never-set defaults", async () => {
        const created = await createClient(cognito, { UserPoolId: pool, ClientName: "bare" });
        expect(configOf(created)).to.deep.equal(ALWAYS_PRESENT);
        expect(configOf(await describe_(created.ClientId!))).to.deep.equal(ALWAYS_PRESENT);
        expect(created).to.not.have.property("ClientSecret");
        expect(created.ClientName).to.equal("bare");
        expect(created.UserPoolId).to.equal(pool);
    });

    it("Create, Update and Describe return the same shape", async () => {
        const { GenerateSecret, ...rest } = fullConfig(pool);
        const created = await createClient(cognito, { ...rest, GenerateSecret });
        const updated = (
            await cognito.send(new UpdateUserPoolClientCommand({ ...rest, ClientId: created.ClientId! }))
        ).UserPoolClient!;
        const described = await describe_(created.ClientId!);
        expect(configOf(updated)).to.deep.equal(configOf(created));
        expect(configOf(described)).to.deep.equal(configOf(created));
        expect(Object.keys(described).sort()).to.deep.equal(Object.keys(created).sort());
        expect(described.ClientSecret).to.equal(created.ClientSecret);
    });

    it("a fully configured client returns every member it was sent", async () => {
        const created = await createClient(cognito, fullConfig(pool));
        const { UserPoolId, ClientName, GenerateSecret, ...sent } = fullConfig(pool);
        const returned = configOf(created);
        for (const [key, value] of Object.entries(sent)) {
            const got = returned[key];
            if (Array.isArray(value)) expect([...(got as string[])].sort(), key).to.deep.equal([...value].sort());
            else expect(got, key).to.deep.equal(value);
        }
        expect(Object.keys(returned).sort()).to.deep.equal(Object.keys(sent).sort());
    });

    it("client IDs are 26 characters of [a-z0-9]", async () => {
        for (let i = 0; i < 5; i++) {
            const created = await createClient(cognito, { UserPoolId: pool });
            expect(created.ClientId).to.match(/^[a-z0-9]{26}$/);
        }
    });

    it("CreationDate and LastModifiedDate are present, equal at creation, and epoch seconds with a fraction on the wire", async () => {
        const { status, json, text } = await rawCall("CreateUserPoolClient", { UserPoolId: pool, ClientName: "wire" });
        expect(status).to.equal(200);
        const client = json.UserPoolClient;
        expect(client.CreationDate).to.be.a("number");
        expect(client.LastModifiedDate).to.equal(client.CreationDate);
        expect(text).to.match(/"CreationDate": ?\d{10}\.\d{1,3}[,}]/);
        expect(Math.abs(client.CreationDate * 1000 - Date.now())).to.be.below(60_000);
    });

    it("access and ID token validities appear only when sent; units are exactly the keys sent", async () => {
        const created = await createClient(cognito, {
            UserPoolId: pool,
            AccessTokenValidity: 2,
            TokenValidityUnits: { AccessToken: "hours" },
        });
        expect(created.AccessTokenValidity).to.equal(2);
        expect(created).to.not.have.property("IdTokenValidity");
        expect(created.TokenValidityUnits).to.deep.equal({ AccessToken: "hours" });
        expect(created.RefreshTokenValidity).to.equal(30);
    });

    it("RefreshTokenValidity sent as 0 reads back as the default 30", async () => {
        const created = await createClient(cognito, { UserPoolId: pool, RefreshTokenValidity: 0 });
        expect(created.RefreshTokenValidity).to.equal(30);
    });

    it("lists sent empty are omitted, like lists never sent", async () => {
        const created = await createClient(cognito, {
            UserPoolId: pool,
            ExplicitAuthFlows: [],
            CallbackURLs: [],
            LogoutURLs: [],
            ReadAttributes: [],
            WriteAttributes: [],
            SupportedIdentityProviders: [],
            AllowedOAuthFlows: [],
            AllowedOAuthScopes: [],
        });
        expect(configOf(created)).to.deep.equal(ALWAYS_PRESENT);
    });

    it("AnalyticsConfiguration with only ApplicationArn comes back with the service-linked role and UserDataShared false", async () => {
        const arn = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef";
        const created = await createClient(cognito, { UserPoolId: pool, AnalyticsConfiguration: { ApplicationArn: arn } });
        expect(created.AnalyticsConfiguration).to.deep.equal({
            ApplicationArn: arn,
            RoleArn: "arn:aws:iam::123456789012:role/aws-service-role/cognito-idp.amazonaws.com/AWSServiceRoleForAmazonCognitoIdp",
            UserDataShared: false,
        });
    });

    it("RefreshTokenRotation: absent when never sent, grace 0 when not sent, DISABLED/0 after an update omits it", async () => {
        const plain = await createClient(cognito, { UserPoolId: pool });
        expect(plain).to.not.have.property("RefreshTokenRotation");

        const rotating = await createClient(cognito, { UserPoolId: pool, RefreshTokenRotation: { Feature: "ENABLED" } });
        expect(rotating.RefreshTokenRotation).to.deep.equal({ Feature: "ENABLED", RetryGracePeriodSeconds: 0 });

        const updated = (
            await cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: pool, ClientId: rotating.ClientId!, ClientName: "app" }))
        ).UserPoolClient!;
        expect(updated.RefreshTokenRotation).to.deep.equal({ Feature: "DISABLED", RetryGracePeriodSeconds: 0 });
        expect((await describe_(rotating.ClientId!)).RefreshTokenRotation).to.deep.equal({ Feature: "DISABLED", RetryGracePeriodSeconds: 0 });
    });

    it("ListUserPoolClients returns only ClientId, ClientName and UserPoolId", async () => {
        const { json } = await rawCall("ListUserPoolClients", { UserPoolId: pool, MaxResults: 60 });
        expect(json.UserPoolClients.length).to.be.greaterThan(0);
        for (const entry of json.UserPoolClients) expect(Object.keys(entry).sort()).to.deep.equal(["ClientId", "ClientName", "UserPoolId"]);
    });

    it("fails with ResourceNotFoundException 'User pool client <id> does not exist.' for a missing client", async () => {
        const missing = "a".repeat(26);
        const message = `User pool client ${missing} does not exist.`;
        await expectError(cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: pool, ClientId: missing })), "ResourceNotFoundException", message);
        await expectError(
            cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: pool, ClientId: missing, ClientName: "x" })),
            "ResourceNotFoundException",
            message,
        );
        await expectError(cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: pool, ClientId: missing })), "ResourceNotFoundException", message);
    });

    it("fails with ResourceNotFoundException 'User pool <id> does not exist.' for a missing pool", async () => {
        const missing = "us-east-1_missing0";
        const message = `User pool ${missing} does not exist.`;
        await expectError(createClient(cognito, { UserPoolId: missing }), "ResourceNotFoundException", message);
        await expectError(cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: missing, ClientId: "abc" })), "ResourceNotFoundException", message);
    });
});
