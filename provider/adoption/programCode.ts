/**
 * Program code for adopted clients: one `new UserPoolClient(...)` per client, with exactly the arguments that
 * reproduce its live settings, so that the code pasted into a program previews no changes. Values Cognito applies
 * when an argument is left out are left out; secrets are never written: a generated secret is
 * `generateSecret: true`, a custom one reads the stack's secret configuration.
 *
 * Pure: it works on the arguments recovered from a client (`inputsFromOutputs`).
 */
import type { UserPoolClientInputs } from "../args";
import { normalizeForComparison } from "../mapping";
import { TOKEN_VALIDITIES as TOKEN_VALIDITY_SPECS } from "../schema";
import { futureAuthFlows } from "../validate";

/** One client to write code for. */
export interface ClientCode {
    /** The Pulumi resource name. */
    resourceName: string;
    /** The client's arguments as read from Cognito. */
    inputs: UserPoolClientInputs;
    /** The stack configuration key of its custom secret, when it has one. */
    secretConfigKey?: string;
    /** A branding style with images: its settings and the files its images were written to, relative to the code. */
    brandingFiles?: { settings?: Record<string, unknown>; assets: { category: string; colorMode: string; extension: string; resourceId?: string; file: string }[] };
    /**
     * A classic hosted UI customization with a logo: its CSS, the file the logo was saved to (relative to the code), and
     * the URL Cognito serves it from (said in a comment when it could not be saved).
     */
    uiFiles?: { css?: string; file: string; imageUrl: string; saved: boolean };
}

/** The order arguments are written in: as the argument table documents them. */
const ARGUMENT_ORDER: (keyof UserPoolClientInputs)[] = [
    "name", "userPoolId", "generateSecret", "clientSecret", "publishSecretsInAwsSecretsManager", "explicitAuthFlows", "allowedOauthFlowsUserPoolClient",
    "allowedOauthFlows", "allowedOauthScopes", "callbackUrls", "defaultRedirectUri", "logoutUrls", "supportedIdentityProviders",
    "readAttributes", "writeAttributes", "accessTokenValidity", "idTokenValidity", "refreshTokenValidity", "tokenValidityUnits",
    "preventUserExistenceErrors", "enableTokenRevocation", "enablePropagateAdditionalUserContextData", "authSessionValidity",
    "analyticsConfiguration", "refreshTokenRotation", "ssoSession", "managedLoginBranding", "terms", "cimdPolicies", "riskConfiguration", "uiCustomization", "region",
];

const TOKEN_VALIDITIES = ["accessTokenValidity", "idTokenValidity", "refreshTokenValidity"] as const;

/**
 * The arguments worth writing: those whose value differs from what Cognito applies when the argument is left
 * out. Units are written where they differ from Cognito's defaults (Cognito stores them, with or without a validity).
 */
export function significantArguments(inputs: UserPoolClientInputs, options: { region?: string } = {}): Partial<UserPoolClientInputs> {
    const normal = normalizeForComparison(inputs);
    const out: Record<string, unknown> = {};
    for (const key of ARGUMENT_ORDER) {
        const value = inputs[key];
        if (value === undefined) continue;
        if (key === "name" || key === "userPoolId") out[key] = value;
        else if (key === "region") {
            if (options.region === undefined || value !== options.region) out[key] = value;
        } else if (key === "clientSecret" || key === "generateSecret") {
            if (value) out[key] = value;
        } else if (key === "tokenValidityUnits") {
            const effective = normal.tokenValidityUnits as Record<string, string> | undefined;
            const defaults = Object.fromEntries(TOKEN_VALIDITY_SPECS.map((v) => [v.unitKey, v.defaultUnit]));
            const kept = Object.fromEntries(Object.entries(effective ?? {}).filter(([unit, v]) => v !== defaults[unit]));
            if (Object.keys(kept).length) out[key] = kept;
        } else if ((TOKEN_VALIDITIES as readonly string[]).includes(key)) {
            // Beside a unit that is not the default, even the default duration is written: unset differs there.
            const spec = TOKEN_VALIDITY_SPECS.find((v) => v.property === key)!;
            const unit = (normal.tokenValidityUnits as Record<string, string> | undefined)?.[spec.unitKey];
            if (normal[key] !== undefined || (unit !== undefined && unit !== spec.defaultUnit)) out[key] = value;
        } else if (key === "riskConfiguration") {
            // As Cognito describes it: its own form passes check (its normal form fills in event filters the
            // client may never have set, and drops an exception block that may be the only one).
            out[key] = value;
        } else if (normal[key] !== undefined) {
            // Lists of strings as sorted sets; objects and lists of objects (CIMD policies, by name) in their normal
            // form (e.g. without the service-linked role Cognito reports for analytics by application ARN, which the
            // program cannot give alongside it, or a policy's default cache duration).
            const strings = Array.isArray(value) && value.every((v) => typeof v === "string");
            out[key] = strings ? [...(value as string[])].sort() : typeof value === "object" ? normal[key] : value;
        }
    }
    // Flows this release does not know (AWS added them later) need the opt-in to pass check.
    if (futureAuthFlows(inputs.explicitAuthFlows).length) out.allowNewAuthFlows = true;
    return out as Partial<UserPoolClientInputs>;
}

