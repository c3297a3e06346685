/**
 * The layout of provider/ as the design says (docs/developing.md): one folder per setting, a core that names no
 * setting, no circle of imports (type-only imports included), and pure modules that import neither the SDK nor the
 * transport. Read from the TypeScript sources, so a change that breaks the design fails here.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { CLIENT_SETTINGS } from "../../provider/settings";
import { circles, importGraph, importsOf, namesUsed, sources } from "../support/layout";

const ROOT = path.resolve(__dirname, "../../..");
const FILES = sources(ROOT, "provider");
const SETTING_FOLDERS = fs.readdirSync(path.join(ROOT, "provider/settings"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/** The core: every module at the top of provider/ (the tools beside the provider, adoption/ and cli/, may name settings). */
const CORE = [...FILES.keys()].filter((f) => /^provider\/[^/]+\.ts$/.test(f)).sort();

/** What names a setting: its arguments, its outputs, its operations, and its folder. */
const SETTING_NAMES = [...new Set(CLIENT_SETTINGS.flatMap((s) => [...Object.keys(s.rules), ...(s.computedOutputs ?? []), ...(s.secretOutputs ?? []), ...s.operations]).concat(SETTING_FOLDERS.map((f) => `settings/${f}`)))];

/** Modules that make no call: they import neither the AWS SDK nor the transport (aws.ts), not even for types. */
const PURE = [
    "provider/abort.ts", "provider/args.ts", "provider/clientArgs.ts", "provider/diff.ts", "provider/errors.ts", "provider/importId.ts", "provider/json.ts",
    "provider/mapping.ts", "provider/requests.ts", "provider/rules.ts", "provider/schema.ts", "provider/validate.ts",
    "provider/settings/setting.ts", "provider/settings/types.ts",
    "provider/guardrails/rules.ts", "provider/guardrails/config.ts", "provider/guardrails/audit.ts",
    ...[...FILES.keys()].filter((f) => /^provider\/settings\/[^/]+\/(args|rules|plan|lifecycle)\.ts$/.test(f)),
];

describe("the layout of provider/", () => {
    it("has no circle of imports, type-only imports included", () => {
        expect(circles(importGraph(FILES)).map((c) => c.join(" -> "))).to.deep.equal([]);
    });

    it("finds a circle when there is one (the check can fail)", () => {
        const withCircle = new Map(FILES);
        withCircle.set("provider/aws.ts", `${FILES.get("provider/aws.ts")}\nimport type { ClientSetting } from "./settings";\n`);
        const found = circles(importGraph(withCircle)).map((c) => c.join(" -> "));
        expect(found.some((c) => c.includes("provider/aws.ts") && c.includes("provider/settings/index.ts")), found.join("\n")).to.equal(true);
    });

    it("has one folder per setting, each in the list, with its arguments, rules, operations and steps", () => {
        expect(SETTING_FOLDERS).to.have.length(CLIENT_SETTINGS.length);
        for (const folder of SETTING_FOLDERS) {
            for (const file of ["index.ts", "args.ts", "rules.ts", "operations.ts"]) expect(FILES.has(`provider/settings/${folder}/${file}`), `provider/settings/${folder}/${file}`).to.equal(true);
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const exported = Object.values(require(path.join(ROOT, "build/provider/settings", folder)) as Record<string, unknown>);
            expect(CLIENT_SETTINGS.some((s) => exported.includes(s)), `the setting of settings/${folder} is in CLIENT_SETTINGS`).to.equal(true);
        }
    });

    for (const file of CORE) {
        it(`${file} names no setting (argument, output, operation or folder)`, () => {
            expect(namesUsed(FILES.get(file)!, SETTING_NAMES).map((u) => `${file}:${u.line}: ${u.name}`)).to.deep.equal([]);
        });
    }

    it("fails a core module that names a setting's operation (the check can fail)", () => {
        const named = namesUsed(`${FILES.get("provider/aws.ts")}\nconst op = "AddUserPoolClientSecret";\n// a comment may say DescribeTermsByClient\n`, SETTING_NAMES);
        expect(named.map((u) => u.name)).to.deep.equal(["AddUserPoolClientSecret"]);
    });

    for (const file of PURE) {
        it(`${file} imports neither the AWS SDK nor the transport`, () => {
            const imports = importsOf(FILES.get(file)!);
            const resolved = [...(importGraph(FILES).get(file) ?? [])];
            expect(imports.filter((s) => s.startsWith("@aws-sdk/")), "SDK imports").to.deep.equal([]);
            expect(resolved.filter((f) => f === "provider/aws.ts" || /\/operations\.ts$/.test(f)), "transport or operations imports").to.deep.equal([]);
        });
    }
});
