/**
 * One version everywhere: package.json's is the plugin's (its archives are named with it), the schema's, and every
 * generated SDK's, as their files declare it; `npm run release:artifacts` refuses to write a release otherwise.
 */
import { expect } from "chai";
import { declaredVersions } from "../../scripts/releaseArtifacts";
import { archiveName, packageVersion } from "../../scripts/packagePlugin";

describe("one version everywhere", () => {
    it("package.json's version is the schema's and each SDK's, wherever they state it", () => {
        const version = packageVersion();
        const declared = declaredVersions();
        expect(Object.keys(declared)).to.have.length.at.least(7);
        for (const [file, stated] of Object.entries(declared)) expect(stated, file).to.equal(version);
    });

    it("the plugin's archives carry it in their names, as the engine looks them up", () => {
        expect(archiveName(packageVersion(), "linux-amd64")).to.equal(`pulumi-resource-cognito-app-client-v${packageVersion()}-linux-amd64.tar.gz`);
    });
});