/** A valid, unique TypeScript identifier for a resource name, e.g. "legacy web-app" → "legacyWebApp". */
export function variableName(resourceName: string, taken: Set<string>): string {
    let base = camelCase(resourceName);
    if (/^[0-9]/.test(base)) base = `client${base}`;
    if (RESERVED_WORDS.has(base)) base = `${base}Client`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    return name;
}

/** The words of a name joined in camel case, e.g. "legacy web-app" → "legacyWebApp"; "client" when it has none. */
export function camelCase(name: string): string {
    const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    return words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join("") || "client";
}

const RESERVED_WORDS = new Set([
    "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export",
    "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
    "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "let", "static", "yield", "await",
    "config", "pulumi", "UserPoolClient",
]);

function literal(value: unknown, indent: string): string {
    if (Array.isArray(value)) {
        const items = value.map((v) => literal(v, indent + "    "));
        const inline = `[${items.join(", ")}]`;
        return inline.length <= 100 ? inline : `[\n${items.map((i) => `${indent}    ${i},`).join("\n")}\n${indent}]`;
    }
    if (value !== null && typeof value === "object") {
        const fields = Object.entries(value).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v, indent + "    ")}`);
        return `{ ${fields.join(", ")} }`;
    }
    return JSON.stringify(value);
}

/** A TypeScript module that declares the clients, to paste into a program (or import from it). */
export function programCode(clients: ClientCode[], options: { region?: string; header?: string; module?: string } = {}): string {
    const taken = new Set<string>();
    const needsConfig = clients.some((c) => c.secretConfigKey !== undefined);
    const needsFiles = clients.some((c) => c.brandingFiles !== undefined || c.uiFiles !== undefined);
    const lines: string[] = [];
    if (options.header) lines.push(...options.header.split("\n").map((l) => `// ${l}`.trimEnd()));
    if (needsFiles) lines.push('import * as fs from "fs";', 'import * as path from "path";');
    if (needsConfig) lines.push('import * as pulumi from "@pulumi/pulumi";');
    // The dynamic resource's module, or the provider plugin's (`pulumi-cognito-user-pool-client/plugin`).
    lines.push(`import { UserPoolClient } from ${JSON.stringify(options.module ?? "pulumi-cognito-user-pool-client")};`, "");
    if (needsConfig) lines.push("const config = new pulumi.Config();", "");
    for (const client of clients) {
        const args = significantArguments(client.inputs, options);
        const body: string[] = [];
        for (const [key, value] of Object.entries(args)) {
            if (key === "clientSecret") {
                body.push(`    // A custom secret: set it with \`pulumi config set --secret ${client.secretConfigKey} <the client's secret>\`.`);
                body.push(`    clientSecret: pulumi.secret(config.requireSecret(${JSON.stringify(client.secretConfigKey)})),`);
            } else {
                body.push(`    ${key}: ${literal(value, "    ")},`);
            }
        }
        if (client.brandingFiles) {
            // Images are read from the files written beside this module, never pasted into code.
            const { settings, assets } = client.brandingFiles;
            body.push("    managedLoginBranding: {");
            if (settings !== undefined) body.push(`        settings: ${literal(settings, "        ")},`);
            body.push("        assets: [");
            for (const a of assets) {
                const id = a.resourceId !== undefined ? `, resourceId: ${JSON.stringify(a.resourceId)}` : "";
                body.push(`            { category: ${JSON.stringify(a.category)}, colorMode: ${JSON.stringify(a.colorMode)}, extension: ${JSON.stringify(a.extension)}${id}, bytes: fs.readFileSync(path.join(__dirname, ${JSON.stringify(a.file)})).toString("base64") },`);
            }
            body.push("        ],", "    },");
        }
        if (client.uiFiles) {
            // The logo is read from its file, never pasted into code; Cognito returns its URL, not its bytes.
            const { css, file, imageUrl, saved } = client.uiFiles;
            body.push("    uiCustomization: {");
            if (css !== undefined) body.push(`        css: ${literal(css, "        ")},`);
            if (!saved) body.push(`        // Save the logo Cognito serves at ${imageUrl} as ${file}.`);
            body.push(`        imageFile: fs.readFileSync(path.join(__dirname, ${JSON.stringify(file)})).toString("base64"),`, "    },");
        }
        lines.push(`export const ${variableName(client.resourceName, taken)} = new UserPoolClient(${JSON.stringify(client.resourceName)}, {`, ...body, "});", "");
    }
    return lines.join("\n");
}
