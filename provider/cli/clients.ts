#!/usr/bin/env node
/**
 * pulumi-cognito-clients: adopt existing Cognito app clients into a stack, recover from an interrupted
 * `pulumi up`, migrate from @pulumi/aws, and print the IAM policy the stack needs, one command each. Run it in the
 * Pulumi project directory; it calls the `pulumi` CLI on PATH.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ParseArgsOptionsConfig, parseArgs } from "util";
import { CognitoApiError, UserPoolClientApi } from "../aws";
import { Progress } from "./progress";
import { pulumiCliProblem } from "./pulumiVersion";
import { AdoptedClient, ImportRequest, importFileOf, readForAdoption, resourceNameFor } from "../adoption/importFile";
import { parseImportId } from "../importId";
import { CODE_FILES, PROGRAM_LANGUAGES, ProgramLanguage, pythonProgramCode, yamlProgramCode } from "../adoption/otherLanguages";
import { goProgramCode, javaProgramCode } from "../adoption/compiledLanguages";
import { ClientCode, programCode } from "../adoption/programCode";
import { UserPoolClientProvider } from "../provider";
import { PendingCreate, PreviewJson, StackExport, exportProblem, findCreatedClients, isRegisteredClient, managedClients, pendingCreates, plannedCreates } from "../adoption/recovery";
import { defaultProvidersLeftUnused, dynamicClients, foldedResources, foldingProblems, migrationProblems, oldClients, oldConfiguration, providersLeftUnused } from "../adoption/migration";
import { diffUserPoolClient } from "../diff";
import { ClientFace } from "../resourceTypes";
import { USER_POOL_CLIENT_TYPE } from "../serialized";
import { describeBranding } from "../settings/branding";
import { imageTypeOf } from "../settings/uiCustomization";
import { auditClients, auditTable, AuditedClient, stackClients } from "../guardrails/audit";
import { resolveGuardrailConfig } from "../guardrails/config";
import { CHECKED_TYPES, GUARDRAIL_RULES } from "../guardrails/rules";
import { SETTING_FOLDERS, allOperations, clientInputsOf, operationsFor, policyDocument, policyText, settingsNamed, settingsUsedBy } from "../iamPolicy";

const USAGE = `usage:
  pulumi-cognito-clients adopt --pool <userPoolId> [--match <regex>] [--language typescript|yaml|python|java|go] [--import] [--out <dir>] [--region <region>] [--stack <stack>]
  pulumi-cognito-clients adopt <resource name>=<userPoolId>/<clientId> [...] [same options]
  pulumi-cognito-clients recover [--dry-run] [--region <region>] [--stack <stack>]
  pulumi-cognito-clients migrate [--to plugin] [--dry-run] [--out <dir>] [--region <region>] [--stack <stack>]
  pulumi-cognito-clients iam-policy [--stack <stack>] [--cwd <dir>] [--region <region>] [--account <id>]
  pulumi-cognito-clients iam-policy --all | --settings <setting>[,<setting>...] [--region <region>] [--account <id>]
  pulumi-cognito-clients audit --pool <userPoolId> [--config <file>] [--json] [--region <region>]
  pulumi-cognito-clients audit [--stack <stack>] [--cwd <dir>] [--config <file>] [--json] [--region <region>]

adopt    Reads the pool's clients (or the ones named) and writes cognito-import.json (for pulumi import --file) and
         cognito-clients.ts (one new UserPoolClient(...) per client, with the arguments that reproduce its live
         settings). Clients the stack already manages are skipped, and so are clients that applications registered
         themselves (dynamic client registration), with their count. --import also runs pulumi import --file, after
         storing each custom secret in the stack's secret config under the key the code reads. --language yaml,
         python, java or go writes cognito-clients.yaml (a resources: block for Pulumi.yaml), cognito_clients.py,
         CognitoClients.java or cognito_clients.go (over the generated SDKs) instead, for the provider plugin's
         UserPoolClient, and an import file of its type.
recover  After a pulumi up was interrupted, with or without checkpoints (PULUMI_SKIP_CHECKPOINTS): finds the client
         each pending create, and each create the program's preview plans, already made (same name and
         configuration, not in the state), then runs pulumi cancel (the killed run's lock), pulumi refresh
         --clear-pending-creates and pulumi import --file for them, so that the next pulumi up creates only what is
         missing. It never deletes a client and never guesses (two matching clients for one create stop it, changing
         nothing), and never takes a client that an application registered itself (dynamic client registration).
migrate  Moves the stack's aws.cognito.UserPoolClient resources (@pulumi/aws) to UserPoolClient: writes
         cognito-clients.ts with the same resource names and the arguments of each live client (no secret in the
         code), imports them, and removes the old entries from the state without touching Cognito. --dry-run shows
         the plan. A custom provider, a protected resource or a live client that differs from its old entry stops it
         before it changes anything. --to plugin moves the stack's dynamic UserPoolClients to the provider plugin's
         (cognito-app-client:index:UserPoolClient, from "pulumi-cognito-user-pool-client/plugin") the same way, for
         the engine's detailed diffs, import, timeouts and Cancel; the project must name the plugin (README).
iam-policy Prints the smallest IAM policy (JSON) that pulumi needs for this package's clients: the client's own
           actions, every setting's reads (import and get read them all), and all actions of each setting that a
           UserPoolClient of the stack sets an argument of (from pulumi stack export of the current stack, or
           --stack, in the project directory or --cwd; for settings not deployed yet, name them with --settings).
           --all: every action the package can call. --settings: those of the named settings, of
           ${SETTING_FOLDERS.join(", ")} (an empty list: none). --region and --account narrow the user pools.
audit    Applies the guardrails (the OAuth security rules of the policy pack, docs/guardrails.md) to app clients as
         Cognito describes them, read-only: every client of a pool (--pool, read in the pool ID's region unless
         --region), or every app client the stack manages (@pulumi/aws's, the dynamic resource's and the plugin's).
         Prints a table (client, rule, level, what to change), or JSON with --json. --config reads the levels and
         parameters from a policy pack configuration file (the one pulumi preview --policy-pack-config takes).
         Exit code 3 when a rule at a mandatory (or remediate) level fails; 0 otherwise.`;

/** A mistake in the command line or its input: exit code 2, nothing written. */
class UsageError extends Error {}

