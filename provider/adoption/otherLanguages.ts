/**
 * Program code for adopted clients in the languages the provider plugin serves besides TypeScript: a Pulumi YAML
 * `resources:` block and a Python module over the generated SDK (`pulumi_cognito_app_client`). The same arguments
 * as the TypeScript code (`significantArguments`), so the code previews no changes; no secret is written: a custom
 * secret reads the stack's secret configuration, images are read from the files written beside the code.
 *
 * Pure.
 */
import SCHEMA from "../plugin/schema.json";
import { RESOURCE_TOKEN } from "../plugin/package";
import { ClientCode, camelCase, significantArguments } from "./programCode";

export type ProgramLanguage = "typescript" | "yaml" | "python" | "java" | "go";
export const PROGRAM_LANGUAGES: readonly ProgramLanguage[] = ["typescript", "yaml", "python", "java", "go"];

/** The file each language's code is written to. */
export const CODE_FILES: Record<ProgramLanguage, string> = { typescript: "cognito-clients.ts", yaml: "cognito-clients.yaml", python: "cognito_clients.py", java: "CognitoClients.java", go: "cognito_clients.go" };

export type SchemaProperty = { type?: string; $ref?: string; items?: SchemaProperty; additionalProperties?: SchemaProperty };
/** The resource's inputs and the object types they use, as the package schema gives them. */
export const RESOURCE = (SCHEMA as unknown as { resources: Record<string, { inputProperties: Record<string, SchemaProperty> }> }).resources[RESOURCE_TOKEN];
export const TYPES = (SCHEMA as unknown as { types: Record<string, { properties: Record<string, SchemaProperty> }> }).types;

