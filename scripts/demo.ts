/**
 * The main job: a real `pulumi up` of the root Pulumi.yaml program against the local Cognito API, then a
 * preview of an in-place change and of a replacement, then `pulumi destroy`, leaving nothing behind.
 * Set-up (dependencies, engine, build) is done by scripts/demo.sh before this runs.
 */
import {
    CognitoIdentityProviderClient,
    CreateUserPoolCommand,
    DeleteUserPoolCommand,
    DescribeManagedLoginBrandingCommand,
    ListTermsCommand,
    ListUserPoolClientsCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { spawnSync } from "child_process";
import * as path from "path";
import { LOCAL_AWS_ENV, localCognitoMode, startMoto } from "./local-cognito";
import { ROOT, pulumiEnv, requireEngine } from "./engine";

function step(title: string) {
    process.stdout.write(`\n\x1b[1m=== ${title}\x1b[0m\n`);
}

async function main() {
    requireEngine();
    step(`Starting the local Cognito API (${localCognitoMode()}; docs/local-cognito.md)`);
    const moto = await startMoto();
    console.log(`Cognito endpoint: ${moto.endpoint}`);
    const awsEnv = { ...LOCAL_AWS_ENV, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: moto.endpoint };
    Object.assign(process.env, awsEnv);
    const env = { ...process.env, ...pulumiEnv(path.join(ROOT, ".tools", "pulumi-state", "demo")), ...awsEnv };
    const pulumi = (...args: string[]) => {
        console.log(`\n$ pulumi ${args.join(" ")}`);
        const result = spawnSync("pulumi", [...args, "--non-interactive"], { cwd: ROOT, env, stdio: "inherit" });
        if (result.status !== 0) throw new Error(`pulumi ${args.join(" ")} failed with exit code ${result.status}`);
    };
    const cognito = new CognitoIdentityProviderClient({});
    try {
        step("Creating a user pool for the demo (the bridged AWS provider cannot run offline)");
        const pool = (await cognito.send(new CreateUserPoolCommand({ PoolName: "demo-pool" }))).UserPool!;
        console.log(`User pool: ${pool.Id}`);

        step("pulumi up: a public client, a confidential client with a generated secret, and a web client with a branding style and terms");
        spawnSync("pulumi", ["stack", "rm", "demo", "--yes", "--force", "--non-interactive"], { cwd: ROOT, env, stdio: "ignore" });
        pulumi("stack", "init", "demo");
        pulumi("config", "set", "aws:region", LOCAL_AWS_ENV.AWS_REGION);
        pulumi("config", "set", "userPoolId", pool.Id!);
        pulumi("up", "--yes", "--skip-preview");

        step("Stack outputs (the secret stays secret)");
        pulumi("stack", "output");

        step("The web client's branding style and terms documents, as Cognito describes them");
        const styleId = JSON.parse(spawnSync("pulumi", ["stack", "output", "webBrandingStyleId", "--json", "--non-interactive"], { cwd: ROOT, env, encoding: "utf8" }).stdout);
        const style = (await cognito.send(new DescribeManagedLoginBrandingCommand({ UserPoolId: pool.Id!, ManagedLoginBrandingId: styleId }))).ManagedLoginBranding!;
        console.log(`Branding style ${style.ManagedLoginBrandingId}: ${style.UseCognitoProvidedValues ? "Cognito's default style" : "custom"}`);
        const listTerms = async () => (await cognito.send(new ListTermsCommand({ UserPoolId: pool.Id! }))).Terms ?? [];
        for (const t of await listTerms()) console.log(`Terms document ${t.TermsId}: ${t.TermsName}`);

        step("Preview of a change that updates in place: renaming a client");
        pulumi("config", "set", "change", "rename");
        pulumi("preview", "--diff");

        step("Preview of a change that replaces: a custom secret instead of a generated one");
        pulumi("config", "set", "change", "new-secret");
        pulumi("preview", "--diff");
        pulumi("config", "rm", "change");

        step("pulumi destroy");
        pulumi("destroy", "--yes", "--skip-preview");
        const left = (await cognito.send(new ListUserPoolClientsCommand({ UserPoolId: pool.Id!, MaxResults: 60 }))).UserPoolClients ?? [];
        console.log(`Clients left in ${pool.Id}: ${left.length}`);
        if (left.length !== 0) throw new Error(`destroy left ${left.length} clients behind`);
        const styleLeft = await cognito.send(new DescribeManagedLoginBrandingCommand({ UserPoolId: pool.Id!, ManagedLoginBrandingId: styleId })).then(() => 1, () => 0);
        const termsLeft = (await listTerms()).length;
        console.log(`Branding styles left: ${styleLeft}; terms documents left: ${termsLeft}`);
        if (styleLeft + termsLeft !== 0) throw new Error("destroy left a branding style or terms documents behind");
        pulumi("stack", "rm", "demo", "--yes");
        await cognito.send(new DeleteUserPoolCommand({ UserPoolId: pool.Id! }));
        step("Done: created, previewed, destroyed; nothing left behind");
    } finally {
        await moto.stop();
    }
}

main().catch((e) => {
    console.error(`\ndemo failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
});
