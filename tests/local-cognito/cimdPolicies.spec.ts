/**
 * CIMD policies of app clients: CreateCIMDPolicy, UpdateCIMDPolicy, DescribeCIMDPolicy, DeleteCIMDPolicy and
 * ListCIMDPolicies (docs/local-cognito.md, "CIMD policies"), in the JSON protocol (the installed SDK lacks them): the
 * policy's shape and default duration, public clients only, one name per client, the tier, Update keeps what it is
 * not sent, the list's summaries and pages, a policy that outlives its client, and the model's constraints.
 */
import { DeleteUserPoolClientCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import { addResourceServer, cognitoCall, createClient, describeFaithful, dropPool, expectError, newPool, sdk } from "./support";

const PATTERNS = ["https://agents.example.com/*", "https://mcp.example.org/client.json"];
const ID = /^[a-z0-9]+$/;
const one = (detail: string) => `1 validation error detected: ${detail}`;

describeFaithful("CIMD policies", () => {
    let cognito: ReturnType<typeof sdk>;
    let pool: string;

    before(async () => {
        cognito = sdk();
        pool = await newPool(cognito);
    });
    after(async () => dropPool(cognito, pool));

    const newClient = async (extra: Record<string, unknown> = {}, userPoolId = pool) => (await createClient(cognito, { UserPoolId: userPoolId, ...extra })).ClientId!;
    const create = async (clientId: string, extra: Record<string, unknown> = {}, userPoolId = pool) =>
        (await cognitoCall("CreateCIMDPolicy", { UserPoolId: userPoolId, ClientId: clientId, PolicyName: "agents", URLPatterns: PATTERNS, ...extra })).CIMDPolicy;
    const describe_ = async (policyId: string) => (await cognitoCall("DescribeCIMDPolicy", { UserPoolId: pool, CIMDPolicyId: policyId })).CIMDPolicy;
    const list = async (extra: Record<string, unknown> = {}, userPoolId = pool) => cognitoCall("ListCIMDPolicies", { UserPoolId: userPoolId, ...extra });

    it("Create returns the policy: an ID of lowercase letters and digits, the client, its patterns, a duration of 86400 when omitted, dates", async () => {
        const clientId = await newClient();
        const policy = await create(clientId);
        expect(policy.CIMDPolicyId).to.match(ID);
        expect(policy).to.include({ UserPoolId: pool, ClientId: clientId, PolicyName: "agents", CacheDuration: 86400 });
        expect(policy.URLPatterns).to.deep.equal(PATTERNS);
        expect(policy.CreationDate).to.be.a("number");
        expect(policy.LastModifiedDate).to.equal(policy.CreationDate);
        expect(await describe_(policy.CIMDPolicyId)).to.deep.equal(policy);
        const sent = await create(clientId, { PolicyName: "year", CacheDuration: 31556952 });
        expect(sent.CacheDuration).to.equal(31556952);
    });

    it("Create needs the pool and the client", async () => {
        const clientId = await newClient();
        await expectError(create(clientId, {}, "us-east-1_Missing1"), "ResourceNotFoundException", "User pool us-east-1_Missing1 does not exist.");
        await expectError(create("nosuchclient1234567890"), "ResourceNotFoundException", "User pool client nosuchclient1234567890 does not exist.");
    });

    it("Create refuses a client with a secret or with client_credentials, naming the client", async () => {
        const secret = await newClient({ GenerateSecret: true });
        await expectError(create(secret), "InvalidParameterException", new RegExp(`^CIMD policies can be associated only with public app clients; app client ${secret} `));
        const custom = await newClient({ ClientSecret: "a".repeat(40) });
        await expectError(create(custom), "InvalidParameterException", /only with public app clients/);
        await addResourceServer(cognito, pool, "cimd-api", ["read"]);
        const m2m = await newClient({ GenerateSecret: true, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["client_credentials"], AllowedOAuthScopes: ["cimd-api/read"] });
        await expectError(create(m2m), "InvalidParameterException", /only with public app clients; .*client_credentials/);
        const publicClient = await newClient();
        expect((await create(publicClient)).ClientId).to.equal(publicClient);
    });

    it("a name is the client's once: a second Create or an Update to another policy's name is refused; other clients are independent", async () => {
        const clientId = await newClient();
        const first = await create(clientId);
        const second = await create(clientId, { PolicyName: "other" });
        await expectError(create(clientId), "InvalidParameterException", `App client ${clientId} already has a CIMD policy named agents.`);
        await expectError(
            cognitoCall("UpdateCIMDPolicy", { UserPoolId: pool, CIMDPolicyId: second.CIMDPolicyId, ClientId: clientId, PolicyName: "agents", URLPatterns: PATTERNS }),
            "InvalidParameterException",
            `App client ${clientId} already has a CIMD policy named agents.`,
        );
        expect((await create(await newClient())).PolicyName).to.equal("agents");
        expect(first.CIMDPolicyId).to.not.equal(second.CIMDPolicyId);
    });

    it("Create and Update need the Essentials or Plus tier: FeatureUnavailableInTierException in a LITE pool", async () => {
        const lite = await newPool(cognito, { UserPoolTier: "LITE" });
        try {
            const clientId = await newClient({}, lite);
            await expectError(create(clientId, {}, lite), "FeatureUnavailableInTierException", /Essentials or Plus/);
            expect((await list({}, lite)).CIMDPolicies).to.deep.equal([]);
        } finally {
            await dropPool(cognito, lite);
        }
    });

    it("Update replaces the patterns, keeps the name and duration it is not sent, changes LastModifiedDate; it checks the ID and the client", async () => {
        const clientId = await newClient();
        const policy = await create(clientId, { CacheDuration: 172800 });
        await new Promise((r) => setTimeout(r, 1100));
        const kept = (await cognitoCall("UpdateCIMDPolicy", { UserPoolId: pool, CIMDPolicyId: policy.CIMDPolicyId, ClientId: clientId, URLPatterns: ["https://only.example/*"] })).CIMDPolicy;
        expect(kept).to.include({ PolicyName: "agents", CacheDuration: 172800, ClientId: clientId });
        expect(kept.URLPatterns).to.deep.equal(["https://only.example/*"]);
        expect(kept.LastModifiedDate).to.be.greaterThan(policy.LastModifiedDate);
        const renamed = (await cognitoCall("UpdateCIMDPolicy", { UserPoolId: pool, CIMDPolicyId: policy.CIMDPolicyId, ClientId: clientId, PolicyName: "renamed", CacheDuration: 86400, URLPatterns: PATTERNS })).CIMDPolicy;
        expect(await describe_(policy.CIMDPolicyId)).to.deep.equal(renamed);
        expect(renamed).to.include({ PolicyName: "renamed", CacheDuration: 86400 });
        await expectError(cognitoCall("UpdateCIMDPolicy", { UserPoolId: pool, CIMDPolicyId: "nosuchpolicy", ClientId: clientId, URLPatterns: PATTERNS }), "ResourceNotFoundException", "CIMD policy nosuchpolicy does not exist.");
        const other = await newClient();
        await expectError(
            cognitoCall("UpdateCIMDPolicy", { UserPoolId: pool, CIMDPolicyId: policy.CIMDPolicyId, ClientId: other, URLPatterns: PATTERNS }),
            "InvalidParameterException",
            `CIMD policy ${policy.CIMDPolicyId} does not belong to app client ${other}.`,
        );
    });

    it("Describe and Delete of an unknown policy: ResourceNotFoundException; a deleted policy is gone", async () => {
        const policy = await create(await newClient());
        await cognitoCall("DeleteCIMDPolicy", { UserPoolId: pool, CIMDPolicyId: policy.CIMDPolicyId });
        await expectError(describe_(policy.CIMDPolicyId), "ResourceNotFoundException", `CIMD policy ${policy.CIMDPolicyId} does not exist.`);
        await expectError(cognitoCall("DeleteCIMDPolicy", { UserPoolId: pool, CIMDPolicyId: policy.CIMDPolicyId }), "ResourceNotFoundException", `CIMD policy ${policy.CIMDPolicyId} does not exist.`);
    });

    it("List: summaries without URL patterns, in creation order, MaxResults per page, NextToken on every page but the last", async () => {
        const own = await newPool(cognito);
        try {
            const clientId = await newClient({}, own);
            const made = [];
            for (let i = 0; i < 5; i++) made.push(await create(clientId, { PolicyName: `p${i}` }, own));
            const all = await list({}, own);
            expect(all).to.not.have.property("NextToken");
            expect(all.CIMDPolicies.map((p: { CIMDPolicyId: string }) => p.CIMDPolicyId)).to.deep.equal(made.map((p) => p.CIMDPolicyId));
            expect(Object.keys(all.CIMDPolicies[0]).sort()).to.deep.equal(["CIMDPolicyId", "CacheDuration", "ClientId", "CreationDate", "LastModifiedDate", "PolicyName"]);
            const ids: string[] = [];
            let token: string | undefined;
            let pages = 0;
            do {
                const page = await list({ MaxResults: 2, ...(token ? { NextToken: token } : {}) }, own);
                ids.push(...page.CIMDPolicies.map((p: { CIMDPolicyId: string }) => p.CIMDPolicyId));
                token = page.NextToken;
                pages++;
            } while (token);
            expect(pages).to.equal(3);
            expect(ids).to.deep.equal(made.map((p) => p.CIMDPolicyId));
            await expectError(list({ NextToken: "nosuchtoken" }, own), "InvalidParameterException", "The pagination token nosuchtoken is not valid.");
        } finally {
            await dropPool(cognito, own);
        }
    });

    it("a client deleted outside the policy leaves its policies, without ClientId from then on", async () => {
        const clientId = await newClient();
        const policy = await create(clientId, { PolicyName: "outlives" });
        await cognito.send(new DeleteUserPoolClientCommand({ UserPoolId: pool, ClientId: clientId }));
        const described = await describe_(policy.CIMDPolicyId);
        expect(described).to.not.have.property("ClientId");
        expect(described).to.include({ PolicyName: "outlives", CIMDPolicyId: policy.CIMDPolicyId });
        const summary = (await list()).CIMDPolicies.find((p: { CIMDPolicyId: string }) => p.CIMDPolicyId === policy.CIMDPolicyId);
        expect(summary).to.not.have.property("ClientId");
        await cognitoCall("DeleteCIMDPolicy", { UserPoolId: pool, CIMDPolicyId: policy.CIMDPolicyId });
    });

    it("model validation: the name, the patterns, the duration and MaxResults at their limits", async () => {
        const clientId = await newClient();
        expect((await create(clientId, { PolicyName: "n".repeat(32), URLPatterns: ["https://a.b/"], CacheDuration: 86400 })).PolicyName).to.have.length(32);
        await expectError(create(clientId, { PolicyName: "n".repeat(33) }), "InvalidParameterException", one("Value 'nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn' at 'policyName' failed to satisfy constraint: Member must have length less than or equal to 32"));
        await expectError(create(clientId, { PolicyName: "x", URLPatterns: [] }), "InvalidParameterException", /at 'uRLPatterns' failed to satisfy constraint: Member must have length greater than or equal to 1|URLPatterns/);
        await expectError(create(clientId, { PolicyName: "x", URLPatterns: Array(6).fill("https://a.example/") }), "InvalidParameterException", /Member must have length less than or equal to 5/);
        await expectError(create(clientId, { PolicyName: "x", URLPatterns: ["https://a.b"] }), "InvalidParameterException", /Member must have length greater than or equal to 12/);
        await expectError(create(clientId, { PolicyName: "x", URLPatterns: ["http://agents.example/"] }), "InvalidParameterException", /Member must satisfy regular expression pattern: \^https:/);
        await expectError(create(clientId, { PolicyName: "x", CacheDuration: 86399 }), "InvalidParameterException", /Member must have value greater than or equal to 86400/);
        await expectError(create(clientId, { PolicyName: "x", CacheDuration: 31556953 }), "InvalidParameterException", /Member must have value less than or equal to 31556952/);
        await expectError(list({ MaxResults: 61 }), "InvalidParameterException", /Member must have value less than or equal to 60/);
    });
});