interface Options {
    command: "adopt" | "recover" | "migrate" | "iam-policy" | "audit";
    pool?: string;
    match?: RegExp;
    requests: ImportRequest[];
    doImport: boolean;
    dryRun: boolean;
    out: string;
    region?: string;
    stack?: string;
    /** iam-policy: every action (--all), or those of the named settings (--settings). */
    all?: boolean;
    settings?: string[];
    account?: string;
    /** The Pulumi project directory. @default - the working directory */
    cwd?: string;
    /** adopt: the language of the code written. */
    language: ProgramLanguage;
    /** migrate: from the dynamic resource to the provider plugin's. */
    toPlugin: boolean;
    /** audit: the policy pack configuration file with the rules' levels and parameters. */
    config?: string;
    /** audit: JSON instead of a table. */
    json: boolean;
}

const COMMAND_OPTIONS = {
    adopt: {
        pool: { type: "string" },
        match: { type: "string" },
        language: { type: "string" },
        import: { type: "boolean" },
        out: { type: "string" },
        region: { type: "string" },
        stack: { type: "string" },
        help: { type: "boolean", short: "h" },
    },
    migrate: {
        to: { type: "string" },
        "dry-run": { type: "boolean" },
        out: { type: "string" },
        region: { type: "string" },
        stack: { type: "string" },
        help: { type: "boolean", short: "h" },
    },
    recover: {
        "dry-run": { type: "boolean" },
        region: { type: "string" },
        stack: { type: "string" },
        help: { type: "boolean", short: "h" },
    },
    "iam-policy": {
        all: { type: "boolean" },
        settings: { type: "string" },
        stack: { type: "string" },
        cwd: { type: "string" },
        region: { type: "string" },
        account: { type: "string" },
        help: { type: "boolean", short: "h" },
    },
    audit: {
        pool: { type: "string" },
        stack: { type: "string" },
        cwd: { type: "string" },
        config: { type: "string" },
        json: { type: "boolean" },
        region: { type: "string" },
        help: { type: "boolean", short: "h" },
    },
} as const;

/** The usage of one command: its lines of USAGE. */
function commandUsage(command: keyof typeof COMMAND_OPTIONS): string {
    const lines = USAGE.split("\n");
    const synopsis = lines.filter((l) => l.startsWith(`  pulumi-cognito-clients ${command} `));
    const start = lines.findIndex((l) => l.startsWith(command.padEnd(9)));
    const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
    return ["usage:", ...synopsis, "", ...lines.slice(start, end === -1 ? undefined : end)].join("\n");
}

/** The command line, parsed with Node's util.parseArgs; `help` when --help was asked for. */
function parseArguments(argv: string[]): Options | { help: string } {
    const [given, ...rest] = argv;
    if (given === "--help" || given === "-h") return { help: USAGE };
    if (!Object.hasOwn(COMMAND_OPTIONS, given ?? "")) throw new UsageError(given === undefined ? "a command is required" : `unknown command ${JSON.stringify(given)}`);
    const command = given as keyof typeof COMMAND_OPTIONS;
    let parsed: { values: Record<string, unknown>; positionals: string[] };
    try {
        parsed = parseArgs({ args: rest, options: COMMAND_OPTIONS[command] as ParseArgsOptionsConfig, allowPositionals: true, strict: true });
    } catch (e) {
        const error = e as Error & { code?: string };
        const flag = /'(-[^']*)'/.exec(error.message)?.[1] ?? "";
        if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`${flag.split("=")[0]} is not an option of ${command}`);
        if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`${flag.split(" ")[0]} needs a value`);
        throw new UsageError(error.message);
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help) return { help: commandUsage(command) };
    const options: Options = {
        command,
        requests: [],
        doImport: values.import === true,
        dryRun: values["dry-run"] === true,
        out: typeof values.out === "string" ? path.resolve(values.out) : process.cwd(),
        pool: values.pool as string | undefined,
        region: values.region as string | undefined,
        stack: values.stack as string | undefined,
        all: values.all === true,
        settings: typeof values.settings === "string" ? values.settings.split(",").map((n) => n.trim()).filter((n) => n !== "") : undefined,
        account: values.account as string | undefined,
        cwd: typeof values.cwd === "string" ? path.resolve(values.cwd) : undefined,
        language: (values.language as ProgramLanguage | undefined) ?? "typescript",
        toPlugin: values.to === "plugin",
        config: typeof values.config === "string" ? path.resolve(values.config) : undefined,
        json: values.json === true,
    };
    if (!PROGRAM_LANGUAGES.includes(options.language)) throw new UsageError(`--language must be one of ${PROGRAM_LANGUAGES.join(", ")}; received ${JSON.stringify(values.language)}`);
    if (values.to !== undefined && values.to !== "plugin") throw new UsageError(`--to must be plugin; received ${JSON.stringify(values.to)}`);
    if (typeof values.match === "string") {
        try {
            options.match = new RegExp(values.match);
        } catch (e) {
            throw new UsageError(`--match ${JSON.stringify(values.match)} is not a regular expression: ${(e as Error).message}`);
        }
    }
    for (const arg of parsed.positionals) {
        if (command !== "adopt") throw new UsageError(`${command} takes no arguments; received ${JSON.stringify(arg)}`);
        const at = arg.indexOf("=");
        if (at <= 0) throw new UsageError(`expected <resource name>=<userPoolId>/<clientId>; received ${JSON.stringify(arg)}`);
        const id = arg.slice(at + 1);
        try {
            parseImportId(id);
        } catch (e) {
            throw new UsageError((e as Error).message);
        }
        options.requests.push({ name: arg.slice(0, at), id });
    }
    if (options.pool !== undefined && !/^[\w-]+_[0-9a-zA-Z]+$/.test(options.pool)) {
        throw new UsageError(`--pool ${JSON.stringify(options.pool)} is not a user pool ID (<region>_<id>, e.g. us-east-1_AbC123)`);
    }
    if (command === "adopt" && options.pool === undefined && options.requests.length === 0) throw new UsageError("adopt needs --pool <userPoolId> or <resource name>=<userPoolId>/<clientId>");
    if (command === "adopt" && options.pool !== undefined && options.requests.length > 0) throw new UsageError("give either --pool or a list of clients, not both");
    if (command === "iam-policy") iamPolicyOptionProblems(options);
    if (command === "audit") auditOptionProblems(options);
    return options;
}