/** A value with the kind of each of its parts from the schema: objects of the schema's types, maps, lists, JSON. */
function walk(value: unknown, property: SchemaProperty | undefined, onObject: (fields: [string, unknown, SchemaProperty | undefined][]) => unknown, onMap: (entries: [string, unknown][]) => unknown, onList: (items: unknown[]) => unknown, onScalar: (value: unknown) => unknown): unknown {
    const recurse = (v: unknown, p: SchemaProperty | undefined) => walk(v, p, onObject, onMap, onList, onScalar);
    if (Array.isArray(value)) return onList(value.map((item) => recurse(item, property?.items)));
    if (value !== null && typeof value === "object") {
        const ref = property?.$ref?.replace(/^#\/types\//, "");
        if (ref && TYPES[ref]) return onObject(Object.entries(value).map(([k, v]) => [k, recurse(v, TYPES[ref].properties[k]), TYPES[ref].properties[k]]));
        // A map (rotateSecretWhenChanged) or a JSON document (branding settings): keys as they are.
        return onMap(Object.entries(value).map(([k, v]) => [k, recurse(v, property?.additionalProperties)]));
    }
    return onScalar(value);
}

const YAML_PLAIN = /^[A-Za-z_][\w./@-]*$/;
const yamlScalar = (value: unknown) => (typeof value === "string" && !YAML_PLAIN.test(value)) || typeof value === "string" && /^(true|false|null|yes|no|on|off|~)$/i.test(value) ? JSON.stringify(value) : typeof value === "string" ? value : JSON.stringify(value);
/** Flow style (JSON is YAML): one line per argument, exact. */
const yamlValue = (value: unknown, property: SchemaProperty | undefined): string =>
    walk(value, property,
        (fields) => `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(", ")} }`,
        (entries) => `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ")} }`,
        (items) => `[${items.join(", ")}]`,
        yamlScalar) as string;

/** A Pulumi YAML `resources:` block (and the `config:` its custom secrets read), to paste into Pulumi.yaml. */
export function yamlProgramCode(clients: ClientCode[], options: { region?: string; header?: string } = {}): string {
    const lines: string[] = [];
    if (options.header) lines.push(...options.header.split("\n").map((l) => `# ${l}`.trimEnd()));
    const secrets = clients.filter((c) => c.secretConfigKey);
    if (secrets.length) {
        lines.push("config:");
        for (const c of secrets) lines.push(`  # A custom secret: set it with \`pulumi config set --secret ${c.secretConfigKey} <the client's secret>\`.`, `  ${c.secretConfigKey}:`, "    type: string", "    secret: true");
    }
    lines.push("resources:");
    for (const client of clients) {
        lines.push(`  ${client.resourceName}:`, `    type: ${RESOURCE_TOKEN}`, "    properties:");
        for (const [key, value] of Object.entries(significantArguments(client.inputs, options))) {
            if (key === "clientSecret") lines.push(`      clientSecret: \${${client.secretConfigKey}}`);
            else if (key === "managedLoginBranding" && client.brandingFiles) continue;
            else if (key === "uiCustomization" && client.uiFiles) continue;
            else lines.push(`      ${key}: ${yamlValue(value, RESOURCE.inputProperties[key])}`);
        }
        if (client.brandingFiles) {
            const { settings, assets } = client.brandingFiles;
            lines.push("      managedLoginBranding:");
            if (settings !== undefined) lines.push(`        settings: ${yamlValue(settings, undefined)}`);
            lines.push("        assets:");
            for (const a of assets) {
                lines.push(`          - { category: ${a.category}, colorMode: ${a.colorMode}, extension: ${a.extension}${a.resourceId !== undefined ? `, resourceId: ${yamlScalar(a.resourceId)}` : ""}, bytes: { "fn::readFile": ${JSON.stringify(`./${a.file}.base64`)} } }`);
            }
        }
        if (client.uiFiles) {
            const { css, file, imageUrl, saved } = client.uiFiles;
            lines.push("      uiCustomization:");
            if (css !== undefined) lines.push(`        css: ${JSON.stringify(css)}`);
            if (!saved) lines.push(`        # Save the logo Cognito serves at ${imageUrl} as ${file}, and its base64 as ${file}.base64.`);
            lines.push(`        imageFile: { "fn::readFile": ${JSON.stringify(`./${file}.base64`)} }`);
        }
    }
    return lines.join("\n") + "\n";
}

/** Python's name of a schema property, as the Python SDK generator makes it (`allowedOauthFlows` → `allowed_oauth_flows`). */
export function pythonName(name: string): string {
    return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase();
}

const PY_KEYWORDS = new Set(["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "pulumi", "cognito", "config"]);
const pyScalar = (value: unknown) => (value === true ? "True" : value === false ? "False" : value === null ? "None" : JSON.stringify(value));
/** Object types as dicts with Python's names (the SDK's `...ArgsDict`), maps and JSON as they are. */
const pyValue = (value: unknown, property: SchemaProperty | undefined): string =>
    walk(value, property,
        (fields) => `{${fields.map(([k, v]) => `${JSON.stringify(pythonName(k))}: ${v}`).join(", ")}}`,
        (entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ")}}`,
        (items) => `[${items.join(", ")}]`,
        pyScalar) as string;

/** A Python module that declares the clients with the generated SDK, to import from `__main__.py` or paste. */
export function pythonProgramCode(clients: ClientCode[], options: { region?: string; header?: string } = {}): string {
    const needsFiles = clients.some((c) => c.brandingFiles || c.uiFiles);
    const lines: string[] = [];
    if (options.header) lines.push(...options.header.split("\n").map((l) => `# ${l}`.trimEnd()));
    if (needsFiles) lines.push("import base64", "import pathlib");
    lines.push("import pulumi", "import pulumi_cognito_app_client as cognito", "");
    if (clients.some((c) => c.secretConfigKey)) lines.push("config = pulumi.Config()", "");
    if (needsFiles) lines.push("", "def _base64(file: str) -> str:", "    return base64.b64encode((pathlib.Path(__file__).parent / file).read_bytes()).decode()", "", "");
    const taken = new Set<string>();
    for (const client of clients) {
        let variable = pythonName(camelCase(client.resourceName));
        if (/^[0-9]/.test(variable) || PY_KEYWORDS.has(variable)) variable = `${variable}_client`;
        for (let n = 2, base = variable; taken.has(variable); n++) variable = `${base}_${n}`;
        taken.add(variable);
        const args: string[] = [];
        for (const [key, value] of Object.entries(significantArguments(client.inputs, options))) {
            if (key === "clientSecret") args.push(`    # A custom secret: set it with \`pulumi config set --secret ${client.secretConfigKey} <the client's secret>\`.`, `    client_secret=config.require_secret(${JSON.stringify(client.secretConfigKey)}),`);
            else if ((key === "managedLoginBranding" && client.brandingFiles) || (key === "uiCustomization" && client.uiFiles)) continue;
            else args.push(`    ${pythonName(key)}=${pyValue(value, RESOURCE.inputProperties[key])},`);
        }
        if (client.brandingFiles) {
            const { settings, assets } = client.brandingFiles;
            args.push("    managed_login_branding={");
            if (settings !== undefined) args.push(`        "settings": ${pyValue(settings, undefined)},`);
            args.push(`        "assets": [`);
            for (const a of assets) args.push(`            {"category": ${JSON.stringify(a.category)}, "color_mode": ${JSON.stringify(a.colorMode)}, "extension": ${JSON.stringify(a.extension)}${a.resourceId !== undefined ? `, "resource_id": ${JSON.stringify(a.resourceId)}` : ""}, "bytes": _base64(${JSON.stringify(a.file)})},`);
            args.push("        ],", "    },");
        }
        if (client.uiFiles) {
            const { css, file, imageUrl, saved } = client.uiFiles;
            args.push("    ui_customization={");
            if (css !== undefined) args.push(`        "css": ${JSON.stringify(css)},`);
            if (!saved) args.push(`        # Save the logo Cognito serves at ${imageUrl} as ${file}.`);
            args.push(`        "image_file": _base64(${JSON.stringify(file)}),`, "    },");
        }
        lines.push(`${variable} = cognito.UserPoolClient(`, `    ${JSON.stringify(client.resourceName)},`, ...args, ")", "");
    }
    return lines.join("\n");
}
