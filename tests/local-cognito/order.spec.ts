/**
 * Lists come back in an order of the service's own, whatever the request's order: here the SHA-256 order of the
 * values, with duplicates removed (docs/local-cognito.md, "List order").
 */
import { CognitoIdentityProviderClient, CreateUserPoolClientCommandInput, UpdateUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { createHash } from "crypto";
import { addIdentityProvider, addResourceServer, createClient, describeFaithful, dropPool, newPool, sdk } from "./support";

const serviceOrder = (values: string[]) =>
    [...new Set(values)].sort((a, b) => {
        const ha = createHash("sha256").update(a).digest("hex");
        const hb = createHash("sha256").update(b).digest("hex");
        return ha < hb ? -1 : ha > hb ? 1 : 0;
    });

const LISTS = {
    ReadAttributes: ["email", "name", "family_name", "given_name", "custom:tenant"],
    WriteAttributes: ["email", "name", "family_name", "custom:tenant"],
    ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH"],
    SupportedIdentityProviders: ["COGNITO", "Corp", "Partner"],
    CallbackURLs: ["https://a.example/cb", "https://b.example/cb", "https://c.example/cb", "myapp://cb"],
    LogoutURLs: ["https://a.example/out", "https://b.example/out", "https://c.example/out"],
    AllowedOAuthFlows: ["code", "implicit"],
    AllowedOAuthScopes: ["openid", "email", "profile", "phone", "https://api.example/read"],
};

function withOrder(userPoolId: string, arrange: (values: string[]) => string[]): CreateUserPoolClientCommandInput {
    const lists = Object.fromEntries(Object.entries(LISTS).map(([k, v]) => [k, arrange(v)]));
    return { UserPoolId: userPoolId, ClientName: "ordered", AllowedOAuthFlowsUserPoolClient: true, ...lists };
}

describeFaithful("list order", () => {
    let cognito: CognitoIdentityProviderClient;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito, {
            Schema: [
                { Name: "email", AttributeDataType: "String", Mutable: true },
                { Name: "name", AttributeDataType: "String", Mutable: true },
                { Name: "tenant", AttributeDataType: "String", Mutable: true },
            ],
        });
        await addIdentityProvider(cognito, pool, "Corp");
        await addIdentityProvider(cognito, pool, "Partner");
        await addResourceServer(cognito, pool, "https://api.example", ["read"]);
    });
    after(async () => dropPool(cognito, pool));

    it("every list comes back in the same order whatever the request's order", async () => {
        const forward = await createClient(cognito, withOrder(pool, (v) => v));
        const reversed = await createClient(cognito, withOrder(pool, (v) => [...v].reverse()));
        const rotated = await createClient(cognito, withOrder(pool, (v) => [...v.slice(1), v[0]]));
        for (const key of Object.keys(LISTS)) {
            const expected = (forward as Record<string, unknown>)[key];
            expect((reversed as Record<string, unknown>)[key], key).to.deep.equal(expected);
            expect((rotated as Record<string, unknown>)[key], key).to.deep.equal(expected);
        }
    });

    it("the order is the service's own (SHA-256 of the value), not the request's", async () => {
        const created = await createClient(cognito, withOrder(pool, (v) => v));
        for (const [key, values] of Object.entries(LISTS)) {
            expect((created as Record<string, unknown>)[key], key).to.deep.equal(serviceOrder(values));
        }
    });

    it("Update returns its lists in the same order", async () => {
        const created = await createClient(cognito, withOrder(pool, (v) => v));
        const { UserPoolId, ...rest } = withOrder(pool, (v) => [...v].reverse());
        const updated = (await cognito.send(new UpdateUserPoolClientCommand({ UserPoolId, ClientId: created.ClientId!, ...rest }))).UserPoolClient!;
        for (const key of Object.keys(LISTS)) {
            expect((updated as Record<string, unknown>)[key], key).to.deep.equal((created as Record<string, unknown>)[key]);
        }
    });

    it("duplicates are removed", async () => {
        const created = await createClient(cognito, {
            UserPoolId: pool,
            CallbackURLs: ["https://a.example/cb", "https://a.example/cb", "https://b.example/cb"],
            ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"],
        });
        expect(created.CallbackURLs).to.deep.equal(serviceOrder(["https://a.example/cb", "https://b.example/cb"]));
        expect(created.ExplicitAuthFlows).to.deep.equal(serviceOrder(["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]));
    });

    it("the first broken rule reported does not depend on the request's order", async () => {
        const urls = ["http://one.example/cb", "http://two.example/cb", "http://three.example/cb"];
        const messages = new Set<string>();
        for (const arrangement of [urls, [...urls].reverse(), [urls[1], urls[2], urls[0]]]) {
            try {
                await createClient(cognito, { UserPoolId: pool, CallbackURLs: arrangement });
                expect.fail("the create succeeded");
            } catch (e) {
                messages.add((e as Error).message);
            }
        }
        expect(messages.size).to.equal(1);
    });
});