/** Runs the pulumi CLI in the project directory. */
function pulumi(options: Options, args: string[], input?: string): { code: number; stdout: string; stderr: string } {
    const run = spawnSync("pulumi", [...args, "--non-interactive", ...(options.stack ? ["--stack", options.stack] : [])], {
        cwd: options.cwd ?? process.cwd(),
        encoding: "utf8",
        input,
        maxBuffer: 512 * 1024 * 1024,
    });
    if (run.error) throw new Error(`could not run pulumi (${(run.error as NodeJS.ErrnoException).code ?? run.error.message}): is the Pulumi CLI on PATH?`);
    return { code: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
}

function mustPulumi(options: Options, args: string[], input?: string): string {
    const run = pulumi(options, args, input);
    if (run.code !== 0) throw new Error(`pulumi ${args.join(" ")} failed:\n${run.stderr.trim() || run.stdout.trim()}`);
    return run.stdout;
}

/** Whether a directory is a Pulumi project (holds its Pulumi.yaml). */
const isPulumiProject = (dir: string): boolean => fs.existsSync(path.join(dir, "Pulumi.yaml")) || fs.existsSync(path.join(dir, "Pulumi.yml"));

/** A stack export's text, parsed; an export of a format this version cannot read is an error. */
function readExport(text: string): StackExport {
    const exported = JSON.parse(text) as StackExport;
    const problem = exportProblem(exported);
    if (problem) throw new Error(problem);
    return exported;
}

/** The stack's state, when the directory is a Pulumi project with a stack selected. */
function stackExport(options: Options): StackExport | undefined {
    if (!isPulumiProject(options.cwd ?? process.cwd())) return undefined;
    const run = pulumi(options, ["stack", "export"]);
    return run.code === 0 ? readExport(run.stdout) : undefined;
}

/** The region: --region, else the stack's aws:region, else the AWS SDK's own resolution. */
function resolveRegion(options: Options, inProject: boolean): string | undefined {
    if (options.region) return options.region;
    if (!inProject) return undefined;
    const run = pulumi(options, ["config", "get", "aws:region"]);
    return run.code === 0 ? run.stdout.trim() || undefined : undefined;
}

/** Turns AWS failures into messages that say what was tried. */
function explain(error: unknown, what: { pool?: string; region?: string; regionSource: string }): Error {
    if (!(error instanceof CognitoApiError)) return error as Error;
    const tried = `in region ${what.region ?? "(none resolved)"} (${what.regionSource})`;
    if (error.awsErrorName === "CredentialsProviderError" || /credentials/i.test(error.awsErrorName)) {
        return new Error(
            `no AWS credentials: tried the environment (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY), the shared config and credentials ` +
                `files (profile ${process.env.AWS_PROFILE ?? "default"}), SSO, and the container or instance role. ${error.message}`,
        );
    }
    if (error.awsErrorName === "ResourceNotFoundException" && what.pool) {
        const poolRegion = what.pool.split("_")[0];
        const hint = what.region && poolRegion !== what.region ? `; the pool ID names region ${poolRegion}: pass --region ${poolRegion}` : "";
        return new Error(`user pool ${what.pool} was not found ${tried}${hint}. ${error.message}`);
    }
    return new Error(`${error.message} (${tried})`);
}

async function adopt(options: Options): Promise<void> {
    const cliProblem = options.doImport ? pulumiCliProblem("adopt --import") : undefined;
    if (cliProblem) throw new Error(cliProblem);
    const exported = stackExport(options);
    const region = resolveRegion(options, exported !== undefined);
    const regionSource = options.region ? "--region" : region ? "the stack's aws:region" : "the AWS SDK's default";
    const api = new UserPoolClientApi({ region });
    const provider = new UserPoolClientProvider();
    const { ids: managed, names: taken } = exported ? managedClients(exported) : { ids: new Set<string>(), names: new Set<string>() };

    let requests = options.requests;
    if (options.pool) {
        let listed: { clientId: string; name: string }[];
        try {
            listed = await api.list(options.pool);
        } catch (e) {
            throw explain(e, { pool: options.pool, region, regionSource });
        }
        if (listed.length === 0) throw new UsageError(`user pool ${options.pool} has no app clients; nothing to adopt`);
        const matching = listed.filter((c) => !options.match || options.match.test(c.name));
        if (matching.length === 0) throw new UsageError(`no client name of user pool ${options.pool} matches ${options.match}; its clients: ${listed.map((c) => c.name).join(", ")}`);
        requests = matching.map((c) => ({ name: c.name, id: `${options.pool}/${c.clientId}` }));
    }
    const skipped = requests.filter((r) => managed.has(r.id));
    requests = requests.filter((r) => !managed.has(r.id)).map((r) => ({ ...r, name: options.pool ? resourceNameFor(r.name, taken) : r.name }));
    if (skipped.length) console.error(`skipping ${skipped.length} client(s) the stack already manages: ${skipped.map((r) => r.id).join(", ")}`);
    if (requests.length === 0) {
        console.error("nothing to adopt: every client is already managed by the stack");
        return;
    }

    const clients: AdoptedClient[] = [];
    const registered: string[] = [];
    const progress = new Progress("reading clients", requests.length);
    for (const request of requests) {
        let client: AdoptedClient | undefined;
        try {
            client = await readForAdoption(provider, request, { region });
        } catch (e) {
            throw explain(e, { pool: parseImportId(request.id).userPoolId, region, regionSource });
        }
        if (!client) throw new Error(`client ${request.id} was not found in region ${region ?? "(the AWS SDK's default)"} (${regionSource})`);
        if (isRegisteredClient(client.outputs)) registered.push(client.importId);
        else clients.push(client);
        progress.tick(clients.length + registered.length);
    }
    if (registered.length) {
        console.error(`skipping ${registered.length} client(s) that applications registered themselves (dynamic client registration, clientType DCR): ${registered.join(", ")}`);
    }
    if (clients.length === 0) {
        console.error("nothing to adopt: every client is registered by an application or already managed by the stack");
        return;
    }

    const how = {
        typescript: 'Import this module from the program (import "./cognito-clients";) or paste its declarations.',
        yaml: "Paste these resources (and config) into Pulumi.yaml.",
        python: "Import this module from __main__.py (import cognito_clients) or paste its declarations.",
        java: "Put this class with the program's sources (add its package line) and call CognitoClients.declare(ctx) in Pulumi.run.",
        go: "Put this file beside main.go and call declareCognitoClients(ctx) in pulumi.Run (or pass it to pulumi.Run).",
    }[options.language];
    const { importPath, codePath } = await writeAdoptionFiles(api, clients, options.out, region,
        `Adopted by pulumi-cognito-clients adopt: ${clients.length} client(s)${options.pool ? ` of user pool ${options.pool}` : ""}.\n${how}`, options.language);

    if (!options.doImport) {
        console.error(`next: pulumi import --file ${path.relative(process.cwd(), importPath)} --generate-code=false --protect=false, then add the code to the program`);
        return;
    }
    if (!exported) throw new Error("--import needs a Pulumi project directory with a stack selected (or --stack)");
    for (const c of clients.filter((c) => c.secretConfigKey)) {
        mustPulumi(options, ["config", "set", "--secret", c.secretConfigKey!], c.inputs.clientSecret!);
    }
    mustPulumi(options, ["import", "--file", importPath, "--generate-code=false", "--protect=false", "--yes", "--skip-preview"]);
    console.error(`imported ${clients.length} client(s) into the stack; declare them with ${path.relative(process.cwd(), codePath)} and pulumi preview shows no changes`);
}

/** Writes cognito-import.json, cognito-clients.ts and the images of branding styles under `out`, and lists them. */
async function writeAdoptionFiles(api: UserPoolClientApi, clients: AdoptedClient[], out: string, region: string | undefined, header: string, language: ProgramLanguage = "typescript", face: "dynamic" | "plugin" = language === "typescript" ? "dynamic" : "plugin") {
    fs.mkdirSync(out, { recursive: true });
    const importPath = path.join(out, "cognito-import.json");
    const codePath = path.join(out, CODE_FILES[language]);
    fs.writeFileSync(importPath, JSON.stringify(importFileOf(clients, face), null, 2) + "\n", { mode: 0o600 });
    const brandingFiles = new Map<string, NonNullable<ClientCode["brandingFiles"]>>();
    for (const c of clients.filter((c) => c.outputs.managedLoginBranding?.assets?.length)) {
        brandingFiles.set(c.importId, await writeBrandingImages(api, c, out));
    }
    const uiFiles = new Map<string, NonNullable<ClientCode["uiFiles"]>>();
    for (const c of clients.filter((c) => c.outputs.uiCustomization?.imageSha256 !== undefined && c.outputs.uiCustomizationImageUrl !== undefined)) {
        uiFiles.set(c.importId, await writeUiLogo(c, out));
    }
    const code = clients.map((c) => ({ resourceName: c.resourceName, inputs: c.inputs, secretConfigKey: c.secretConfigKey, brandingFiles: brandingFiles.get(c.importId), uiFiles: uiFiles.get(c.importId) }));
    if (language === "yaml") {
        // Pulumi YAML reads files as text: each image beside its base64, which the code reads.
        for (const file of code.flatMap((c) => [...(c.brandingFiles?.assets.map((a) => a.file) ?? []), ...(c.uiFiles?.saved ? [c.uiFiles.file] : [])])) {
            fs.writeFileSync(path.join(out, `${file}.base64`), fs.readFileSync(path.join(out, file)).toString("base64"));
        }
    }
    const module = face === "plugin" ? "pulumi-cognito-user-pool-client/plugin" : undefined;
    const writers: Record<ProgramLanguage, () => string> = {
        typescript: () => programCode(code, { region, header, module }),
        yaml: () => yamlProgramCode(code, { region, header }),
        python: () => pythonProgramCode(code, { region, header }),
        java: () => javaProgramCode(code, { region, header }),
        go: () => goProgramCode(code, { region, header }),
    };
    fs.writeFileSync(codePath, writers[language]());
    console.error(`wrote ${path.relative(process.cwd(), importPath) || importPath} and ${path.relative(process.cwd(), codePath) || codePath}:`);
    for (const c of clients) console.error(`  ${c.resourceName} = ${c.importId}${c.secretConfigKey ? ` (custom secret: config ${c.secretConfigKey})` : ""}`);
    return { importPath, codePath };
}

/**
 * Replaces state entries with the clients of an import file: each custom secret into the stack's secret config, the
 * entries deleted from the state, the clients imported; a failure puts the state back as it was.
 */
function swapIntoState(options: Options, clients: AdoptedClient[], leaving: string[], importPath: string): void {
    for (const c of clients.filter((c) => c.secretConfigKey)) mustPulumi(options, ["config", "set", "--secret", c.secretConfigKey!], c.inputs.clientSecret!);
    const backup = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cognito-migrate-")), "state.json");
    fs.writeFileSync(backup, mustPulumi(options, ["stack", "export"]), { mode: 0o600 });
    try {
        for (const urn of leaving) mustPulumi(options, ["state", "delete", urn, "--yes"]);
        mustPulumi(options, ["import", "--file", importPath, "--generate-code=false", "--protect=false", "--yes", "--skip-preview"]);
    } catch (error) {
        const restored = pulumi(options, ["stack", "import", "--file", backup, "--force"]);
        throw new Error(`${(error as Error).message}\n${restored.code === 0 ? "the state was put back as it was" : `putting the state back failed too; it is in ${backup}: pulumi stack import --file ${backup}`}`);
    } finally {
        if (fs.existsSync(backup)) fs.rmSync(path.dirname(backup), { recursive: true, force: true });
    }
}

/** The state of the stack to migrate; a Pulumi CLI too old for the import files, or no stack here, stops it first. */
function stackToMigrate(options: Options, command: string): StackExport {
    const cliProblem = pulumiCliProblem(command);
    if (cliProblem) throw new Error(cliProblem);
    const exported = stackExport(options);
    if (!exported) throw new UsageError("migrate runs in the Pulumi project directory of the stack to migrate (or pass --stack)");
    return exported;
}

/** Whether the engine can find the provider plugin from this project: Pulumi.yaml names it, or it is on PATH. */
function pluginProblem(options: Options): string | undefined {
    const dir = options.cwd ?? process.cwd();
    const project = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (project && /name:\s*cognito-app-client\b/.test(fs.readFileSync(project, "utf8"))) return undefined;
    const onPath = (process.env.PATH ?? "").split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, "pulumi-resource-cognito-app-client")));
    if (onPath) return undefined;
    return "the engine cannot find the cognito-app-client plugin from this project; add to Pulumi.yaml:\n" +
        "  plugins:\n    providers:\n      - name: cognito-app-client\n        path: ./node_modules/pulumi-cognito-user-pool-client/plugin\n" +
        "(or put pulumi-resource-cognito-app-client on PATH: npm install -g pulumi-cognito-user-pool-client); nothing was changed";
}

