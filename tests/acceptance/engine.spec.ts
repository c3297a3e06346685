/**
 * Acceptance: a stack of app clients through the real Pulumi engine, as a user runs it, against the target of
 * tests/support/acceptance.ts (the local Cognito API in `npm test`, an AWS account in `npm run test:aws`). The steps
 * share one stack and run in order: up, a preview with no changes, refresh, a change in place, import of a client
 * made outside Pulumi, destroy.
 */
import { CreateUserPoolClientCommand, CreateUserPoolClientCommandOutput } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as path from "path";
import { useAcceptanceTarget } from "../support/acceptance";
import { LocalStack, PROGRAMS, copyProgram, installPackedPackage, programStack } from "../support/stacks";

const SECRET_SIGNATURE = "4dabf18193072939515e22adb298388d";

describe("acceptance: a stack of clients through the Pulumi engine", function () {
    this.timeout(600_000);
    let s: LocalStack;
    // Registered first, so that it runs before the target's clean-up deletes the pool.
    after(async () => {
        await s?.stack.destroy().catch(() => undefined);
    });
    const t = useAcceptanceTarget();
    let pool = "";
    let ids: Record<string, string> = {};
    const web = () => ({ name: "acceptance-web", userPoolId: pool, explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], callbackUrls: ["https://app.example.com/cb"], allowedOauthFlowsUserPoolClient: true, allowedOauthFlows: ["code"], allowedOauthScopes: ["openid", "email"], supportedIdentityProviders: ["COGNITO"] });
    const service = () => ({ name: "acceptance-service", userPoolId: pool, generateSecret: true, explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"] });
    const setClients = (clients: Record<string, { args: Record<string, unknown>; import?: string }>) => s.stack.setConfig("clients", { value: JSON.stringify(clients) });
    const outputs = async () => ((await s.stack.outputs()).clientOutputs?.value ?? {}) as Record<string, { id: string; name: string }>;

    before(async () => {
        installPackedPackage();
        pool = await t.createPool("engine");
        s = await programStack(copyProgram(path.join(PROGRAMS, "clients"), "acceptance"), t.programEnv(), await t.region());
    });

    it("up creates the program's clients; the secret is a Pulumi secret in state", async () => {
        await setClients({ web: { args: web() }, service: { args: service() } });
        const up = await s.stack.up();
        expect(up.summary.resourceChanges).to.deep.include({ create: 3 });
        const out = await outputs();
        ids = { web: out.web.id, service: out.service.id };
        const state = (await s.stack.exportStack()).deployment.resources.find((r: { urn: string }) => r.urn.endsWith("::service"));
        expect(state.outputs.clientSecret[SECRET_SIGNATURE], "clientSecret stored as a secret").to.be.a("string");
        expect(JSON.stringify(state), "no secret value in state").to.not.match(/"clientSecret":"[a-z0-9]{51}"/);
    });

    it("a preview of the unchanged program shows no changes, and refresh finds none", async () => {
        expect((await s.stack.preview()).changeSummary).to.deep.equal({ same: 3 });
        const refresh = await s.stack.refresh();
        expect(Object.keys(refresh.summary.resourceChanges ?? {})).to.deep.equal(["same"]);
    });

    it("a rename updates the client in place, keeping its ID", async () => {
        await setClients({ web: { args: { ...web(), name: "acceptance-web-renamed" } }, service: { args: service() } });
        expect((await s.stack.preview()).changeSummary).to.deep.equal({ same: 2, update: 1 });
        await s.stack.up();
        const live = await t.api.find(pool, ids.web);
        expect({ id: (await outputs()).web.id, name: live?.ClientName }).to.deep.equal({ id: ids.web, name: "acceptance-web-renamed" });
    });

    it("the import option adopts a client made outside Pulumi without creating another", async () => {
        const made = await t.api.send<CreateUserPoolClientCommandOutput>("creating", pool, new CreateUserPoolClientCommand({ UserPoolId: pool, ClientName: "acceptance-existing", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
        const existing = made.UserPoolClient!.ClientId!;
        await setClients({
            web: { args: { ...web(), name: "acceptance-web-renamed" } },
            service: { args: service() },
            existing: { args: { name: "acceptance-existing", userPoolId: pool, explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"] }, import: `${pool}/${existing}` },
        });
        await s.stack.up();
        expect((await outputs()).existing.id).to.equal(existing);
        expect((await t.api.list(pool)).map((c) => c.name).sort()).to.deep.equal(["acceptance-existing", "acceptance-service", "acceptance-web-renamed"]);
        expect((await s.stack.preview()).changeSummary).to.deep.equal({ same: 4 });
    });

    it("destroy deletes every client of the stack", async () => {
        await s.stack.destroy();
        expect(await t.api.list(pool)).to.deep.equal([]);
    });
});
