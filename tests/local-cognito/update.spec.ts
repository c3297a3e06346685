/**
 * UpdateUserPoolClient replaces the client's whole configuration: what is not sent goes back to its never-set
 * default (moto merges instead). The name is kept when omitted, the secret is untouched, and only
 * LastModifiedDate moves (docs/local-cognito.md, "Update resets").
 */
import { CognitoIdentityProviderClient, DescribeUserPoolClientCommand, UpdateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { ALWAYS_PRESENT, configOf, createClient, describeFaithful, dropPool, newPool, sdk } from "./support";

describeFaithful("Update resets", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito);
    });
    after(async () => dropPool(cognito, pool));

    const update = async (input: Omit<ConstructorParameters<typeof UpdateUserPoolClientCommand>[0], "UserPoolId">) =>
        (await cognito.send(new UpdateUserPoolClientCommand({ UserPoolId: pool, ...input }))).UserPoolClient!;
    const describe_ = async (clientId: string) =>
        (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId }))).UserPoolClient!;

    it("every member not sent goes back to its never-set default", async () => {
        const created = await createClient(cognito, {
            UserPoolId: pool,
            ClientName: "configured",
            GenerateSecret: true,
            AccessTokenValidity: 30,
            IdTokenValidity: 30,
            RefreshTokenValidity: 7,
            TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" },
            ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            CallbackURLs: ["https://app.example/cb"],
            LogoutURLs: ["https://app.example/out"],
            DefaultRedirectURI: "https://app.example/cb",
            AllowedOAuthFlowsUserPoolClient: true,
            AllowedOAuthFlows: ["code"],
            AllowedOAuthScopes: ["openid"],
            ReadAttributes: ["email"],
            WriteAttributes: ["email"],
            SupportedIdentityProviders: ["COGNITO"],
            PreventUserExistenceErrors: "ENABLED",
            EnableTokenRevocation: false,
            EnablePropagateAdditionalUserContextData: true,
            AuthSessionValidity: 10,
            AnalyticsConfiguration: { ApplicationArn: "arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc" },
        });
        const updated = await update({ ClientId: created.ClientId!, ClientName: "configured" });
        expect(configOf(updated)).to.deep.equal(ALWAYS_PRESENT);
        expect(configOf(await describe_(created.ClientId!))).to.deep.equal(ALWAYS_PRESENT);
    });

    it("a member sent again keeps its value while the others reset", async () => {
        const created = await createClient(cognito, {
            UserPoolId: pool,
            ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            AuthSessionValidity: 10,
        });
        const updated = await update({ ClientId: created.ClientId!, ClientName: "app", AuthSessionValidity: 10 });
        expect(updated.AuthSessionValidity).to.equal(10);
        expect(updated).to.not.have.property("ExplicitAuthFlows");
    });

    it("a list sent on Update replaces the old list", async () => {
        const created = await createClient(cognito, { UserPoolId: pool, CallbackURLs: ["https://a.example/1", "https://a.example/2"] });
        const updated = await update({ ClientId: created.ClientId!, ClientName: "app", CallbackURLs: ["https://a.example/3"] });
        expect(updated.CallbackURLs).to.deep.equal(["https://a.example/3"]);
    });

    it("TokenValidityUnits go back to {} and the validities to unset", async () => {
        const created = await createClient(cognito, {
            UserPoolId: pool,
            AccessTokenValidity: 10,
            TokenValidityUnits: { AccessToken: "minutes" },
        });
        const updated = await update({ ClientId: created.ClientId!, ClientName: "app" });
        expect(updated.TokenValidityUnits).to.deep.equal({});
        expect(updated).to.not.have.property("AccessTokenValidity");
        expect(updated.RefreshTokenValidity).to.equal(30);
    });

    it("ClientName omitted on Update keeps the old name", async () => {
        const created = await createClient(cognito, { UserPoolId: pool, ClientName: "keep-me" });
        const updated = await update({ ClientId: created.ClientId!, AuthSessionValidity: 5 });
        expect(updated.ClientName).to.equal("keep-me");
        expect((await describe_(created.ClientId!)).ClientName).to.equal("keep-me");
    });

    it("ClientName sent on Update renames the client", async () => {
        const created = await createClient(cognito, { UserPoolId: pool, ClientName: "old-name" });
        expect((await update({ ClientId: created.ClientId!, ClientName: "new-name" })).ClientName).to.equal("new-name");
    });

    it("the secret is untouched by Update", async () => {
        const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
        const updated = await update({ ClientId: created.ClientId!, ClientName: "app" });
        expect(updated.ClientSecret).to.equal(created.ClientSecret);
        expect((await describe_(created.ClientId!)).ClientSecret).to.equal(created.ClientSecret);
    });

    it("LastModifiedDate changes on Update, CreationDate never", async () => {
        const created = await createClient(cognito, { UserPoolId: pool });
        await new Promise((r) => setTimeout(r, 20));
        const updated = await update({ ClientId: created.ClientId!, ClientName: "app" });
        expect(updated.CreationDate!.getTime()).to.equal(created.CreationDate!.getTime());
        expect(updated.LastModifiedDate!.getTime()).to.be.greaterThan(created.LastModifiedDate!.getTime());
        const described = await describe_(created.ClientId!);
        expect(described.CreationDate!.getTime()).to.equal(created.CreationDate!.getTime());
        expect(described.LastModifiedDate!.getTime()).to.equal(updated.LastModifiedDate!.getTime());
    });
});