/**
 * Moves the stack's dynamic UserPoolClients to the provider plugin's resource (`pulumi-cognito-user-pool-client/plugin`):
 * the same resource names and clients, read back from Cognito and imported by the engine through the plugin, the old
 * entries removed from the state. No call changes a client. A failure after the state was touched puts it back.
 */
async function migrateToPlugin(options: Options): Promise<void> {
    const exported = stackToMigrate(options, "migrate --to plugin");
    const olds = dynamicClients(exported);
    if (olds.length === 0) {
        console.error("nothing to migrate: the stack has no dynamic UserPoolClient");
        return;
    }
    const problems = [
        ...olds.filter((o) => o.protect).map((o) => `${o.name} is protected; unprotect it first (pulumi state unprotect '${o.urn}')`),
        ...[pluginProblem(options)].filter((p): p is string => p !== undefined),
    ];
    if (problems.length) throw new Error(`cannot migrate; nothing was changed:\n  ${problems.join("\n  ")}`);
    const region = resolveRegion(options, true);
    const api = new UserPoolClientApi({ region });
    const provider = new UserPoolClientProvider();
    const clients: AdoptedClient[] = [];
    const differences: string[] = [];
    for (const old of olds) {
        const id = `${old.userPoolId}/${old.clientId}`;
        const client = await readForAdoption(provider, { name: old.name, id, parent: old.parent }, { region: (old.inputs.region as string | undefined) ?? region });
        if (!client) differences.push(`${old.name}: client ${id} no longer exists; run pulumi refresh first`);
        else {
            const { changed } = diffUserPoolClient({ ...client.outputs, clientSecret: undefined }, { ...old.inputs, name: old.inputs.name ?? client.outputs.name } as never, client.outputs.region);
            if (changed.length) differences.push(`${old.name}: the live client differs from the program's last deployment in ${changed.join(", ")}; run pulumi up (or refresh) first`);
            clients.push(client);
        }
    }
    if (differences.length) throw new Error(`cannot migrate; nothing was changed:\n  ${differences.join("\n  ")}`);
    const removed = olds.map((o) => o.urn);
    const providers = defaultProvidersLeftUnused(exported, new Set(removed), "pulumi-nodejs");
    console.error(`plan: ${olds.length} dynamic UserPoolClient(s) become the provider plugin's UserPoolClient(s) of the same name, with the same clients; no call to Cognito changes anything`);
    for (const c of clients) console.error(`  ${c.resourceName}: ${c.importId}`);
    if (options.dryRun) return;

    const { importPath, codePath } = await writeAdoptionFiles(api, clients, options.out, region,
        `Migrated to the provider plugin by pulumi-cognito-clients migrate --to plugin: ${clients.length} client(s).\nReplace the UserPoolClient declarations with this module (import "./cognito-clients";), or change their import to "pulumi-cognito-user-pool-client/plugin".`,
        "typescript", "plugin");
    swapIntoState(options, clients, [...removed, ...providers], importPath);
    console.error(`migrated ${clients.length} client(s) to the provider plugin: import UserPoolClient from "pulumi-cognito-user-pool-client/plugin" (or use ${path.relative(process.cwd(), codePath)}), and pulumi preview shows no changes`);
}

