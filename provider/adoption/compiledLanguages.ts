/**
 * Program code for adopted clients in Java and Go, over the SDKs generated from the package schema
 * (`com.pulumi.cognitoappclient`, `github.com/.../sdk/go/cognitoappclient`). The same arguments as the other
 * languages' code (`significantArguments`), so the code previews no changes; no secret is written: a custom secret
 * reads the stack's secret configuration, images are read from the files written beside the code. Each value is
 * written as the SDK's type for its schema property: an object type by its generated `...Args`, a JSON document
 * (the branding style's settings) parsed from its text.
 *
 * Pure.
 */
import { RESOURCE, SchemaProperty, TYPES } from "./otherLanguages";
import { ClientCode, camelCase, significantArguments } from "./programCode";

/** How a language writes each kind of value. */
interface Writer {
    object(typeName: string, fields: [string, string][]): string;
    list(items: string[], item: SchemaProperty | undefined): string;
    map(entries: [string, string][]): string;
    json(value: unknown): string;
    scalar(value: unknown): string;
}

/** The name of the schema's object type of a property, e.g. `UserPoolClientTokenValidityUnits`. */
const typeNameOf = (property: SchemaProperty | undefined) => property?.$ref?.replace(/^#\/types\/[^:]+:[^:]+:/, "");

function write(value: unknown, property: SchemaProperty | undefined, w: Writer): string {
    if (property?.$ref === "pulumi.json#/Any") return w.json(value);
    if (Array.isArray(value)) return w.list(value.map((item) => write(item, property?.items, w)), property?.items);
    if (value !== null && typeof value === "object") {
        const ref = property?.$ref?.replace(/^#\/types\//, "");
        if (ref && TYPES[ref]) return w.object(typeNameOf(property)!, Object.entries(value).map(([k, v]) => [k, write(v, TYPES[ref].properties[k], w)]));
        return w.map(Object.entries(value).map(([k, v]) => [k, write(v, property?.additionalProperties, w)]));
    }
    return w.scalar(value);
}

const javaString = (s: string) => JSON.stringify(s);
const JAVA: Writer = {
    object: (type, fields) => `${type}Args.builder()${fields.map(([k, v]) => `.${k}(${v})`).join("")}.build()`,
    list: (items) => items.join(", "),
    map: (entries) => `Map.of(${entries.map(([k, v]) => `${javaString(k)}, ${v}`).join(", ")})`,
    json: (value) => `json(${javaString(JSON.stringify(value))})`,
    scalar: (value) => (typeof value === "string" ? javaString(value) : JSON.stringify(value)),
};

const JAVA_KEYWORDS = new Set(["abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "var", "record", "yield", "ctx", "config"]);

/** Unique variable names for the clients, in a language's rules. */
function variables(clients: ClientCode[], name: (resourceName: string) => string, reserved: Set<string>): string[] {
    const taken = new Set<string>();
    return clients.map((client) => {
        let variable = name(client.resourceName);
        if (/^[0-9]/.test(variable) || reserved.has(variable)) variable = `${variable}Client`;
        for (let n = 2, base = variable; taken.has(variable); n++) variable = `${base}${n}`;
        taken.add(variable);
        return variable;
    });
}

/** The arguments of one client, each as `[name, code]`; images and the custom secret as the language reads them. */
function argumentsOf(client: ClientCode, w: Writer, options: { region?: string }, secret: (key: string) => string, file: (name: string) => string): [string, string][] {
    const args: [string, string][] = [];
    for (const [key, value] of Object.entries(significantArguments(client.inputs, options))) {
        if (key === "clientSecret") args.push([key, secret(client.secretConfigKey!)]);
        else if (key === "managedLoginBranding" && client.brandingFiles) continue;
        else if (key === "uiCustomization" && client.uiFiles) continue;
        else args.push([key, write(value, RESOURCE.inputProperties[key], w)]);
    }
    if (client.brandingFiles) {
        const { settings, assets } = client.brandingFiles;
        const fields: [string, string][] = [];
        if (settings !== undefined) fields.push(["settings", w.json(settings)]);
        fields.push(["assets", w.list(assets.map((a) => w.object("UserPoolClientBrandingAsset", [
            ["category", w.scalar(a.category)], ["colorMode", w.scalar(a.colorMode)], ["extension", w.scalar(a.extension)],
            ...(a.resourceId !== undefined ? [["resourceId", w.scalar(a.resourceId)] as [string, string]] : []),
            ["bytes", file(a.file)],
        ])), RESOURCE_ASSETS)]);
        args.push(["managedLoginBranding", w.object("UserPoolClientManagedLoginBranding", fields)]);
    }
    if (client.uiFiles) {
        const { css, file: logo } = client.uiFiles;
        args.push(["uiCustomization", w.object("UserPoolClientUiCustomization", [...(css !== undefined ? [["css", w.scalar(css)] as [string, string]] : []), ["imageFile", file(logo)]])]);
    }
    return args;
}

/** The schema property of the branding style's assets: a list of the asset type. */
const RESOURCE_ASSETS: SchemaProperty = { $ref: "#/types/cognito-app-client:index:UserPoolClientBrandingAsset" };

/** A comment for a logo that could not be saved, which the user saves where the code reads it. */
const logoNotes = (clients: ClientCode[], prefix: string) =>
    clients.filter((c) => c.uiFiles && !c.uiFiles.saved).map((c) => `${prefix} Save the logo Cognito serves at ${c.uiFiles!.imageUrl} as ${c.uiFiles!.file}.`);

/**
 * A Java class, `CognitoClients` (in the default package: add your package line), whose `declare(ctx)` declares the
 * clients; call it from the program's `Pulumi.run(ctx -> { CognitoClients.declare(ctx); ... })`.
 */
export function javaProgramCode(clients: ClientCode[], options: { region?: string; header?: string } = {}): string {
    const needsFiles = clients.some((c) => c.brandingFiles || c.uiFiles);
    const needsJson = clients.some((c) => c.brandingFiles?.settings !== undefined || c.inputs.managedLoginBranding?.settings !== undefined);
    const lines: string[] = [];
    if (options.header) lines.push(...options.header.split("\n").map((l) => `// ${l}`.trimEnd()));
    lines.push(...logoNotes(clients, "//"));
    lines.push(
        "import com.pulumi.Context;",
        "import com.pulumi.cognitoappclient.UserPoolClient;",
        "import com.pulumi.cognitoappclient.UserPoolClientArgs;",
        "import com.pulumi.cognitoappclient.inputs.*;",
        "import java.util.Map;",
        ...(needsFiles ? ["import java.io.IOException;", "import java.io.UncheckedIOException;", "import java.nio.file.Files;", "import java.nio.file.Path;", "import java.util.Base64;"] : []),
        "",
        "public final class CognitoClients {",
        "    private CognitoClients() {}",
        "",
        "    public static void declare(Context ctx) {",
    );
    const names = variables(clients, camelCase, JAVA_KEYWORDS);
    clients.forEach((client, i) => {
        const secret = (key: string) => `ctx.config().requireSecret(${javaString(key)})`;
        const file = (name: string) => `base64(${javaString(name)})`;
        if (client.secretConfigKey) lines.push(`        // A custom secret: set it with \`pulumi config set --secret ${client.secretConfigKey} <the client's secret>\`.`);
        lines.push(`        var ${names[i]} = new UserPoolClient(${javaString(client.resourceName)}, UserPoolClientArgs.builder()`);
        for (const [key, code] of argumentsOf(client, JAVA, options, secret, file)) lines.push(`            .${key}(${code})`);
        lines.push("            .build());");
    });
    lines.push("    }");
    if (needsFiles) {
        lines.push("", "    private static String base64(String file) {", "        try {", "            return Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of(file)));", "        } catch (IOException e) {", "            throw new UncheckedIOException(e);", "        }", "    }");
    }
    if (needsJson) lines.push("", "    private static Object json(String text) {", "        return new com.google.gson.Gson().fromJson(text, Object.class);", "    }");
    lines.push("}", "");
    return lines.join("\n");
}

const goName = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const GO: Writer = {
    object: (type, fields) => `&cognitoappclient.${type}Args{${fields.map(([k, v]) => `${goName(k)}: ${v}`).join(", ")}}`,
    list: (items, item) => {
        const type = typeNameOf(item);
        if (type) return `cognitoappclient.${type}Array{${items.join(", ")}}`;
        return `pulumi.StringArray{${items.join(", ")}}`;
    },
    map: (entries) => `pulumi.StringMap{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ")}}`,
    json: (value) => `pulumi.Any(jsonValue(${JSON.stringify(JSON.stringify(value))}))`,
    scalar: (value) => (typeof value === "string" ? `pulumi.String(${JSON.stringify(value)})` : typeof value === "boolean" ? `pulumi.Bool(${value})` : `pulumi.Int(${value})`),
};
const GO_KEYWORDS = new Set(["break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var", "ctx", "cfg", "err", "pulumi", "config", "cognitoappclient"]);

/**
 * A Go file of package main whose `declareCognitoClients(ctx)` declares the clients; call it from the program's
 * `pulumi.Run`, e.g. `pulumi.Run(declareCognitoClients)`.
 */
export function goProgramCode(clients: ClientCode[], options: { region?: string; header?: string } = {}): string {
    const needsFiles = clients.some((c) => c.brandingFiles || c.uiFiles);
    const needsJson = clients.some((c) => c.brandingFiles?.settings !== undefined || c.inputs.managedLoginBranding?.settings !== undefined);
    const needsConfig = clients.some((c) => c.secretConfigKey);
    const lines: string[] = [];
    if (options.header) lines.push(...options.header.split("\n").map((l) => `// ${l}`.trimEnd()));
    lines.push(...logoNotes(clients, "//"));
    const imports = [
        ...(needsFiles ? ['"encoding/base64"'] : []),
        ...(needsJson ? ['"encoding/json"'] : []),
        ...(needsFiles ? ['"os"'] : []),
        "",
        '"github.com/pulumi-cognito-user-pool-client/pulumi-cognito-user-pool-client/sdk/go/cognitoappclient"',
        '"github.com/pulumi/pulumi/sdk/v3/go/pulumi"',
        ...(needsConfig ? ['"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"'] : []),
    ].filter((line, i, all) => line !== "" || (i > 0 && i < all.length - 1));
    lines.push("package main", "", "import (", ...imports.map((l) => (l ? `\t${l}` : "")), ")", "", "func declareCognitoClients(ctx *pulumi.Context) error {");
    const names = variables(clients, camelCase, GO_KEYWORDS);
    clients.forEach((client, i) => {
        const secret = (key: string) => `config.RequireSecret(ctx, ${JSON.stringify(key)})`;
        const file = (name: string) => `pulumi.String(base64File(${JSON.stringify(name)}))`;
        if (client.secretConfigKey) lines.push(`\t// A custom secret: set it with \`pulumi config set --secret ${client.secretConfigKey} <the client's secret>\`.`);
        lines.push(`\t${names[i]}, err := cognitoappclient.NewUserPoolClient(ctx, ${JSON.stringify(client.resourceName)}, &cognitoappclient.UserPoolClientArgs{`);
        for (const [key, code] of argumentsOf(client, GO, options, secret, file)) lines.push(`\t\t${goName(key)}: ${code},`);
        lines.push("\t})", "\tif err != nil {", "\t\treturn err", "\t}", `\t_ = ${names[i]}`);
    });
    lines.push("\treturn nil", "}");
    if (needsFiles) lines.push("", "func base64File(file string) string {", "\tdata, err := os.ReadFile(file)", "\tif err != nil {", "\t\tpanic(err)", "\t}", "\treturn base64.StdEncoding.EncodeToString(data)", "}");
    if (needsJson) lines.push("", "func jsonValue(text string) interface{} {", "\tvar value interface{}", "\tif err := json.Unmarshal([]byte(text), &value); err != nil {", "\t\tpanic(err)", "\t}", "\treturn value", "}");
    lines.push("");
    return lines.join("\n");
}
