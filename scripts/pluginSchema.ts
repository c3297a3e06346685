/**
 * Generates the provider plugin's package schema (`provider/plugin/schema.json`) from the TypeScript argument types
 * themselves: the members of `UserPoolClientArgs` and the outputs of the `UserPoolClient` class, with their doc
 * comments, and the validation rules (`ARGUMENT_RULES`) for what TypeScript cannot say (an integer). A member whose
 * type and rule disagree stops the generation. The unit test regenerates it and fails when the committed file differs.
 *
 *   node build/scripts/pluginSchema.js          writes provider/plugin/schema.json
 *   node build/scripts/pluginSchema.js --check  exits 1 when it is out of date
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import { REPLACE_PROPERTIES } from "../provider/args";
import { PLUGIN_DOWNLOAD_URL, PLUGIN_NAME, REPOSITORY, RESOURCE_TOKEN, SCHEMA_LANGUAGES } from "../provider/plugin/package";
import type { ArgumentRule } from "../provider/rules";
import { SECRET_OUTPUTS, SETTING_SOMETIMES_REPLACING } from "../provider/settings";
import { ARGUMENT_RULES } from "../provider/validate";

const ROOT = path.resolve(__dirname, "..", "..");
export const SCHEMA_FILE = path.join(ROOT, "provider", "plugin", "schema.json");

type SchemaType = Record<string, unknown>;
interface Property extends SchemaType { description?: string }

/** The arguments of the dynamic resource only: the `import` option's carrier. */
const DYNAMIC_ONLY = new Set(["importId"]);

/** `Input<X>`/`Output<X>` unwrapped, and `| undefined` dropped. */
function unwrap(node: ts.TypeNode): ts.TypeNode {
    if (ts.isTypeReferenceNode(node) && /^pulumi\.(Input|Output)$/.test(node.typeName.getText()) && node.typeArguments?.length === 1) return unwrap(node.typeArguments[0]);
    if (ts.isUnionTypeNode(node)) {
        const rest = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword);
        if (rest.length === 1) return unwrap(rest[0]);
    }
    if (ts.isParenthesizedTypeNode(node)) return unwrap(node.type);
    return node;
}

const optional = (node: ts.TypeNode): boolean =>
    ts.isTypeReferenceNode(node) && /^pulumi\.(Input|Output)$/.test(node.typeName.getText())
        ? optional(node.typeArguments![0])
        : ts.isUnionTypeNode(node) && node.types.some((t) => t.kind === ts.SyntaxKind.UndefinedKeyword);

/** The schema's description: the doc comment, with its `@default`. */
function description(symbol: ts.Symbol, checker: ts.TypeChecker): string | undefined {
    const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const fallback = symbol.getJsDocTags(checker).find((tag) => tag.name === "default");
    const defaultText = fallback ? ts.displayPartsToString(fallback.text).trim().replace(/^- /, "") : undefined;
    // Lines joined, paragraphs kept: the SDKs wrap descriptions themselves.
    const prose = text.replace(/([^\n])\n(?!\n)/g, "$1 ");
    const parts = [prose, defaultText ? `Default: ${defaultText}.`.replace(/\.\.$/, ".") : ""].filter(Boolean);
    return parts.length ? parts.join("\n\n") : undefined;
}

/** The object type an interface named `UserPoolClientXArgs` becomes: `cognito-app-client:index:UserPoolClientX`. */
const typeToken = (interfaceName: string) => `${PLUGIN_NAME}:index:${interfaceName.replace(/Args$/, "")}`;

class Generator {
    readonly types: Record<string, SchemaType> = {};
    constructor(private readonly checker: ts.TypeChecker) {}

    /** The schema of one member, checked against its rule (`rule` absent: an output no argument has). */
    property(symbol: ts.Symbol, at: string, rule: ArgumentRule | undefined): Property {
        const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
        if (!declaration || !(ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) || !declaration.type) throw new Error(`${at}: not a typed property`);
        const type = this.type(unwrap(declaration.type), at, rule);
        const text = description(symbol, this.checker);
        return { ...type, ...(text ? { description: text } : {}) };
    }

