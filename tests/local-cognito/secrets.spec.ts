/**
 * Client secrets: generated and custom secrets at create, and the two-secret rotation operations
 * AddUserPoolClientSecret, DeleteUserPoolClientSecret and ListUserPoolClientSecrets
 * (docs/local-cognito.md, "Client secrets").
 */
import {
    AddUserPoolClientSecretCommand,
    CognitoIdentityProviderClient,
    DeleteUserPoolClientSecretCommand,
    DescribeUserPoolClientCommand,
    ListUserPoolClientSecretsCommand,
    UpdateUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { acceptsSecret, createSignInUser } from "../support/cognito";
import { addResourceServer, createClient, describeFaithful, dropPool, expectError, newPool, rawCall, sdk } from "./support";

const CUSTOM = "custom_secret_0123456789abcdefXYZ";
const GENERATED = /^[a-z0-9]{51}$/;

describeFaithful("client secrets", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito);
        await addResourceServer(cognito, pool, "api", ["read"]);
        await createSignInUser(cognito, pool);
    });
    after(async () => dropPool(cognito, pool));

    const describe_ = async (clientId: string) =>
        (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId }))).UserPoolClient!;
    const add = async (clientId: string, secret?: string) =>
        (await cognito.send(new AddUserPoolClientSecretCommand({ UserPoolId: pool, ClientId: clientId, ClientSecret: secret }))).ClientSecretDescriptor!;
    const list = async (clientId: string) =>
        (await cognito.send(new ListUserPoolClientSecretsCommand({ UserPoolId: pool, ClientId: clientId }))).ClientSecrets!;
    const remove = (clientId: string, secretId: string) =>
        cognito.send(new DeleteUserPoolClientSecretCommand({ UserPoolId: pool, ClientId: clientId, ClientSecretId: secretId }));

    describe("at create", () => {
        it("a generated secret is 51 characters of [a-z0-9], returned by Create and Describe", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            expect(created.ClientSecret).to.match(GENERATED);
            expect((await describe_(created.ClientId!)).ClientSecret).to.equal(created.ClientSecret);
        });

        it("a custom ClientSecret makes the client confidential and Describe returns it", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, ClientSecret: CUSTOM });
            expect(created.ClientSecret).to.equal(CUSTOM);
            expect((await describe_(created.ClientId!)).ClientSecret).to.equal(CUSTOM);
        });

        it("a client without a secret has no ClientSecret", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: false });
            expect(created).to.not.have.property("ClientSecret");
            expect(await describe_(created.ClientId!)).to.not.have.property("ClientSecret");
        });

        it("the create-time secret is listed with its own ID, <clientId>--<epoch milliseconds>", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            const secrets = await list(created.ClientId!);
            expect(secrets).to.have.length(1);
            const [id, ms] = secrets[0].ClientSecretId!.split("--");
            expect(id).to.equal(created.ClientId);
            expect(Number(ms)).to.equal(created.CreationDate!.getTime());
            expect(secrets[0].ClientSecretCreateDate!.getTime()).to.equal(created.CreationDate!.getTime());
        });
    });

    describe("rotation", () => {
        it("Add returns a generated value (51 characters) with an ID and a create date; Describe keeps the original", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            const added = await add(created.ClientId!);
            expect(added.ClientSecretValue).to.match(GENERATED);
            expect(added.ClientSecretValue).to.not.equal(created.ClientSecret);
            expect(added.ClientSecretId).to.match(new RegExp(`^${created.ClientId}--\\d{13}$`));
            expect(added.ClientSecretCreateDate).to.be.instanceOf(Date);
            expect((await describe_(created.ClientId!)).ClientSecret).to.equal(created.ClientSecret);
        });

        it("Add with a custom value never returns the value", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            const added = await add(created.ClientId!, CUSTOM);
            expect(added).to.not.have.property("ClientSecretValue");
            expect(added.ClientSecretId).to.be.a("string");
        });

        it("List returns both descriptors, never a value, and no NextToken", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            const added = await add(created.ClientId!);
            const { json } = await rawCall("ListUserPoolClientSecrets", { UserPoolId: pool, ClientId: created.ClientId });
            expect(json).to.not.have.property("NextToken");
            expect(json.ClientSecrets).to.have.length(2);
            for (const descriptor of json.ClientSecrets) {
                expect(Object.keys(descriptor).sort()).to.deep.equal(["ClientSecretCreateDate", "ClientSecretId"]);
            }
            expect(json.ClientSecrets.map((d: { ClientSecretId: string }) => d.ClientSecretId)).to.include(added.ClientSecretId);
        });

        it("fails with LimitExceededException on a third secret", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            await add(created.ClientId!);
            await expectError(add(created.ClientId!), "LimitExceededException", `App client ${created.ClientId} already has 2 client secrets, the maximum.`);
            expect(await list(created.ClientId!)).to.have.length(2);
        });

        it("deleting the added secret leaves the original; the last secret cannot be deleted", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            const [original] = await list(created.ClientId!);
            const added = await add(created.ClientId!);
            await remove(created.ClientId!, added.ClientSecretId!);
            expect((await list(created.ClientId!)).map((s) => s.ClientSecretId)).to.deep.equal([original.ClientSecretId]);
            expect((await describe_(created.ClientId!)).ClientSecret).to.equal(created.ClientSecret);
            await expectError(
                remove(created.ClientId!, original.ClientSecretId!),
                "InvalidParameterException",
                "The last remaining client secret of an app client can not be deleted.",
            );
        });

        it("once the original is deleted, Describe has no ClientSecret, for good", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            const [original] = await list(created.ClientId!);
            await add(created.ClientId!);
            await remove(created.ClientId!, original.ClientSecretId!);
            expect(await describe_(created.ClientId!)).to.not.have.property("ClientSecret");
            await add(created.ClientId!);
            expect(await describe_(created.ClientId!)).to.not.have.property("ClientSecret");
            expect(await list(created.ClientId!)).to.have.length(2);
        });

        it("secret IDs stay unique when secrets are added and deleted in quick succession", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            const seen = new Set((await list(created.ClientId!)).map((s) => s.ClientSecretId));
            for (let i = 0; i < 5; i++) {
                const added = await add(created.ClientId!);
                expect(seen.has(added.ClientSecretId)).to.equal(false);
                seen.add(added.ClientSecretId);
                await remove(created.ClientId!, added.ClientSecretId!);
            }
        });

        it("Add on a client without a secret is allowed and makes it confidential; Describe still has no ClientSecret", async () => {
            const created = await createClient(cognito, { UserPoolId: pool });
            const added = await add(created.ClientId!);
            expect(added.ClientSecretValue).to.match(GENERATED);
            expect(await describe_(created.ClientId!)).to.not.have.property("ClientSecret");
            const updated = (
                await cognito.send(
                    new UpdateUserPoolClientCommand({
                        UserPoolId: pool,
                        ClientId: created.ClientId!,
                        ClientName: "app",
                        AllowedOAuthFlowsUserPoolClient: true,
                        AllowedOAuthFlows: ["client_credentials"],
                        AllowedOAuthScopes: ["api/read"],
                    }),
                )
            ).UserPoolClient!;
            expect(updated.AllowedOAuthFlows).to.deep.equal(["client_credentials"]);
        });

        it("a client that keeps only an added secret still counts as confidential", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            const [original] = await list(created.ClientId!);
            await add(created.ClientId!);
            await remove(created.ClientId!, original.ClientSecretId!);
            const updated = (
                await cognito.send(
                    new UpdateUserPoolClientCommand({ UserPoolId: pool, ClientId: created.ClientId!, ClientName: "app", EnablePropagateAdditionalUserContextData: true }),
                )
            ).UserPoolClient!;
            expect(updated.EnablePropagateAdditionalUserContextData).to.equal(true);
        });

        it("sign-in accepts a SECRET_HASH made with either secret, and not with a deleted one", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true, ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
            const clientId = created.ClientId!;
            const [original] = await list(clientId);
            const added = await add(clientId);
            expect(await acceptsSecret(cognito, pool, clientId, created.ClientSecret!), "the original").to.equal(true);
            expect(await acceptsSecret(cognito, pool, clientId, added.ClientSecretValue!), "the added one").to.equal(true);
            expect(await acceptsSecret(cognito, pool, clientId, "x".repeat(51)), "another value").to.equal(false);
            await remove(clientId, original.ClientSecretId!);
            expect(await acceptsSecret(cognito, pool, clientId, created.ClientSecret!), "the deleted original").to.equal(false);
            expect(await acceptsSecret(cognito, pool, clientId, added.ClientSecretValue!), "the remaining one").to.equal(true);
        });

        it("fails with ResourceNotFoundException on an unknown secret ID or client", async () => {
            const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
            await add(created.ClientId!);
            const unknown = `${created.ClientId}--1`;
            await expectError(remove(created.ClientId!, unknown), "ResourceNotFoundException", `Client secret ${unknown} does not exist.`);
            const missing = "b".repeat(26);
            await expectError(add(missing), "ResourceNotFoundException", `User pool client ${missing} does not exist.`);
            await expectError(list(missing), "ResourceNotFoundException", `User pool client ${missing} does not exist.`);
        });
    });
});