/**
 * Moves the stack's `aws.cognito.UserPoolClient` resources (@pulumi/aws) to UserPoolClient of this package: the same
 * resource names, declarations that reproduce each live client, imported, and the old entries removed from the
 * state without a call to Cognito. Anything it cannot map stops it before it changes anything; a failure after the
 * state was touched puts the state back as it was.
 */
async function migrate(options: Options): Promise<void> {
    if (options.toPlugin) return migrateToPlugin(options);
    const exported = stackToMigrate(options, "migrate");
    const olds = oldClients(exported);
    if (olds.length === 0) {
        console.error("nothing to migrate: the stack has no aws.cognito.UserPoolClient");
        return;
    }
    // URNs hold the type, so only a UserPoolClient of the same name (and parent) would clash.
    const taken = new Set((exported.deployment?.resources ?? []).filter((r) => r.type === USER_POOL_CLIENT_TYPE).map((r) => r.urn.split("::").pop()!));
    const folded = foldedResources(exported, olds);
    const problems = [
        ...olds.flatMap((old) => [
            ...migrationProblems(old),
            ...(taken.has(old.name) ? [`${old.name}: the stack already has a UserPoolClient of that name`] : []),
        ]),
        ...folded.flatMap(foldingProblems),
    ];
    if (problems.length) throw new Error(`cannot migrate; nothing was changed:\n  ${problems.join("\n  ")}`);

    const region = resolveRegion(options, true);
    const api = new UserPoolClientApi({ region });
    const provider = new UserPoolClientProvider();
    const clients: AdoptedClient[] = [];
    const differences: string[] = [];
    const progress = new Progress("reading clients", olds.length);
    for (const [done, old] of olds.entries()) {
        const id = `${old.userPoolId}/${old.clientId}`;
        const client = await readForAdoption(provider, { name: old.name, id, parent: old.parent }, { region: (old.outputs.region as string | undefined) ?? region });
        if (!client) differences.push(`${old.name}: client ${id} no longer exists; run pulumi refresh with the @pulumi/aws program first`);
        else {
            // The export encrypts the secret: the rest of the old entry must be what Cognito has now.
            // What a per-client resource of the stack configures moves in as it is live.
            const foldedIn = Object.fromEntries(folded.filter((f) => f.clientName === old.name).map((f) => [f.argument, (client.outputs as unknown as Record<string, unknown>)[f.argument]]));
            const { changed } = diffUserPoolClient({ ...client.outputs, clientSecret: undefined }, { ...oldConfiguration(old), ...foldedIn }, client.outputs.region);
            if (changed.length) differences.push(`${old.name}: the live client differs from the old entry in ${changed.join(", ")}; run pulumi refresh with the @pulumi/aws program first`);
            clients.push(client);
        }
        progress.tick(done + 1);
    }
    if (differences.length) throw new Error(`cannot migrate; nothing was changed:\n  ${differences.join("\n  ")}`);

    const removed = [...olds.map((o) => o.urn), ...folded.map((f) => f.urn)];
    const providers = providersLeftUnused(exported, new Set(removed));
    console.error(`plan: ${olds.length} aws.cognito.UserPoolClient(s) become UserPoolClient(s) of the same name, with the same clients; no call to Cognito changes anything`);
    for (const c of clients) console.error(`  ${c.resourceName}: ${c.importId}`);
    for (const f of folded) console.error(`  ${f.name} leaves the state and becomes the ${f.argument} argument of ${f.clientName}, as it is live`);
    for (const urn of providers) console.error(`  the default aws provider ${urn.slice(urn.lastIndexOf("::") + 2)} leaves the state with them (no resource uses it then)`);
    if (options.dryRun) return;

    const { importPath, codePath } = await writeAdoptionFiles(api, clients, options.out, region,
        `Migrated from @pulumi/aws by pulumi-cognito-clients migrate: ${clients.length} client(s).\nReplace the aws.cognito.UserPoolClient declarations with this module (import "./cognito-clients";).`);
    swapIntoState(options, clients, [...removed, ...providers], importPath);
    const alsoRemove = folded.length ? ` and remove the declarations of ${folded.map((f) => f.name).join(", ")} (now arguments of their clients)` : "";
    console.error(`migrated ${clients.length} client(s): replace the aws.cognito.UserPoolClient declarations with ${path.relative(process.cwd(), codePath)}${alsoRemove}, and pulumi preview shows no changes`);
}

