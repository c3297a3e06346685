/**
 * Adopting existing clients with `pulumi import --file`. The engine cannot import dynamic resources from an ID alone
 * (pulumi/pulumi#16175), but since CLI 3.254 an import file may carry each resource's inputs and outputs, and then
 * the engine stores them without calling the provider's Read. This reads each client as the provider does (so the
 * stored outputs are exactly what a refresh would store), names it, and builds the import file, with the provider
 * text the program itself would store and every secret marked secret, so that the next `pulumi up` of a program
 * declaring the same resources (see `programCode.ts`) previews no changes.
 */
import type { UserPoolClientInputs, UserPoolClientOutputs } from "../args";
import { formatImportId, parseImportId } from "../importId";
import { looksGenerated } from "../settings/secrets";
import { camelCase } from "./programCode";
import { UserPoolClientProvider } from "../provider";
import { RESOURCE_TOKEN } from "../plugin/package";
import { PROVIDER_KEY, PROVIDER_TEXT, USER_POOL_CLIENT_TYPE } from "../serialized";

export { USER_POOL_CLIENT_TYPE };

/** Pulumi's marker for a secret value in state files; the engine encrypts `plaintext` when it stores it. */
const SECRET_SIGNATURE = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };
const SECRET_OUTPUTS = ["clientSecret", "previousClientSecret"] as const;

export interface ImportRequest {
    /** The Pulumi resource name the program gives the client. */
    name: string;
    /** `<userPoolId>/<clientId>` */
    id: string;
    /** URN of the parent component, when the program declares the client inside one. */
    parent?: string;
}

export interface ImportFile {
    resources: {
        type: string;
        name: string;
        id: string;
        parent?: string;
        /** The dynamic resource's entries carry the state; the plugin reads the client by its ID. */
        inputs?: Record<string, unknown>;
        outputs?: Record<string, unknown>;
    }[];
}

/** A client read for adoption: what the import file stores and what the program code declares. */
export interface AdoptedClient {
    resourceName: string;
    /** `<userPoolId>/<clientId>` */
    importId: string;
    parent?: string;
    inputs: UserPoolClientInputs;
    outputs: UserPoolClientOutputs;
    /** Set for a client whose secret is custom: the stack configuration key the program code reads it from. */
    secretConfigKey?: string;
}


/** Reads one client as the provider's import does. Undefined when there is no such client. */
export async function readForAdoption(
    provider: UserPoolClientProvider,
    request: ImportRequest,
    options: { region?: string } = {},
): Promise<AdoptedClient | undefined> {
    parseImportId(request.id);
    const found = await provider.read(request.id, options.region ? ({ region: options.region } as never) : undefined);
    if (!found.id || !found.props) return undefined;
    const outputs = found.props as UserPoolClientOutputs;
    let inputs = found.inputs as unknown as UserPoolClientInputs;
    let secretConfigKey: string | undefined;
    if (outputs.clientSecret !== undefined && !looksGenerated(outputs.clientSecret)) {
        // A custom secret: the program passes it from secret configuration, never from code.
        const { generateSecret: _g, ...rest } = inputs;
        inputs = { ...rest, clientSecret: outputs.clientSecret };
        outputs.generateSecret = false;
        secretConfigKey = `${camelCase(request.name)}ClientSecret`;
    }
    return { resourceName: request.name, importId: request.id, parent: request.parent, inputs, outputs, secretConfigKey };
}

const secret = (value: unknown) => ({ ...SECRET_SIGNATURE, plaintext: JSON.stringify(value) });

/**
 * The `pulumi import --file` file for clients already read: as the dynamic resource (the state of each, as read), or,
 * `face: "plugin"`, as the provider plugin's resource, which the engine reads itself by `<userPoolId>/<clientId>`.
 */
export function importFileOf(clients: AdoptedClient[], face: "dynamic" | "plugin" = "dynamic"): ImportFile {
    return {
        resources: clients.map((client) => {
            const parent = client.parent ? { parent: client.parent } : {};
            if (face === "plugin") return { type: RESOURCE_TOKEN, name: client.resourceName, id: client.importId, ...parent };
            const outputs: Record<string, unknown> = { ...client.outputs };
            for (const key of SECRET_OUTPUTS) if (outputs[key] !== undefined) outputs[key] = secret(outputs[key]);
            const inputs: Record<string, unknown> = { ...client.inputs };
            if (inputs.clientSecret !== undefined) inputs.clientSecret = secret(inputs.clientSecret);
            return {
                type: USER_POOL_CLIENT_TYPE,
                name: client.resourceName,
                id: parseImportId(client.importId).clientId,
                ...parent,
                inputs: { ...inputs, [PROVIDER_KEY]: PROVIDER_TEXT },
                outputs: { ...outputs, [PROVIDER_KEY]: PROVIDER_TEXT },
            };
        }),
    };
}

/** Reads every requested client and builds the import file; a missing client is an error naming it. */
export async function buildImportFile(requests: ImportRequest[], options: { region?: string } = {}): Promise<ImportFile> {
    const provider = new UserPoolClientProvider();
    const clients: AdoptedClient[] = [];
    for (const request of requests) {
        const client = await readForAdoption(provider, request, options);
        if (!client) throw new Error(`importing Cognito user pool client (${request.id}): no such client in that user pool`);
        clients.push(client);
    }
    return importFileOf(clients);
}

/**
 * A Pulumi resource name for each client name: characters other than letters, digits, `_`, `.` and `-` become
 * `-`, and a name already taken (by another client here or by a resource of the stack) gets `-2`, `-3`, ...
 */
export function resourceNameFor(clientName: string, taken: Set<string>): string {
    const base = clientName.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^-+|-+$/g, "") || "client";
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return name;
}

export { formatImportId };

export { looksGenerated };
