#!/usr/bin/env node
/**
 * Writes a `pulumi import --file` file for existing Cognito app clients. Run it in the Pulumi project directory:
 *
 *   npx pulumi-cognito-import-file <resource name>=<userPoolId>/<clientId> [...] [--region <region>] > import.json
 *   pulumi import --file import.json --generate-code=false
 */
import { buildImportFile } from "../adoption/importFile";
import { pulumiCliProblem } from "./pulumiVersion";

const USAGE = "usage: pulumi-cognito-import-file <resource name>=<userPoolId>/<clientId> [...] [--region <region>] [--parent <urn>]";

async function main(argv: string[]): Promise<void> {
    let region: string | undefined;
    let parent: string | undefined;
    const requests: { name: string; id: string; parent?: string }[] = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--region") region = argv[++i];
        else if (arg === "--parent") parent = argv[++i];
        else if (arg === "-h" || arg === "--help") {
            console.log(USAGE);
            return;
        } else {
            const at = arg.indexOf("=");
            if (at <= 0) throw new Error(`expected <resource name>=<userPoolId>/<clientId>; received ${JSON.stringify(arg)}\n${USAGE}`);
            requests.push({ name: arg.slice(0, at), id: arg.slice(at + 1) });
        }
    }
    if (requests.length === 0) throw new Error(USAGE);
    // The file is only of use to a CLI that reads its inputs and outputs.
    const cliProblem = pulumiCliProblem("pulumi-cognito-import-file");
    if (cliProblem) throw new Error(cliProblem);
    const file = await buildImportFile(requests.map((r) => ({ ...r, parent })), { region });
    process.stdout.write(JSON.stringify(file, null, 2) + "\n");
}

main(process.argv.slice(2)).catch((e) => {
    console.error(`pulumi-cognito-import-file: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
});
