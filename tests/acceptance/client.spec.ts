/**
 * Acceptance: what a user's client goes through, driven by the provider as the engine drives it, against the target
 * of tests/support/acceptance.ts: the local Cognito API in `npm test`, an AWS account in `npm run test:aws`.
 * Set-up and changes made "outside Pulumi" use real Cognito operations only, through the package's API module.
 * Each `confirm` names the row of docs/local-cognito.md it checks; the run's report lists what it observed.
 */
import {
    AdminCreateUserCommand,
    AdminInitiateAuthCommand,
    AdminSetUserPasswordCommand,
    CreateUserPoolClientCommand,
    DescribeUserPoolClientCommand,
    UpdateUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as crypto from "crypto";
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../../provider/args";
import { CognitoApiError } from "../../provider/aws";
import { describeBranding } from "../../provider/settings/branding";
import { createCimdPolicy, deleteCimdPolicy, describeCimdPolicy, describeClientCimdPolicies } from "../../provider/settings/cimdPolicies";
import { describeRiskConfiguration } from "../../provider/settings/riskConfiguration";
import { getClientSession } from "../../provider/settings/ssoSession";
import { describeTerms } from "../../provider/settings/terms";
import { AcceptanceTarget, requireEssentials, requirePlus, useAcceptanceTarget } from "../support/acceptance";

const FLOWS: ("ALLOW_USER_SRP_AUTH" | "ALLOW_REFRESH_TOKEN_AUTH" | "ALLOW_USER_PASSWORD_AUTH")[] = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

/** The API error a call fails with (its AWS name and message), or a failure of the test when it succeeds. */
async function apiError(run: () => Promise<unknown>): Promise<{ name: string; message: string }> {
    try {
        await run();
    } catch (e) {
        if (e instanceof CognitoApiError) return { name: e.awsErrorName, message: e.message };
        throw e;
    }
    throw new Error("the call succeeded; Cognito was expected to refuse it");
}

/** A provider, a pool, and helpers to make a client through the provider as `pulumi up` does. */
function clientsIn(t: AcceptanceTarget, pool: () => string) {
    const provider = t.provider();
    return {
        provider,
        async checked(args: Partial<UserPoolClientInputs>): Promise<UserPoolClientInputs> {
            const { inputs, failures } = await provider.check({} as UserPoolClientInputs, { userPoolId: pool(), ...args } as UserPoolClientInputs);
            expect(failures ?? [], "check failures").to.deep.equal([]);
            return inputs as UserPoolClientInputs;
        },
        async created(args: Partial<UserPoolClientInputs>) {
            const inputs = await this.checked(args);
            const result = await provider.create(inputs);
            return { inputs, id: result.id, outs: result.outs as UserPoolClientOutputs };
        },
        live: (id: string) => t.api.find(pool(), id),
    };
}

describe("acceptance: an app client through the provider", function () {
    this.timeout(180_000);
    const t = useAcceptanceTarget();
    let pool = "";
    const c = clientsIn(t, () => pool);

    before(async function () {
        this.timeout(120_000);
        pool = await t.createPool("client");
    });

    it("a new client comes back with Cognito's defaults, and a preview right after shows no change", async () => {
        const scenario = "a new client comes back with Cognito's defaults, and a preview right after shows no change";
        const { inputs, id, outs } = await c.created({ name: "acceptance-defaults" });
        const live = (await c.live(id))!;
        await t.confirm("Client IDs", scenario, () => expect(id).to.match(/^[a-z0-9]{26}$/), `${id.length} characters`);
        await t.confirm("Always-present defaults", scenario, () => {
            expect({ a: live.AuthSessionValidity, r: live.EnableTokenRevocation, p: live.EnablePropagateAdditionalUserContextData, o: live.AllowedOAuthFlowsUserPoolClient })
                .to.deep.equal({ a: 3, r: true, p: false, o: false });
        });
        await t.confirm("`RefreshTokenValidity`", scenario, () => expect(live.RefreshTokenValidity).to.equal(30));
        await t.confirm("`AccessTokenValidity`, `IdTokenValidity`", scenario, () => {
            expect([live.AccessTokenValidity, live.IdTokenValidity]).to.deep.equal([undefined, undefined]);
        });
        await t.confirm("`TokenValidityUnits`", scenario, () => expect(live.TokenValidityUnits).to.deep.equal({}));
        await t.confirm("Unset members omitted", scenario, () => {
            const present = ["ExplicitAuthFlows", "PreventUserExistenceErrors", "ReadAttributes", "WriteAttributes", "SupportedIdentityProviders", "CallbackURLs", "LogoutURLs", "DefaultRedirectURI", "AllowedOAuthFlows", "AllowedOAuthScopes", "AnalyticsConfiguration"]
                .filter((member) => (live as Record<string, unknown>)[member] !== undefined);
            expect(present, "members present although never sent").to.deep.equal([]);
        });
        await t.confirm("Dates", scenario, () => {
            expect(live.CreationDate, "CreationDate").to.be.instanceOf(Date);
            expect(live.LastModifiedDate?.getTime(), "LastModifiedDate").to.equal(live.CreationDate!.getTime());
        });
        await t.confirm("`ClientType`", scenario, () => expect(live.ClientType).to.equal("REGULAR"));

        const read = await c.provider.read(id, outs);
        const diff = await c.provider.diff(id, read.props as UserPoolClientOutputs, inputs);
        expect(diff.changes, "changes after read").to.equal(false);
    });

    it("a change in place keeps the client's ID, and only LastModifiedDate moves", async () => {
        const scenario = "a change in place keeps the client's ID, and only LastModifiedDate moves";
        const { id, outs } = await c.created({ name: "acceptance-rename", explicitAuthFlows: FLOWS });
        const before = (await c.live(id))!;
        await new Promise((r) => setTimeout(r, 1100)); // the dates have a resolution of a second or finer
        const news = await c.checked({ name: "acceptance-renamed", explicitAuthFlows: [...FLOWS, "ALLOW_USER_PASSWORD_AUTH"] });
        const diff = await c.provider.diff(id, outs, news);
        expect({ changes: diff.changes, replaces: diff.replaces ?? [] }).to.deep.equal({ changes: true, replaces: [] });
        const updated = await c.provider.update(id, outs, news);
        expect((updated.outs as UserPoolClientOutputs).clientId).to.equal(id);
        const after = (await c.live(id))!;
        expect(after.ClientName).to.equal("acceptance-renamed");
        await t.confirm("Dates on Update", scenario, () => {
            expect(after.CreationDate!.getTime(), "CreationDate").to.equal(before.CreationDate!.getTime());
            expect(after.LastModifiedDate!.getTime(), "LastModifiedDate").to.be.greaterThan(before.LastModifiedDate!.getTime());
        });
        await t.confirm("**List order**", scenario, () => expect([...after.ExplicitAuthFlows!].sort()).to.deep.equal([...FLOWS, "ALLOW_USER_PASSWORD_AUTH"].sort()),
            `sent ${[...FLOWS, "ALLOW_USER_PASSWORD_AUTH"].join(", ")}; returned ${after.ExplicitAuthFlows!.join(", ")}`);
    });

    it("a change made outside Pulumi: an update that omits members resets them; read shows the drift and update puts the program back", async () => {
        const scenario = "a change made outside Pulumi: an update that omits members resets them; read shows the drift and update puts the program back";
        const program = { name: "acceptance-drift", explicitAuthFlows: FLOWS, callbackUrls: ["https://app.example.com/cb"], allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: ["code"], allowedOauthScopes: ["openid"], supportedIdentityProviders: ["COGNITO"] };
        const { inputs, id, outs } = await c.created(program);
        await t.api.send("updating", `${pool}/${id}`, new UpdateUserPoolClientCommand({ UserPoolId: pool, ClientId: id, ClientName: "changed-outside" }));
        const live = (await c.live(id))!;
        await t.confirm("**Update resets**", scenario, () => {
            expect({ flows: live.ExplicitAuthFlows, urls: live.CallbackURLs, oauth: live.AllowedOAuthFlows, scopes: live.AllowedOAuthScopes, idps: live.SupportedIdentityProviders, flag: live.AllowedOAuthFlowsUserPoolClient })
                .to.deep.equal({ flows: undefined, urls: undefined, oauth: undefined, scopes: undefined, idps: undefined, flag: false });
        });

        const read = await c.provider.read(id, outs);
        const drifted = read.props as UserPoolClientOutputs;
        expect(drifted.name).to.equal("changed-outside");
        const diff = await c.provider.diff(id, drifted, inputs);
        expect({ changes: diff.changes, replaces: diff.replaces ?? [] }).to.deep.equal({ changes: true, replaces: [] });
        await c.provider.update(id, drifted, inputs);
        const restored = (await c.live(id))!;
        expect({ name: restored.ClientName, urls: restored.CallbackURLs, flag: restored.AllowedOAuthFlowsUserPoolClient }).to.deep.equal({ name: program.name, urls: program.callbackUrls, flag: true });
    });

    it("a generated secret signs users in, and a rotation keeps both secrets valid until the previous is retired", async () => {
        const scenario = "a generated secret signs users in, and a rotation keeps both secrets valid until the previous is retired";
        const user = { name: "acceptance-user", password: `Acc-${crypto.randomBytes(6).toString("hex")}-9!Zz` };
        await t.api.send("creating", `user in ${pool}`, new AdminCreateUserCommand({ UserPoolId: pool, Username: user.name, MessageAction: "SUPPRESS" }));
        await t.api.send("setting", `password in ${pool}`, new AdminSetUserPasswordCommand({ UserPoolId: pool, Username: user.name, Password: user.password, Permanent: true }));
        const signsIn = async (clientId: string, secret: string) => {
            const secretHash = crypto.createHmac("sha256", secret).update(user.name + clientId).digest("base64");
            try {
                await t.api.send("signing in", `${pool}/${clientId}`, new AdminInitiateAuthCommand({ UserPoolId: pool, ClientId: clientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: user.name, PASSWORD: user.password, SECRET_HASH: secretHash } }));
                return true;
            } catch (e) {
                if (e instanceof CognitoApiError && e.awsErrorName === "NotAuthorizedException") return false;
                throw e;
            }
        };

        const args = { name: "acceptance-secret", generateSecret: true, explicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], rotateSecretWhenChanged: { quarter: "1" } };
        const { id, outs } = await c.created(args);
        const first = outs.clientSecret!;
        await t.confirm("Generated secrets", scenario, () => expect(first).to.match(/^[a-z0-9]{51}$/), `${first.length} characters`);

        const rotated = await c.checked({ ...args, rotateSecretWhenChanged: { quarter: "2" } });
        const afterRotation = (await c.provider.update(id, outs, rotated)).outs as UserPoolClientOutputs;
        expect(afterRotation.clientSecret).to.not.equal(first);
        expect(afterRotation.previousClientSecret).to.equal(first);
        await t.confirm("Sign-in with either secret", scenario, async () => {
            expect(await signsIn(id, first), "previous secret").to.equal(true);
            expect(await signsIn(id, afterRotation.clientSecret!), "new secret").to.equal(true);
        });

        const retire = await c.checked({ ...rotated, keepPreviousSecret: false });
        const retired = (await c.provider.update(id, afterRotation, retire)).outs as UserPoolClientOutputs;
        expect(retired.previousClientSecret).to.equal(undefined);
        expect(await signsIn(id, first), "retired secret").to.equal(false);
        expect(await signsIn(id, afterRotation.clientSecret!), "current secret").to.equal(true);
    });

    it("an existing client is imported by `<userPoolId>/<clientId>` with its configuration", async () => {
        const made = await t.api.send<{ UserPoolClient: { ClientId: string } }>("creating", pool, new CreateUserPoolClientCommand({ UserPoolId: pool, ClientName: "acceptance-existing", ExplicitAuthFlows: FLOWS, GenerateSecret: true }));
        const id = made.UserPoolClient.ClientId;
        const read = await c.provider.read(`${pool}/${id}`);
        const props = read.props as UserPoolClientOutputs;
        expect(read.id).to.equal(id);
        expect({ name: props.name, pool: props.userPoolId, generateSecret: props.generateSecret, flows: [...props.explicitAuthFlows!].sort() })
            .to.deep.equal({ name: "acceptance-existing", pool, generateSecret: true, flows: [...FLOWS].sort() });
        expect(props.clientSecret).to.match(/^[a-z0-9]{51}$/);
    });

    it("input Cognito refuses is stopped by check first; Cognito's own answer has the model's message form", async () => {
        const scenario = "input Cognito refuses is stopped by check first; Cognito's own answer has the model's message form";
        const tooLong = "n".repeat(129);
        const { failures } = await c.provider.check({} as UserPoolClientInputs, { userPoolId: pool, name: tooLong } as UserPoolClientInputs);
        expect((failures ?? []).map((f) => f.property)).to.deep.equal(["name"]);
        const refused = await apiError(() => t.api.send("creating", pool, new CreateUserPoolClientCommand({ UserPoolId: pool, ClientName: tooLong })));
        await t.confirm("**Model validation**", scenario, () => {
            expect(refused.name).to.equal("InvalidParameterException");
            expect(refused.message).to.match(/1 validation error detected: Value 'n{129}' at 'clientName' failed to satisfy constraint: Member must have length less than or equal to 128/);
        }, refused.message);
    });

    it("a deleted client is gone: Cognito says so, and read reports it missing", async () => {
        const scenario = "a deleted client is gone: Cognito says so, and read reports it missing";
        const { id, outs } = await c.created({ name: "acceptance-deleted" });
        await c.provider.delete(id, outs);
        const missing = await apiError(() => t.api.send("describing", `${pool}/${id}`, new DescribeUserPoolClientCommand({ UserPoolId: pool, ClientId: id })));
        await t.confirm("Missing client", scenario, () => {
            expect(missing.name).to.equal("ResourceNotFoundException");
            expect(missing.message).to.include(`User pool client ${id} does not exist.`);
        }, missing.message);
        const read = await c.provider.read(id, outs);
        expect(read.id ?? "").to.equal("");
    });

    it("terms documents: one of each kind, changed in place, deleted with the client", async () => {
        const scenario = "terms documents: one of each kind, changed in place, deleted with the client";
        let made: Awaited<ReturnType<typeof c.created>> | undefined;
        await t.confirm("**Terms documents**: operations", scenario, async () => {
            made = await c.created({ name: "acceptance-terms", terms: { termsOfUse: { links: { default: "https://example.com/terms" } }, privacyPolicy: { links: { default: "https://example.com/privacy" } } } } as Partial<UserPoolClientInputs>);
            expect(await describeTerms(t.api, pool, made.id, "terms-of-use"), "terms-of-use").to.not.equal(undefined);
        }, "created in a LITE pool: no tier needed");
        const { inputs, id, outs } = made!;
        const news = await c.checked({ ...inputs, terms: { termsOfUse: { links: { default: "https://example.com/terms-v2" } }, privacyPolicy: { links: { default: "https://example.com/privacy" } } } } as Partial<UserPoolClientInputs>);
        const diff = await c.provider.diff(id, outs, news);
        expect({ changes: diff.changes, replaces: diff.replaces ?? [] }).to.deep.equal({ changes: true, replaces: [] });
        const updated = (await c.provider.update(id, outs, news)).outs as UserPoolClientOutputs;
        const document = await describeTerms(t.api, pool, id, "terms-of-use");
        await t.confirm("Terms documents › Update", scenario, () => expect(document?.links).to.deep.equal({ "cognito:default": "https://example.com/terms-v2" }));
        await c.provider.delete(id, updated);
        const termsAfter = await describeTerms(t.api, pool, id, "terms-of-use");
        await t.confirm("Terms documents › Deleting a client or its pool", scenario, () => expect(termsAfter).to.equal(undefined));
    });

    describe("in an Essentials-tier pool with session tracking", () => {
        let essentialsPool = "";
        const e = clientsIn(t, () => essentialsPool);
        before(async function () {
            requireEssentials(this, t);
            this.timeout(120_000);
            essentialsPool = await t.createPool("essentials", { tier: "ESSENTIALS", sessionTracking: true });
        });

        it("an SSO session setting is set, read back and removed", async () => {
            const scenario = "an SSO session setting is set, read back and removed";
            const { inputs, id, outs } = await e.created({ name: "acceptance-sso" });
            await t.confirm("**Session configuration**: client Get", scenario, async () => expect(await getClientSession(t.api, essentialsPool, id)).to.equal(60), "60 when never set");
            const withSession = await e.checked({ ...inputs, ssoSession: { maxValidityMinutes: 720 } } as Partial<UserPoolClientInputs>);
            let updated: UserPoolClientOutputs | undefined;
            await t.confirm("Client Set", scenario, async () => {
                updated = (await e.provider.update(id, outs, withSession)).outs as UserPoolClientOutputs;
                expect(await getClientSession(t.api, essentialsPool, id)).to.equal(720);
            });
            const read = await e.provider.read(id, updated!);
            expect((await e.provider.diff(id, read.props as UserPoolClientOutputs, withSession)).changes).to.equal(false);
            await e.provider.update(id, read.props as UserPoolClientOutputs, inputs);
            expect(await getClientSession(t.api, essentialsPool, id)).to.equal(60);
        });

        it("Cognito's default branding style is created, read back, and removed", async () => {
            const scenario = "Cognito's default branding style is created, read back, and removed";
            let made: Awaited<ReturnType<typeof e.created>> | undefined;
            await t.confirm("**Managed login branding**: operations", scenario, async () => {
                made = await e.created({ name: "acceptance-branding", managedLoginBranding: { useCognitoProvidedValues: true } } as Partial<UserPoolClientInputs>);
                const style = await describeBranding(t.api, essentialsPool, made.id);
                expect(style?.useCognitoProvidedValues).to.equal(true);
                expect(style?.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
            });
            const { inputs, id, outs } = made!;
            const read = await e.provider.read(id, outs);
            expect((await e.provider.diff(id, read.props as UserPoolClientOutputs, inputs)).changes).to.equal(false);
            const { managedLoginBranding: _removed, ...without } = inputs as UserPoolClientInputs & { managedLoginBranding?: unknown };
            await e.provider.update(id, read.props as UserPoolClientOutputs, await e.checked(without));
            expect(await describeBranding(t.api, essentialsPool, id)).to.equal(undefined);
        });
    });

    describe("in a Plus-tier pool with threat protection and a classic domain", () => {
        let plusPool = "";
        const p = clientsIn(t, () => plusPool);
        /** The pool's or the client's classic hosted UI answer as Cognito gives it, without the package's reading. */
        const rawUi = async (clientId: string) =>
            (await t.api.request<{ UICustomization?: { ClientId?: string; CSS?: string } }>("GetUICustomization", { UserPoolId: plusPool, ClientId: clientId }, { action: "reading the UI customization of", target: clientId })).UICustomization;
        before(async function () {
            requirePlus(this, t);
            this.timeout(120_000);
            plusPool = await t.createPool("plus", { tier: "PLUS", threatProtection: "AUDIT", classicDomain: true });
        });

        it("a CIMD policy is made for a public client, refused for a confidential one, and outlives a client deleted without it", async () => {
            const scenario = "a CIMD policy is made for a public client, refused for a confidential one, and outlives a client deleted without it";
            let made: Awaited<ReturnType<typeof p.created>> | undefined;
            await t.confirm("**CIMD policies**: operations", scenario, async () => {
                made = await p.created({ name: "acceptance-cimd", cimdPolicies: [{ policyName: "agents", urlPatterns: ["https://agents.example.com/*"] }] } as Partial<UserPoolClientInputs>);
                expect((await describeClientCimdPolicies(t.api, plusPool, made.id)).map((policy) => policy.policyName)).to.deep.equal(["agents"]);
            });
            const { inputs, id, outs } = made!;
            const read = await p.provider.read(id, outs);
            expect((await p.provider.diff(id, read.props as UserPoolClientOutputs, inputs)).changes).to.equal(false);
            const confidential = await p.created({ name: "acceptance-cimd-secret", generateSecret: true });
            await t.confirm("Public clients only", scenario, async () => {
                const refused = await apiError(() => createCimdPolicy(t.api, plusPool, confidential.id, { policyName: "agents", urlPatterns: ["https://agents.example.com/*"], cacheDuration: 86400 }));
                expect(refused.name).to.equal("InvalidParameterException");
            });
            const policyId = (outs as { cimdPolicyIds?: Record<string, string> }).cimdPolicyIds!.agents;
            await t.api.delete(plusPool, id); // outside Pulumi: the client alone
            await t.confirm("CIMD policies › Deleting a client or its pool", scenario, async () => {
                const left = await describeCimdPolicy(t.api, plusPool, id, policyId);
                expect(left, "the policy after its client").to.not.equal(undefined);
                expect(left!.clientId).to.equal(undefined);
            });
            await deleteCimdPolicy(t.api, plusPool, id, policyId);
        });

        it("threat protection of a client is set, read back, and reset to the pool's", async () => {
            const scenario = "threat protection of a client is set, read back, and reset to the pool's";
            let made: Awaited<ReturnType<typeof p.created>> | undefined;
            await t.confirm("**Threat protection**: operations", scenario, async () => {
                made = await p.created({ name: "acceptance-risk", riskConfiguration: { riskExceptionConfiguration: { skippedIpRangeLists: ["203.0.113.0/24"] } } } as Partial<UserPoolClientInputs>);
                const own = await describeRiskConfiguration(t.api, plusPool, made.id);
                expect(own?.ClientId).to.equal(made.id);
                expect(own?.RiskExceptionConfiguration?.SkippedIPRangeList).to.deep.equal(["203.0.113.0/24"]);
            });
            const { inputs, id, outs } = made!;
            const read = await p.provider.read(id, outs);
            expect((await p.provider.diff(id, read.props as UserPoolClientOutputs, inputs)).changes).to.equal(false);
            const { riskConfiguration: _removed, ...without } = inputs as UserPoolClientInputs & { riskConfiguration?: unknown };
            await p.provider.update(id, read.props as UserPoolClientOutputs, await p.checked(without));
            await t.confirm("Describe of a client without its own", scenario, async () => {
                const answer = await describeRiskConfiguration(t.api, plusPool, id);
                expect(answer?.ClientId, "the pool's configuration has no client ID").to.equal(undefined);
            }, "after a reset");
        });

        it("the classic hosted UI of a client is set, read back, and removed: the client falls back to the pool's ALL", async () => {
            const scenario = "the classic hosted UI of a client is set, read back, and removed: the client falls back to the pool's ALL";
            await t.api.request("SetUICustomization", { UserPoolId: plusPool, ClientId: "ALL", CSS: ".label-customizable { font-weight: 400; }" }, { action: "setting the pool's UI customization", target: plusPool });
            let made: Awaited<ReturnType<typeof p.created>> | undefined;
            await t.confirm("**Classic hosted UI customization**: operations", scenario, async () => {
                made = await p.created({ name: "acceptance-ui", uiCustomization: { css: ".banner-customizable { background-color: #0972d3; }" } } as Partial<UserPoolClientInputs>);
                const own = await rawUi(made.id);
                expect(own?.ClientId).to.equal(made.id);
                expect(own?.CSS).to.equal(".banner-customizable { background-color: #0972d3; }");
            });
            const { inputs, id, outs } = made!;
            const read = await p.provider.read(id, outs);
            expect((await p.provider.diff(id, read.props as UserPoolClientOutputs, inputs)).changes).to.equal(false);
            const { uiCustomization: _removed, ...without } = inputs as UserPoolClientInputs & { uiCustomization?: unknown };
            await p.provider.update(id, read.props as UserPoolClientOutputs, await p.checked(without));
            await t.confirm("`GetUICustomization`", scenario, async () => {
                const fallback = await rawUi(id);
                expect(fallback?.ClientId).to.equal("ALL");
                expect(fallback?.CSS).to.equal(".label-customizable { font-weight: 400; }");
            }, "after the client's was removed");
        });
    });
});
