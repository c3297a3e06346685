/**
 * `pulumi-cognito-clients migrate` on a stack of 10 `@pulumi/aws` app clients (assorted: secrets, OAuth, units),
 * whose entries are written as @pulumi/aws 7.x writes them (tests/support/awsState.ts) and loaded with
 * `pulumi stack import`. A protected entry stops it, changing nothing; --dry-run shows the plan; the migration keeps
 * every client and its ID, the program with the written declarations previews no changes, and a second run has
 * nothing to migrate. Bad input exits with code 2.
 */
import { CreateUserPoolClientCommand, CreateUserPoolClientCommandInput, UserPoolClientType } from "@aws-sdk/client-cognito-identity-provider";
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { awsClientEntry, awsProviderEntry } from "../support/awsState";
import { createUserPool, describeClient, directSdk, listClients } from "../support/cognito";
import { TYPE_CHECKED_PROGRAM, motoEndpoint } from "../support/hooks";
import { PROGRAMS, copyProgram, installPackedPackage, localStack, runPackageCommand } from "../support/stacks";

const REGION = "us-east-1";

function oldClients(pool: string): CreateUserPoolClientCommandInput[] {
    const c = (ClientName: string, extra: Partial<CreateUserPoolClientCommandInput> = {}) => ({ UserPoolId: pool, ClientName, ...extra });
    return [
        c("web", { GenerateSecret: true, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid", "email"], CallbackURLs: ["https://app.example/cb"], DefaultRedirectURI: "https://app.example/cb", SupportedIdentityProviders: ["COGNITO"] }),
        c("spa", { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["code", "implicit"], AllowedOAuthScopes: ["openid"], CallbackURLs: ["http://localhost:3000/cb"], LogoutURLs: ["http://localhost:3000/out"] }),
        c("backend", { GenerateSecret: true, ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }),
        c("minutes", { AccessTokenValidity: 30, IdTokenValidity: 45, RefreshTokenValidity: 120, TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "minutes" } }),
        c("days", { RefreshTokenValidity: 90, TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" } }),
        c("hardened", { PreventUserExistenceErrors: "ENABLED", EnableTokenRevocation: false, AuthSessionValidity: 10 }),
        c("legacy", { ExplicitAuthFlows: ["ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH"] }),
        c("attributes", { ReadAttributes: ["email", "name"], WriteAttributes: ["name"] }),
        c("rotation", { ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"], RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 10 } }),
        c("plain"),
    ];
}

describe("migrate: @pulumi/aws app clients to this package in one command", function () {
    this.timeout(300_000);
    before(function () {
        this.timeout(600_000);
        installPackedPackage();
    });

    it("moves 10 clients: same names, same clients and IDs, no change in preview; a protected one stops it first", async () => {
        const sdk = directSdk();
        const pool = await createUserPool(sdk, "migrate");
        const made: UserPoolClientType[] = [];
        for (const input of oldClients(pool)) made.push((await sdk.send(new CreateUserPoolClientCommand(input))).UserPoolClient!);
        const before = (await listClients(sdk, pool)).map((c) => c.id).sort();

        const s = await localStack(copyProgram(path.join(PROGRAMS, "adopted"), "migrate"), motoEndpoint(), {}, TYPE_CHECKED_PROGRAM);
        await s.stack.up(); // the stack resource only: the program declares nothing yet
        const exported = JSON.parse(s.cli("stack", "export", "--show-secrets"));
        const stackUrn = exported.deployment.resources[0].urn as string;
        const aws = awsProviderEntry(stackUrn, REGION);
        const withOld = (protect: boolean) => {
            const resources = [exported.deployment.resources[0], aws.resource];
            for (const client of made) resources.push(awsClientEntry(stackUrn, client.ClientName!, client, aws.ref, REGION, { protect: protect && client.ClientName === "web" }));
            const file = path.join(s.dir, "old-state.json");
            fs.writeFileSync(file, JSON.stringify({ ...exported, deployment: { ...exported.deployment, resources } }));
            s.cli("stack", "import", "--file", file);
            fs.rmSync(file);
        };
        const types = () => JSON.parse(s.cli("stack", "export")).deployment.resources.map((r: any) => r.type).sort();

        withOld(true);
        const stateBefore = types();
        const protectedRun = await runPackageCommand(s, ["migrate"]);
        expect(protectedRun.code, protectedRun.out).to.equal(1);
        expect(protectedRun.out).to.match(/cannot migrate; nothing was changed:\n\s+web is protected; unprotect it first/);
        expect(types()).to.deep.equal(stateBefore);
        expect(fs.existsSync(path.join(s.dir, "cognito-clients.ts"))).to.equal(false);

        withOld(false);
        const bad = await runPackageCommand(s, ["migrate", "--pool", pool]);
        expect(bad.code, bad.out).to.equal(2);
        expect(bad.out).to.include("--pool is not an option of migrate");

        const dry = await runPackageCommand(s, ["migrate", "--dry-run"]);
        expect(dry.code, dry.out).to.equal(0);
        expect(dry.out).to.include("plan: 10 aws.cognito.UserPoolClient(s) become UserPoolClient(s) of the same name");
        expect(dry.out).to.include("the default aws provider default_7_48_0 leaves the state");
        expect(types()).to.deep.equal(stateBefore);

        const run = await runPackageCommand(s, ["migrate"]);
        process.stdout.write(`      $ npx pulumi-cognito-clients migrate\n${run.out.replace(/^/gm, "      ")}\n`);
        expect(run.code, run.out).to.equal(0);
        expect(run.out).to.match(/migrated 10 client\(s\)/);
        const after = JSON.parse(s.cli("stack", "export")).deployment.resources;
        expect(after.filter((r: any) => r.type.startsWith("aws:") || r.type === "pulumi:providers:aws")).to.deep.equal([]);
        const migrated = after.filter((r: any) => r.type.endsWith(":UserPoolClient"));
        expect(migrated.map((r: any) => r.urn.split("::").pop()).sort()).to.deep.equal(made.map((c) => c.ClientName).sort());
        expect(migrated.map((r: any) => r.id).sort()).to.deep.equal(before);
        const code = fs.readFileSync(path.join(s.dir, "cognito-clients.ts"), "utf8");
        for (const c of made) if (c.ClientSecret) expect(code, "a secret in the code").to.not.include(c.ClientSecret);

        // The program with the written declarations (and without the old ones): no changes, no client made or deleted.
        s.cli("preview", "--expect-no-changes");
        const up = await s.stack.up();
        expect(up.summary.resourceChanges).to.deep.equal({ same: 11 });
        expect((await listClients(sdk, pool)).map((c) => c.id).sort()).to.deep.equal(before);
        expect((await describeClient(sdk, pool, made[0].ClientId!)).ClientSecret).to.equal(made[0].ClientSecret);

        const again = await runPackageCommand(s, ["migrate"]);
        expect(again.code, again.out).to.equal(0);
        expect(again.out).to.include("nothing to migrate");
        await s.stack.destroy();
    });
});