/**
 * The images of an adopted client's branding style, written to `branding/<resource name>/<category>-<mode>.<ext>`
 * under `out`, for the program code to read: outputs keep only their digests.
 */
async function writeBrandingImages(api: UserPoolClientApi, client: AdoptedClient, out: string): Promise<NonNullable<ClientCode["brandingFiles"]>> {
    const { userPoolId, clientId } = parseImportId(client.importId);
    const style = await describeBranding(api, userPoolId, clientId);
    const dir = path.join("branding", client.resourceName.replace(/[^\w.-]+/g, "-"));
    fs.mkdirSync(path.join(out, dir), { recursive: true });
    const assets = (style?.assets ?? []).map((a) => {
        const file = path.join(dir, `${a.category}-${a.colorMode}.${a.extension.toLowerCase()}`);
        fs.writeFileSync(path.join(out, file), a.bytes);
        return { category: a.category, colorMode: a.colorMode, extension: a.extension, ...(a.resourceId !== undefined ? { resourceId: a.resourceId } : {}), file: file.split(path.sep).join("/") };
    });
    return { settings: style?.settings, assets };
}

/**
 * The logo of an adopted client's classic hosted UI customization, downloaded from the URL Cognito serves it from to
 * `ui/<resource name>-logo.<png|jpg>` under `out`: outputs keep only its digest, and Cognito returns no bytes. When the
 * download fails, the code says where to save it.
 */
async function writeUiLogo(client: AdoptedClient, out: string): Promise<NonNullable<ClientCode["uiFiles"]>> {
    const imageUrl = client.outputs.uiCustomizationImageUrl!;
    const base = path.join("ui", `${client.resourceName.replace(/[^\w.-]+/g, "-")}-logo`);
    const css = client.outputs.uiCustomization?.css;
    try {
        const response = await fetch(imageUrl);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const bytes = Buffer.from(await response.arrayBuffer());
        const file = `${base}.${imageTypeOf(bytes) === "PNG" ? "png" : "jpg"}`;
        fs.mkdirSync(path.join(out, "ui"), { recursive: true });
        fs.writeFileSync(path.join(out, file), bytes);
        return { css, file: file.split(path.sep).join("/"), imageUrl, saved: true };
    } catch (error) {
        console.error(`warning: ${client.resourceName}: the classic hosted UI logo at ${imageUrl} could not be downloaded (${(error as Error).message}); save it as ${base}.png (or .jpg) under ${out}`);
        return { css, file: `${base}.png`.split(path.sep).join("/"), imageUrl, saved: false };
    }
}

/**
 * The UserPoolClients the program would create, from `pulumi preview --json` (secrets shown, so that a custom
 * secret can be compared; the output stays in this process).
 */
function previewCreates(options: Options): { creates: PendingCreate[]; failure?: string } {
    const run = pulumi(options, ["preview", "--json", "--show-secrets"]);
    if (run.code !== 0) return { creates: [], failure: run.stderr.trim() || previewErrors(run.stdout) };
    return { creates: plannedCreates(JSON.parse(run.stdout) as PreviewJson) };
}

/** The error diagnostics of a failed `pulumi preview --json`. */
function previewErrors(stdout: string): string {
    try {
        const diagnostics = (JSON.parse(stdout) as { diagnostics?: { severity?: string; message?: string }[] }).diagnostics ?? [];
        return diagnostics.filter((d) => d.severity === "error").map((d) => d.message?.trim()).join("\n") || stdout.trim();
    } catch {
        return stdout.trim();
    }
}