    private type(node: ts.TypeNode, at: string, rule: ArgumentRule | undefined): SchemaType {
        const expect = (...kinds: string[]) => {
            if (rule && !kinds.includes(rule.kind)) throw new Error(`${at}: the type ${node.getText()} disagrees with its rule, of kind ${rule.kind}`);
        };
        switch (node.kind) {
            case ts.SyntaxKind.StringKeyword: expect("string"); return { type: "string" };
            case ts.SyntaxKind.BooleanKeyword: expect("boolean"); return { type: "boolean" };
            case ts.SyntaxKind.NumberKeyword: expect("integer"); return { type: rule?.kind === "integer" || !rule ? "integer" : "number" };
        }
        if (ts.isArrayTypeNode(node)) {
            expect("list");
            return { type: "array", items: this.type(unwrap(node.elementType), `${at}[]`, rule?.kind === "list" ? rule.item : undefined) };
        }
        if (ts.isTypeReferenceNode(node)) {
            const name = node.typeName.getText();
            if (name === "Record" && node.typeArguments?.length === 2) {
                const value = unwrap(node.typeArguments[1]);
                if (value.kind === ts.SyntaxKind.UnknownKeyword) {
                    expect("json");
                    return { $ref: "pulumi.json#/Any" };
                }
                expect("map");
                return { type: "object", additionalProperties: this.type(value, `${at}{}`, rule?.kind === "map" ? rule.value : undefined) };
            }
            const local = this.checker.getSymbolAtLocation(node.typeName);
            const symbol = local && local.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(local) : local;
            const declaration = symbol?.declarations?.find(ts.isInterfaceDeclaration);
            if (!declaration) throw new Error(`${at}: ${name} is not an interface`);
            expect("object");
            return { $ref: `#/types/${this.objectType(declaration, at, rule?.kind === "object" ? rule.fields : undefined)}` };
        }
        throw new Error(`${at}: no schema type for ${node.getText()}`);
    }

    private objectType(declaration: ts.InterfaceDeclaration, at: string, fields: Record<string, ArgumentRule> | undefined): string {
        const token = typeToken(declaration.name.text);
        if (this.types[token]) return token;
        const type = this.checker.getTypeAtLocation(declaration);
        const properties: Record<string, Property> = {};
        const required: string[] = [];
        for (const member of type.getProperties()) {
            const name = member.getName();
            if (fields && !(name in fields)) throw new Error(`${at}.${name}: a member of ${declaration.name.text} that its rule does not know`);
            properties[name] = this.property(member, `${at}.${name}`, fields?.[name]);
            const node = (member.valueDeclaration as ts.PropertySignature).type!;
            if (!(member.flags & ts.SymbolFlags.Optional) && !optional(node)) required.push(name);
        }
        for (const name of Object.keys(fields ?? {})) if (!(name in properties)) throw new Error(`${at}.${name}: a field of the rule that ${declaration.name.text} lacks`);
        const text = description(this.checker.getSymbolAtLocation(declaration.name)!, this.checker);
        this.types[token] = { type: "object", ...(text ? { description: text } : {}), properties, ...(required.length ? { required } : {}) };
        return token;
    }
}

function program(): { checker: ts.TypeChecker; file: (name: string) => ts.SourceFile } {
    const files = ["provider/args.ts", "provider/resource.ts"].map((f) => path.join(ROOT, f));
    const prog = ts.createProgram(files, { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, skipLibCheck: true, noEmit: true });
    return { checker: prog.getTypeChecker(), file: (name) => prog.getSourceFile(path.join(ROOT, name))! };
}

function exported(file: ts.SourceFile, checker: ts.TypeChecker, name: string): ts.Symbol {
    const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(file)!).find((s) => s.getName() === name);
    if (!symbol) throw new Error(`${file.fileName} exports no ${name}`);
    return symbol;
}

