/**
 * The plugin's package schema is generated from `UserPoolClientArgs`, the `UserPoolClient` class and the rules: the
 * committed file must be what the generator makes now, so a change of an argument that is not regenerated fails here.
 */
import { expect } from "chai";
import * as fs from "fs";
import { REPLACE_PROPERTIES } from "../../../provider/args";
import { RESOURCE_TOKEN } from "../../../provider/plugin/package";
import { SECRET_OUTPUTS, SETTING_SOMETIMES_REPLACING } from "../../../provider/settings";
import { ARGUMENT_RULES } from "../../../provider/validate";
import { SCHEMA_FILE, schemaText } from "../../../scripts/pluginSchema";

type Property = { type?: string; $ref?: string; secret?: boolean; replaceOnChanges?: boolean; description?: string; items?: Property };

describe("plugin schema", function () {
    this.timeout(30_000); // the TypeScript program behind the generator
    const committed = fs.readFileSync(SCHEMA_FILE, "utf8");
    const schema = JSON.parse(committed);
    const resource = schema.resources[RESOURCE_TOKEN] as { inputProperties: Record<string, Property>; properties: Record<string, Property>; requiredInputs: string[] };

    it("is what the generator makes from the argument types now (regenerate: node build/scripts/pluginSchema.js)", () => {
        const version = JSON.parse(fs.readFileSync(`${__dirname}/../../../../package.json`, "utf8")).version;
        expect(committed === schemaText(version), "provider/plugin/schema.json is out of date with UserPoolClientArgs").to.equal(true);
    });

    it("has an input for every argument rule but the dynamic resource's import carrier, and no other", () => {
        expect(Object.keys(resource.inputProperties).sort()).to.deep.equal(Object.keys(ARGUMENT_RULES).filter((k) => k !== "importId").sort());
        expect(resource.requiredInputs).to.deep.equal(["userPoolId"]);
    });

    it("marks the secrets secret, as inputs and outputs", () => {
        const secret = (props: Record<string, Property>) => Object.keys(props).filter((k) => props[k].secret).sort();
        expect(secret(resource.properties)).to.deep.equal([...SECRET_OUTPUTS].sort());
        expect(secret(resource.inputProperties)).to.deep.equal(SECRET_OUTPUTS.filter((k) => k in resource.inputProperties).sort());
    });

    it("marks replaceOnChanges the arguments that always replace, not a secret that a new value rotates in place", () => {
        const marked = Object.keys(resource.inputProperties).filter((k) => resource.inputProperties[k].replaceOnChanges).sort();
        expect(marked).to.deep.equal(REPLACE_PROPERTIES.filter((k) => !SETTING_SOMETIMES_REPLACING.includes(k)).sort());
        expect(marked).to.include.members(["userPoolId", "generateSecret"]).and.not.include("clientSecret");
    });

    it("takes integers from the rules, and every argument's doc comment", () => {
        const cases: [string, string][] = [["refreshTokenValidity", "integer"], ["authSessionValidity", "integer"], ["name", "string"], ["generateSecret", "boolean"], ["callbackUrls", "array"]];
        for (const [key, type] of cases) expect(resource.inputProperties[key].type, key).to.equal(type);
        const undocumented = Object.keys(resource.inputProperties).filter((k) => !resource.inputProperties[k].description);
        expect(undocumented).to.deep.equal([]);
        expect(resource.inputProperties.tokenValidityUnits.$ref).to.equal("#/types/cognito-app-client:index:UserPoolClientTokenValidityUnits");
    });
});