async function recover(options: Options): Promise<void> {
    const cliProblem = pulumiCliProblem("recover");
    if (cliProblem) throw new Error(cliProblem);
    const exported = stackExport(options);
    if (!exported) throw new UsageError("recover runs in the Pulumi project directory of the interrupted stack (or pass --stack)");
    const pending = pendingCreates(exported);
    // The preview does not take the stack's lock, so a killed run's lock stays until recover has decided.
    const planned = previewCreates(options);
    if (planned.failure) {
        if (!pending.length) throw new Error(`pulumi preview failed, so the program's planned creates are unknown; nothing was changed:\n${planned.failure}`);
        console.error(`pulumi preview failed, so only the pending creates are recovered:\n${planned.failure}`);
    }
    // Pending creates (a run with checkpoints) come first; the preview adds what a run without checkpoints left no trace of.
    const pendingUrns = new Set(pending.map((p) => p.urn));
    const creates = [...pending, ...planned.creates.filter((p) => !pendingUrns.has(p.urn))];
    if (creates.length === 0) {
        console.error("no interrupted or planned create of a UserPoolClient in the stack: nothing to recover");
        return;
    }
    const region = resolveRegion(options, true);
    const api = new UserPoolClientApi({ region });
    const provider = new UserPoolClientProvider();
    const progress = new Progress("looking for the clients of interrupted and planned creates", creates.length);
    const results = await findCreatedClients(provider, (pool) => api.list(pool), creates, managedClients(exported).ids, (done) => progress.tick(done));
    const ambiguous = results.filter((r) => r.ambiguous);
    const registered = [...new Set(results.flatMap((r) => r.registered ?? []))];
    if (registered.length) {
        console.error(`skipped ${registered.length} client(s) of the same name that applications registered themselves (dynamic client registration, clientType DCR): ${registered.join(", ")}`);
    }
    const notMade = results.filter((r) => !r.found && !r.ambiguous);
    for (const r of results.filter((r) => r.found || r.ambiguous || pendingUrns.has(r.pending.urn))) {
        const what = r.found ? `made ${r.found}` : r.ambiguous ? `ambiguous: ${r.ambiguous.join(", ")} all match` : "made no client (the create did not reach Cognito); the next pulumi up creates it";
        console.error(`  ${r.pending.resourceName}: ${what}`);
    }
    const notMadePlanned = notMade.filter((r) => !pendingUrns.has(r.pending.urn)).length;
    if (notMadePlanned) console.error(`  ${notMadePlanned} planned create(s) have no client in the pool yet; the next pulumi up creates them`);
    if (ambiguous.length) {
        throw new Error(`${ambiguous.length} create(s) match more than one client; nothing was changed. Delete the extra clients you do not want (or rename them), then run recover again`);
    }
    if (options.dryRun) return;

    // The killed run's lock (and, with checkpoints, its update record) goes first: no command runs until it does.
    cancelInterruptedRun(options);
    if (pending.length) mustPulumi(options, ["refresh", "--clear-pending-creates", "--yes", "--skip-preview"]);
    const found = results.filter((r) => r.found);
    if (found.length) {
        // Each client goes back as the resource its create was: the dynamic resource's state, or the plugin's by ID.
        const clients: Record<ClientFace, AdoptedClient[]> = { dynamic: [], plugin: [] };
        for (const r of found) {
            const client = await readForAdoption(provider, { name: r.pending.resourceName, id: r.found!, parent: r.pending.parent }, { region });
            if (client) clients[r.pending.face].push(client);
        }
        const resources = (["dynamic", "plugin"] as const).flatMap((face) => importFileOf(clients[face], face).resources);
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cognito-recover-")), "import.json");
        fs.writeFileSync(file, JSON.stringify({ resources }), { mode: 0o600 });
        try {
            mustPulumi(options, ["import", "--file", file, "--generate-code=false", "--protect=false", "--yes", "--skip-preview"]);
        } finally {
            fs.rmSync(path.dirname(file), { recursive: true, force: true });
        }
    }
    console.error(`recovered: adopted ${found.length} client(s) the interrupted update had made (${found.map((r) => `${r.pending.resourceName} = ${r.found}`).join(", ") || "none"}); ` +
        `${results.length - found.length} create(s) had not reached Cognito. The next pulumi up creates nothing twice.`);
}

/** `pulumi cancel`: clears the lock (and the update record) of a run that was killed. */
function cancelInterruptedRun(options: Options): void {
    const cancel = pulumi(options, ["cancel", "--yes"]);
    if (cancel.code !== 0 && !/no update|not locked|currently running|no in-progress/i.test(cancel.stderr + cancel.stdout)) {
        throw new Error(`pulumi cancel failed:\n${cancel.stderr.trim()}`);
    }
}

/** iam-policy's options that cannot go together or are not what they name. */
function iamPolicyOptionProblems(options: Options): void {
    const modes = [options.all ? "--all" : undefined, options.settings ? "--settings" : undefined, options.stack !== undefined ? "--stack" : undefined].filter((m) => m !== undefined);
    if (modes.length > 1) throw new UsageError(`give one of --all, --settings and --stack, not ${modes.join(" and ")}`);
    if (options.cwd !== undefined && (options.all || options.settings)) throw new UsageError("--cwd names the project whose stack is read; --all and --settings read no stack");
    if (options.cwd !== undefined && !fs.existsSync(options.cwd)) throw new UsageError(`--cwd ${JSON.stringify(options.cwd)} does not exist`);
    if (options.account !== undefined && !/^\d{12}$/.test(options.account)) throw new UsageError(`--account ${JSON.stringify(options.account)} is not an AWS account ID (12 digits)`);
    if (options.region !== undefined && !/^[a-z]{2,}(-[a-z]+)+-\d+$/.test(options.region)) throw new UsageError(`--region ${JSON.stringify(options.region)} is not an AWS region (e.g. us-east-1)`);
    const unknown = settingsNamed(options.settings ?? []).unknown;
    if (unknown.length) throw new UsageError(`${unknown.map((n) => JSON.stringify(n)).join(", ")} ${unknown.length > 1 ? "are not settings" : "is not a setting"}; the settings are ${SETTING_FOLDERS.join(", ")}`);
}

