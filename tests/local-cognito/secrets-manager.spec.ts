/**
 * Client secrets published in AWS Secrets Manager: PublishSecretsInAWSSecretsManager on Create and Update,
 * ClientSecretArn instead of ClientSecret, the secret's JSON value, the first rotation right away, and the secret
 * operations refused while Cognito manages the secret (docs/local-cognito.md, "Secrets Manager").
 *
 * The installed SDK drops PublishSecretsInAWSSecretsManager from requests and ClientSecretArn from answers, so these
 * calls go over the JSON protocol (cognitoCall); Secrets Manager is called the same way (secretsManagerCall).
 */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { acceptsSecret, createSignInUser } from "../support/cognito";
import {
    cognitoCall,
    describeFaithful,
    dropPool,
    expectError,
    failure,
    newPool,
    publishedSecret,
    rawCall,
    sdk,
    secretsManagerCall,
} from "./support";

const CUSTOM = "custom_secret_0123456789abcdefXYZ";
const GENERATED = /^[a-z0-9]{51}$/;
const SIGN_IN_FLOWS = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];
const PUBLISH_ERROR = "PublishSecretsInAWSSecretsManager can only be set for an app client with a generated client secret.";

describeFaithful("Secrets Manager", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito);
        await createSignInUser(cognito, pool);
    });
    after(async () => dropPool(cognito, pool));

    const create = async (input: Record<string, unknown>) =>
        (await cognitoCall("CreateUserPoolClient", { UserPoolId: pool, ClientName: "app", ...input })).UserPoolClient;
    const update = async (clientId: string, input: Record<string, unknown>) =>
        (await cognitoCall("UpdateUserPoolClient", { UserPoolId: pool, ClientId: clientId, ClientName: "app", ...input })).UserPoolClient;
    const describe_ = async (clientId: string) =>
        (await cognitoCall("DescribeUserPoolClient", { UserPoolId: pool, ClientId: clientId })).UserPoolClient;
    const list = async (clientId: string): Promise<{ ClientSecretId: string }[]> =>
        (await cognitoCall("ListUserPoolClientSecrets", { UserPoolId: pool, ClientId: clientId })).ClientSecrets;
    const add = (clientId: string) => cognitoCall("AddUserPoolClientSecret", { UserPoolId: pool, ClientId: clientId });
    const remove = (clientId: string, secretId: string) =>
        cognitoCall("DeleteUserPoolClientSecret", { UserPoolId: pool, ClientId: clientId, ClientSecretId: secretId });
    /** Gone from Secrets Manager (moto's Secrets Manager answers this error with HTTP 404, so not expectError). */
    const secretGone = async (arn: string) => {
        const error = await failure(secretsManagerCall("GetSecretValue", { SecretId: arn }));
        expect([error.name, error.message]).to.deep.equal(["ResourceNotFoundException", "Secrets Manager can't find the specified secret."]);
    };
    const signsIn = (clientId: string, secret: string) => acceptsSecret(cognito, pool, clientId, secret);

    describe("at create", () => {
        it("returns ClientSecretArn and no ClientSecret, from Create and Describe, on the wire", async () => {
            const { status, json, text } = await rawCall("CreateUserPoolClient", {
                UserPoolId: pool,
                ClientName: "app",
                GenerateSecret: true,
                PublishSecretsInAWSSecretsManager: true,
            });
            expect(status).to.equal(200);
            const created = json.UserPoolClient;
            expect(text).to.include('"ClientSecretArn"');
            expect(created).to.not.have.property("ClientSecret");
            expect(created.ClientSecretArn).to.be.a("string");
            const described = await describe_(created.ClientId);
            expect(described.ClientSecretArn).to.equal(created.ClientSecretArn);
            expect(described).to.not.have.property("ClientSecret");
        });

        it("the ARN is the Secrets Manager secret's: name cognito-idp/<userPoolId>/<clientId>, with the characters of the model's name pattern", async () => {
            const created = await create({ GenerateSecret: true, PublishSecretsInAWSSecretsManager: true });
            const name = `cognito-idp/${pool}/${created.ClientId}`;
            expect(created.ClientSecretArn).to.match(new RegExp(`^arn:aws:secretsmanager:us-east-1:\\d{12}:secret:${name}-[A-Za-z0-9]{6}$`));
            expect(name).to.match(/^[\w+=/,.@-]+$/);
            const described = await secretsManagerCall("DescribeSecret", { SecretId: created.ClientSecretArn });
            expect(described.ARN).to.equal(created.ClientSecretArn);
            expect(described.Name).to.equal(name);
            expect(described.OwningService).to.equal("cognito-idp");
        });

        it("the secret's value is the JSON {userPoolId, userPoolClientId, clientSecretValue}", async () => {
            const created = await create({ GenerateSecret: true, PublishSecretsInAWSSecretsManager: true });
            const answer = await secretsManagerCall("GetSecretValue", { SecretId: created.ClientSecretArn });
            const value = JSON.parse(answer.SecretString);
            expect(Object.keys(value)).to.deep.equal(["userPoolId", "userPoolClientId", "clientSecretValue"]);
            expect(value.userPoolId).to.equal(pool);
            expect(value.userPoolClientId).to.equal(created.ClientId);
            expect(value.clientSecretValue).to.match(GENERATED);
        });

        it("the first rotation runs right away: two client secrets, the newest is AWSCURRENT, the original AWSPREVIOUS; both sign in", async () => {
            const created = await create({ GenerateSecret: true, PublishSecretsInAWSSecretsManager: true, ExplicitAuthFlows: SIGN_IN_FLOWS });
            const secrets = await list(created.ClientId);
            expect(secrets).to.have.length(2);
            const current = await publishedSecret(created.ClientSecretArn);
            const previous = await publishedSecret(created.ClientSecretArn, "AWSPREVIOUS");
            expect(current.clientSecretValue).to.not.equal(previous.clientSecretValue);
            expect(await signsIn(created.ClientId, current.clientSecretValue), "AWSCURRENT").to.equal(true);
            expect(await signsIn(created.ClientId, previous.clientSecretValue), "AWSPREVIOUS").to.equal(true);
            expect(await signsIn(created.ClientId, "x".repeat(51)), "another value").to.equal(false);
        });

        it("fails without GenerateSecret, or with a custom ClientSecret", async () => {
            await expectError(create({ PublishSecretsInAWSSecretsManager: true }), "InvalidParameterException", PUBLISH_ERROR);
            await expectError(create({ GenerateSecret: false, PublishSecretsInAWSSecretsManager: true }), "InvalidParameterException", PUBLISH_ERROR);
            await expectError(create({ ClientSecret: CUSTOM, PublishSecretsInAWSSecretsManager: true }), "InvalidParameterException", PUBLISH_ERROR);
            await expectError(
                create({ GenerateSecret: true, ClientSecret: CUSTOM, PublishSecretsInAWSSecretsManager: true }),
                "InvalidParameterException",
                "You cannot specify both GenerateSecret as true and provide a ClientSecret value.",
            );
        });

        it("false is always accepted and changes nothing", async () => {
            const publicClient = await create({ PublishSecretsInAWSSecretsManager: false });
            expect(publicClient).to.not.have.property("ClientSecretArn");
            const custom = await create({ ClientSecret: CUSTOM, PublishSecretsInAWSSecretsManager: false });
            expect(custom.ClientSecret).to.equal(CUSTOM);
            const generated = await create({ GenerateSecret: true, PublishSecretsInAWSSecretsManager: false });
            expect(generated.ClientSecret).to.match(GENERATED);
            expect(generated).to.not.have.property("ClientSecretArn");
            expect(await list(generated.ClientId)).to.have.length(1);
        });
    });

    describe("secret operations", () => {
        it("Add and Delete are refused while the secret is published; List works", async () => {
            const created = await create({ GenerateSecret: true, PublishSecretsInAWSSecretsManager: true });
            const message = `The client secret of app client ${created.ClientId} is managed in AWS Secrets Manager; rotate it there.`;
            await expectError(add(created.ClientId), "InvalidParameterException", message);
            const secrets = await list(created.ClientId);
            await expectError(remove(created.ClientId, secrets[0].ClientSecretId), "InvalidParameterException", message);
            expect(await list(created.ClientId)).to.have.length(2);
        });
    });

    describe("on Update", () => {
        it("an Update that omits the member keeps the secret published", async () => {
            const created = await create({ GenerateSecret: true, PublishSecretsInAWSSecretsManager: true });
            const updated = await update(created.ClientId, { RefreshTokenValidity: 10 });
            expect(updated.ClientSecretArn).to.equal(created.ClientSecretArn);
            expect(updated).to.not.have.property("ClientSecret");
            expect((await publishedSecret(created.ClientSecretArn)).userPoolClientId).to.equal(created.ClientId);
            const again = await update(created.ClientId, { PublishSecretsInAWSSecretsManager: true });
            expect(again.ClientSecretArn).to.equal(created.ClientSecretArn);
            expect(await list(created.ClientId)).to.have.length(2);
        });

        it("true on a client with a generated secret publishes it and rotates right away", async () => {
            const created = await create({ GenerateSecret: true, ExplicitAuthFlows: SIGN_IN_FLOWS });
            const updated = await update(created.ClientId, { PublishSecretsInAWSSecretsManager: true, ExplicitAuthFlows: SIGN_IN_FLOWS });
            expect(updated).to.not.have.property("ClientSecret");
            expect(updated.ClientSecretArn).to.match(new RegExp(`:secret:cognito-idp/${pool}/${created.ClientId}-`));
            expect((await publishedSecret(updated.ClientSecretArn, "AWSPREVIOUS")).clientSecretValue).to.equal(created.ClientSecret);
            const current = (await publishedSecret(updated.ClientSecretArn)).clientSecretValue;
            expect(current).to.match(GENERATED).and.not.equal(created.ClientSecret);
            expect(await list(created.ClientId)).to.have.length(2);
            expect(await signsIn(created.ClientId, created.ClientSecret), "the migrated secret").to.equal(true);
            expect(await signsIn(created.ClientId, current), "the rotated one").to.equal(true);
        });

        it("true on a client with two secrets: the first rotation deletes the older one", async () => {
            const created = await create({ GenerateSecret: true, ExplicitAuthFlows: SIGN_IN_FLOWS });
            const [original] = await list(created.ClientId);
            const added = (await add(created.ClientId)).ClientSecretDescriptor;
            const updated = await update(created.ClientId, { PublishSecretsInAWSSecretsManager: true, ExplicitAuthFlows: SIGN_IN_FLOWS });
            const ids = (await list(created.ClientId)).map((s) => s.ClientSecretId);
            expect(ids).to.have.length(2);
            expect(ids).to.not.include(original.ClientSecretId);
            expect(ids[0]).to.equal(added.ClientSecretId);
            expect((await publishedSecret(updated.ClientSecretArn, "AWSPREVIOUS")).clientSecretValue).to.equal(added.ClientSecretValue);
            expect(await signsIn(created.ClientId, created.ClientSecret), "the deleted original").to.equal(false);
            expect(await signsIn(created.ClientId, added.ClientSecretValue), "the added one").to.equal(true);
        });

        it("true fails on a client without a secret or with only a custom secret", async () => {
            const publicClient = await create({});
            await expectError(update(publicClient.ClientId, { PublishSecretsInAWSSecretsManager: true }), "InvalidParameterException", PUBLISH_ERROR);
            const custom = await create({ ClientSecret: CUSTOM });
            await expectError(update(custom.ClientId, { PublishSecretsInAWSSecretsManager: true }), "InvalidParameterException", PUBLISH_ERROR);
            expect(await describe_(custom.ClientId)).to.not.have.property("ClientSecretArn");
        });

        it("false deletes the Secrets Manager secret at once; the newest client secret is ClientSecret again; Add works again", async () => {
            const created = await create({ GenerateSecret: true, PublishSecretsInAWSSecretsManager: true });
            const current = (await publishedSecret(created.ClientSecretArn)).clientSecretValue;
            const updated = await update(created.ClientId, { PublishSecretsInAWSSecretsManager: false });
            expect(updated).to.not.have.property("ClientSecretArn");
            expect(updated.ClientSecret).to.equal(current);
            expect((await describe_(created.ClientId)).ClientSecret).to.equal(current);
            await secretGone(created.ClientSecretArn);
            expect(await list(created.ClientId)).to.have.length(2);
            const [older] = await list(created.ClientId);
            await remove(created.ClientId, older.ClientSecretId);
            expect((await add(created.ClientId)).ClientSecretDescriptor.ClientSecretValue).to.match(GENERATED);
        });

        it("publishing again after false makes a new secret under the same name", async () => {
            const created = await create({ GenerateSecret: true, PublishSecretsInAWSSecretsManager: true });
            await update(created.ClientId, { PublishSecretsInAWSSecretsManager: false });
            const republished = await update(created.ClientId, { PublishSecretsInAWSSecretsManager: true });
            expect(republished.ClientSecretArn).to.be.a("string").and.not.equal(created.ClientSecretArn);
            expect((await publishedSecret(republished.ClientSecretArn)).userPoolClientId).to.equal(created.ClientId);
        });
    });

    describe("deleting", () => {
        it("deleting the client deletes its Secrets Manager secret", async () => {
            const created = await create({ GenerateSecret: true, PublishSecretsInAWSSecretsManager: true });
            await cognitoCall("DeleteUserPoolClient", { UserPoolId: pool, ClientId: created.ClientId });
            await secretGone(created.ClientSecretArn);
        });

        it("deleting the user pool deletes its clients' Secrets Manager secrets", async () => {
            const other = await newPool(cognito);
            const created = (await cognitoCall("CreateUserPoolClient", { UserPoolId: other, ClientName: "app", GenerateSecret: true, PublishSecretsInAWSSecretsManager: true }))
                .UserPoolClient;
            await dropPool(cognito, other);
            await secretGone(created.ClientSecretArn);
        });
    });
});
