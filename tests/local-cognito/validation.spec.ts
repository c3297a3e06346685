/**
 * The model's constraints, checked before the operation runs and reported all at once as
 * InvalidParameterException in the service's form: "N validation error(s) detected: Value '…' at '<path>' failed
 * to satisfy constraint: Member must …" (docs/local-cognito.md, "Model validation").
 */
import {
    AddUserPoolClientSecretCommand,
    CognitoIdentityProviderClient,
    DescribeUserPoolClientCommand,
    SetUserPoolClientSessionConfigurationCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { createClient, describeFaithful, dropPool, expectError, newPool, rawCall, sdk } from "./support";

const one = (detail: string) => `1 validation error detected: ${detail}`;

describeFaithful("model validation", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito);
    });
    after(async () => dropPool(cognito, pool));

    it("fails on a pattern, matched against the whole value", async () => {
        await expectError(
            createClient(cognito, { UserPoolId: pool, ClientName: "bad/name" }),
            "InvalidParameterException",
            one("Value 'bad/name' at 'clientName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+"),
        );
    });

    it("fails with every broken constraint at once", async () => {
        await expectError(
            createClient(cognito, { UserPoolId: pool, ClientName: "bad/name", AuthSessionValidity: 16 }),
            "InvalidParameterException",
            "2 validation errors detected: " +
                "Value 'bad/name' at 'clientName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+; " +
                "Value '16' at 'authSessionValidity' failed to satisfy constraint: Member must have value less than or equal to 15",
        );
    });

    it("fails on a string too long, naming a list item by its 1-based position", async () => {
        const long = "https://app.example/" + "a".repeat(1005);
        await expectError(
            createClient(cognito, { UserPoolId: pool, CallbackURLs: ["https://app.example/ok", long] }),
            "InvalidParameterException",
            one(`Value '${long}' at 'callbackURLs.2.member' failed to satisfy constraint: Member must have length less than or equal to 1024`),
        );
    });

    it("counts characters, not bytes: 1024 multibyte characters pass, 1025 fail", async () => {
        const url = (n: number) => "https://" + "あ".repeat(n - 8);
        const created = await createClient(cognito, { UserPoolId: pool, CallbackURLs: [url(1024)] });
        expect(created.CallbackURLs).to.deep.equal([url(1024)]);
        await expectError(createClient(cognito, { UserPoolId: pool, CallbackURLs: [url(1025)] }), "InvalidParameterException", /length less than or equal to 1024$/);
    });

    it("fails on a value outside an enum, with a nested lowerCamel path", async () => {
        await expectError(
            createClient(cognito, { UserPoolId: pool, TokenValidityUnits: { AccessToken: "weeks" as "days" } }),
            "InvalidParameterException",
            one("Value 'weeks' at 'tokenValidityUnits.accessToken' failed to satisfy constraint: Member must satisfy enum value set: [seconds, minutes, hours, days]"),
        );
    });

    it("fails on an enum inside a list", async () => {
        await expectError(
            createClient(cognito, { UserPoolId: pool, ExplicitAuthFlows: ["ALLOW_EVERYTHING" as "ALLOW_USER_AUTH"] }),
            "InvalidParameterException",
            /^1 validation error detected: Value 'ALLOW_EVERYTHING' at 'explicitAuthFlows.1.member' failed to satisfy constraint: Member must satisfy enum value set: \[ADMIN_NO_SRP_AUTH, /,
        );
    });

    it("fails on integer ranges at both ends", async () => {
        await expectError(
            createClient(cognito, { UserPoolId: pool, AccessTokenValidity: 0 }),
            "InvalidParameterException",
            one("Value '0' at 'accessTokenValidity' failed to satisfy constraint: Member must have value greater than or equal to 1"),
        );
        await expectError(
            createClient(cognito, { UserPoolId: pool, RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 61 } }),
            "InvalidParameterException",
            one("Value '61' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy constraint: Member must have value less than or equal to 60"),
        );
    });

    it("accepts the inclusive edges of integer ranges", async () => {
        const low = await createClient(cognito, { UserPoolId: pool, AuthSessionValidity: 3 });
        const high = await createClient(cognito, { UserPoolId: pool, AuthSessionValidity: 15 });
        expect([low.AuthSessionValidity, high.AuthSessionValidity]).to.deep.equal([3, 15]);
    });

    it("fails on a list too long", async () => {
        await expectError(
            createClient(cognito, { UserPoolId: pool, AllowedOAuthFlows: ["code", "implicit", "code", "implicit"] }),
            "InvalidParameterException",
            one("Value '[code, implicit, code, implicit]' at 'allowedOAuthFlows' failed to satisfy constraint: Member must have length less than or equal to 3"),
        );
    });

    it("fails on a missing required member, top-level or nested", async () => {
        await expectError(
            createClient(cognito, { UserPoolId: pool, ClientName: undefined as unknown as string }),
            "InvalidParameterException",
            one("Value null at 'clientName' failed to satisfy constraint: Member must not be null"),
        );
        await expectError(
            createClient(cognito, { UserPoolId: pool, RefreshTokenRotation: {} as { Feature: "ENABLED" } }),
            "InvalidParameterException",
            one("Value null at 'refreshTokenRotation.feature' failed to satisfy constraint: Member must not be null"),
        );
    });

    it("never echoes a sensitive value", async () => {
        await expectError(
            createClient(cognito, { UserPoolId: pool, ClientSecret: "short-secret!" }),
            "InvalidParameterException",
            "2 validation errors detected: " +
                "Value at 'clientSecret' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+]+; " +
                "Value at 'clientSecret' failed to satisfy constraint: Member must have length greater than or equal to 24",
        );
    });

    it("fails on an analytics ARN without an account ID (the model's ArnType needs [0-9]+ there)", async () => {
        const arn = "arn:aws:mobiletargeting:us-east-1::apps/0123456789abcdef";
        await expectError(
            createClient(cognito, { UserPoolId: pool, AnalyticsConfiguration: { ApplicationArn: arn } }),
            "InvalidParameterException",
            one(
                `Value '${arn}' at 'analyticsConfiguration.applicationArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ` +
                    "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?",
            ),
        );
        const ok = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef";
        expect((await createClient(cognito, { UserPoolId: pool, AnalyticsConfiguration: { ApplicationArn: ok } })).AnalyticsConfiguration!.ApplicationArn).to.equal(ok);
    });

    it("accepts ALLOW_CLIENT_TOKEN_AUTH, which the model's ExplicitAuthFlowsType does not list, and names it last in enum messages", async () => {
        const created = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true, ExplicitAuthFlows: ["ALLOW_CLIENT_TOKEN_AUTH" as "ALLOW_USER_AUTH"] });
        expect(created.ExplicitAuthFlows).to.deep.equal(["ALLOW_CLIENT_TOKEN_AUTH"]);
        await expectError(
            createClient(cognito, { UserPoolId: pool, ExplicitAuthFlows: ["ALLOW_EVERYTHING" as "ALLOW_USER_AUTH"] }),
            "InvalidParameterException",
            one(
                "Value 'ALLOW_EVERYTHING' at 'explicitAuthFlows.1.member' failed to satisfy constraint: Member must satisfy enum value set: " +
                    "[ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH, ALLOW_ADMIN_USER_PASSWORD_AUTH, ALLOW_CUSTOM_AUTH, " +
                    "ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_AUTH, ALLOW_TOKEN_EXCHANGE_DELEGATION, " +
                    "ALLOW_TOKEN_EXCHANGE_IMPERSONATION, ALLOW_CLIENT_TOKEN_AUTH]",
            ),
        );
    });

    it("checks the constraints before looking for the pool", async () => {
        await expectError(
            cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: "not a pool id", ClientId: "abc" })),
            "InvalidParameterException",
            one("Value 'not a pool id' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+"),
        );
    });

    it("validates the newer operations from the same model", async () => {
        const client = await createClient(cognito, { UserPoolId: pool, GenerateSecret: true });
        await expectError(
            cognito.send(new AddUserPoolClientSecretCommand({ UserPoolId: pool, ClientId: client.ClientId!, ClientSecret: "x".repeat(65) })),
            "InvalidParameterException",
            one("Value at 'clientSecret' failed to satisfy constraint: Member must have length less than or equal to 64"),
        );
        await expectError(
            cognito.send(
                new SetUserPoolClientSessionConfigurationCommand({ UserPoolId: pool, ClientId: client.ClientId!, SSOSession: { MaxValidityMinutes: 129601 } }),
            ),
            "InvalidParameterException",
            one("Value '129601' at 'sSOSession.maxValidityMinutes' failed to satisfy constraint: Member must have value less than or equal to 129600"),
        );
    });

    it("answers in the JSON protocol's error form: HTTP 400 with __type and message", async () => {
        const { status, json } = await rawCall("CreateUserPoolClient", { UserPoolId: pool });
        expect(status).to.equal(400);
        expect(json).to.deep.equal({
            __type: "InvalidParameterException",
            message: one("Value null at 'clientName' failed to satisfy constraint: Member must not be null"),
        });
    });
});