/**
 * Prints the smallest IAM policy: every action (--all), those of the named settings (--settings), or those of the
 * settings the stack's UserPoolClients use (the stack's state, `pulumi stack export`); the client's own actions and
 * every setting's reads in each.
 */
function iamPolicy(options: Options): void {
    const scope = { region: options.region, account: options.account };
    if (options.all) {
        console.log(policyText(policyDocument(allOperations(), scope)));
        return;
    }
    if (options.settings) {
        console.log(policyText(policyDocument(operationsFor(settingsNamed(options.settings).settings), scope)));
        return;
    }
    const dir = options.cwd ?? process.cwd();
    if (options.stack === undefined && !isPulumiProject(dir)) {
        throw new UsageError(`iam-policy reads the current stack, but ${dir} is no Pulumi project directory: run it there, or pass --cwd <dir> or --stack <stack>, or use --all or --settings`);
    }
    const exported = readExport(mustPulumi(options, ["stack", "export"]));
    const clients = clientInputsOf(exported);
    const used = settingsUsedBy(clients);
    console.error(`the stack has ${clients.length} UserPoolClient(s); the settings they use: ${used.map((s) => s.folder).join(", ") || "none"} (the policy also holds every setting's reads, for import and get)`);
    console.log(policyText(policyDocument(operationsFor(used), scope)));
}

/** audit's options that cannot go together or are not what they name. */
function auditOptionProblems(options: Options): void {
    if (options.pool !== undefined && (options.stack !== undefined || options.cwd !== undefined)) throw new UsageError("give --pool (a pool's clients) or --stack and --cwd (a stack's clients), not both");
    if (options.cwd !== undefined && !fs.existsSync(options.cwd)) throw new UsageError(`--cwd ${JSON.stringify(options.cwd)} does not exist`);
    if (options.region !== undefined && !/^[a-z]{2,}(-[a-z]+)+-\d+$/.test(options.region)) throw new UsageError(`--region ${JSON.stringify(options.region)} is not an AWS region (e.g. us-east-1)`);
}

/** The rules' levels and parameters: --config's file, checked whole, or the defaults. */
function auditSettings(options: Options) {
    let config: unknown;
    if (options.config !== undefined) {
        let text: string;
        try {
            text = fs.readFileSync(options.config, "utf8");
        } catch (e) {
            throw new UsageError(`--config ${JSON.stringify(options.config)} cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
        try {
            config = JSON.parse(text);
        } catch (e) {
            throw new UsageError(`--config ${JSON.stringify(options.config)} is not JSON: ${(e as Error).message}`);
        }
    }
    const { settings, problems } = resolveGuardrailConfig(config);
    if (problems.length) throw new UsageError(`--config ${JSON.stringify(options.config)} is not a valid guardrails configuration:\n  ${problems.join("\n  ")}`);
    return settings;
}

/**
 * Applies the guardrails to live clients: a pool's, or the stack's (read live, since the state may have drifted).
 * Returns 3 when a rule at a mandatory level fails.
 */
async function audit(options: Options): Promise<number> {
    const settings = auditSettings(options);
    let requests: ImportRequest[];
    let region = options.region;
    let stack: string | undefined;
    let regionSource = options.region ? "--region" : "the pool ID";
    if (options.pool) {
        region ??= options.pool.split("_")[0];
        const api = new UserPoolClientApi({ region });
        let listed: { clientId: string; name: string }[];
        try {
            listed = await api.list(options.pool);
        } catch (e) {
            throw explain(e, { pool: options.pool, region, regionSource });
        }
        requests = listed.map((c) => ({ name: c.name, id: `${options.pool}/${c.clientId}` }));
    } else {
        const dir = options.cwd ?? process.cwd();
        if (!isPulumiProject(dir)) throw new UsageError(`audit reads the current stack, but ${dir} is no Pulumi project directory: run it there, or pass --cwd <dir>, or audit a pool with --pool`);
        const exported = readExport(mustPulumi(options, ["stack", "export"]));
        stack = options.stack ?? (mustPulumi(options, ["stack", "--show-name"]).trim() || undefined);
        region = resolveRegion(options, true);
        regionSource = options.region ? "--region" : region ? "the stack's aws:region" : "the AWS SDK's default";
        requests = stackClients(exported, CHECKED_TYPES);
    }
    requests.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)); // the same order at every run
    const provider = new UserPoolClientProvider();
    const clients: AuditedClient[] = [];
    const progress = new Progress("reading clients", requests.length);
    for (const request of requests) {
        const { userPoolId, clientId } = parseImportId(request.id);
        let read;
        try {
            read = await readForAdoption(provider, request, { region });
        } catch (e) {
            throw explain(e, { pool: userPoolId, region, regionSource });
        }
        if (!read) {
            console.error(`skipping ${request.name} (${request.id}): no such client in region ${region ?? "(the AWS SDK's default)"} (${regionSource})`);
            continue;
        }
        clients.push({ userPoolId, clientId, clientName: read.outputs.name ?? request.name, props: { ...read.inputs }, ...(options.pool ? {} : { resourceName: request.name }) });
        progress.tick(clients.length);
    }
    const result = auditClients(clients, settings, stack);
    if (options.json) {
        const rules = GUARDRAIL_RULES.map((r) => ({ id: r.id, description: r.description, severity: r.severity, level: settings.get(r.id)!.level, parameters: settings.get(r.id)!.params }));
        console.log(JSON.stringify({ ...(options.pool ? { userPoolId: options.pool } : { stack }), rules, ...result }, null, 2));
    } else {
        console.log(auditTable(result));
    }
    return result.failed ? 3 : 0;
}

async function main(argv: string[]): Promise<number> {
    try {
        const options = parseArguments(argv);
        if ("help" in options) {
            console.log(options.help);
            return 0;
        }
        if (options.command === "audit") return await audit(options);
        if (options.command === "iam-policy") iamPolicy(options);
        else await (options.command === "adopt" ? adopt(options) : options.command === "migrate" ? migrate(options) : recover(options));
        return 0;
    } catch (e) {
        console.error(`pulumi-cognito-clients: ${(e as Error).message}`);
        if (e instanceof UsageError) {
            console.error(USAGE);
            return 2;
        }
        return 1;
    }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