/** The package schema: one resource, its inputs from `UserPoolClientArgs`, its outputs from the `UserPoolClient` class. */
export function pluginSchema(version: string): Record<string, unknown> {
    const { checker, file } = program();
    const generator = new Generator(checker);
    const replacing = REPLACE_PROPERTIES.filter((key) => !SETTING_SOMETIMES_REPLACING.includes(key));
    const marks = (name: string) => ({
        ...(SECRET_OUTPUTS.includes(name) ? { secret: true } : {}),
        ...((replacing as readonly string[]).includes(name) ? { replaceOnChanges: true } : {}),
    });

    const argsType = checker.getDeclaredTypeOfSymbol(exported(file("provider/args.ts"), checker, "UserPoolClientArgs"));
    const inputProperties: Record<string, Property> = {};
    const requiredInputs: string[] = [];
    for (const member of argsType.getProperties()) {
        const name = member.getName();
        const rule = (ARGUMENT_RULES as Record<string, ArgumentRule>)[name];
        if (!rule) throw new Error(`${name}: an argument without a rule in ARGUMENT_RULES`);
        inputProperties[name] = { ...generator.property(member, name, rule), ...marks(name) };
        if (!(member.flags & ts.SymbolFlags.Optional)) requiredInputs.push(name);
    }
    for (const name of Object.keys(ARGUMENT_RULES)) {
        if (!(name in inputProperties) && !DYNAMIC_ONLY.has(name)) throw new Error(`${name}: a rule of ARGUMENT_RULES that UserPoolClientArgs lacks`);
    }

    // The class's declared outputs, its own and the settings' (merged into it), not those of pulumi.CustomResource.
    const classType = checker.getDeclaredTypeOfSymbol(exported(file("provider/resource.ts"), checker, "UserPoolClient"));
    const properties: Record<string, Property> = {};
    const required: string[] = [];
    for (const member of classType.getProperties()) {
        const declaration = member.valueDeclaration as ts.PropertyDeclaration | undefined;
        if (!declaration?.type || !/^pulumi\.Output</.test(declaration.type.getText()) || !declaration.getSourceFile().fileName.startsWith(path.join(ROOT, "provider"))) continue;
        const name = member.getName();
        // An output that is also an argument has the argument's type (its object types are the arguments' ones).
        const fromInput = inputProperties[name];
        const text = description(member, checker) ?? fromInput?.description;
        const own = fromInput ? pick(fromInput) : generator.property(member, name, undefined);
        properties[name] = { ...own, ...(text ? { description: text } : {}), ...marks(name) };
        if (!optional(declaration.type)) required.push(name);
    }
    for (const name of Object.keys(inputProperties)) if (!(name in properties) && name !== "allowNewAuthFlows") throw new Error(`${name}: an argument the UserPoolClient class has no output for`);

    const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
    return {
        name: PLUGIN_NAME,
        displayName: "Amazon Cognito app clients",
        version,
        description: "Amazon Cognito user pool app clients with their secrets, SSO session, branding, terms, CIMD policies, threat protection and hosted UI, checked at preview.",
        keywords: ["pulumi", "aws", "cognito", "category/cloud", "kind/native"],
        license: "Apache-2.0",
        repository: `https://${REPOSITORY}`,
        publisher: "pulumi-cognito-user-pool-client",
        // Every SDK names it, so the engine fetches the plugin for a program that only installed an SDK.
        pluginDownloadURL: PLUGIN_DOWNLOAD_URL,
        // The Go SDK gets a go.mod of its own, the Python SDK a pyproject (as `pulumi package add` does).
        meta: { supportPack: true },
        config: {
            variables: {
                region: { type: "string", description: "The AWS region of clients that set no `region`. Default: the AWS SDK's default chain (AWS_REGION, the profile)." },
            },
        },
        provider: {
            description: "The cognito-app-client provider: where clients that set no `region` live.",
            inputProperties: { region: { type: "string", description: "The AWS region of clients that set no `region`. Default: the AWS SDK's default chain." } },
        },
        resources: {
            [RESOURCE_TOKEN]: {
                description: "An Amazon Cognito user pool app client, with the argument names of `aws.cognito.UserPoolClient`. Import one with `pulumi import " + RESOURCE_TOKEN + " <name> <userPoolId>/<clientId>`.",
                inputProperties,
                requiredInputs,
                properties,
                required,
            },
        },
        types: sorted(generator.types),
        language: SCHEMA_LANGUAGES,
    };
}

/** The type of an argument (without its description): the output of the same name shares it. */
function pick(property: Property): Property {
    const { description: _d, secret: _s, replaceOnChanges: _r, ...type } = property;
    return type;
}

export function schemaText(version: string): string {
    return JSON.stringify(pluginSchema(version), null, 2) + "\n";
}

if (require.main === module) {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version as string;
    const text = schemaText(version);
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, "utf8") : "";
    if (process.argv.includes("--check")) {
        if (current !== text) {
            console.error(`${path.relative(ROOT, SCHEMA_FILE)} is out of date: run node build/scripts/pluginSchema.js`);
            process.exit(1);
        }
    } else if (current !== text) {
        fs.writeFileSync(SCHEMA_FILE, text);
        console.log(`wrote ${path.relative(ROOT, SCHEMA_FILE)}`);
    }
}
