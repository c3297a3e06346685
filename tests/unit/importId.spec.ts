import { expect } from "chai";
import { formatImportId, parseImportId } from "../../provider/importId";

const POOL_55 = "us-east-1_" + "A".repeat(45);
const POOL_56 = "us-east-1_" + "A".repeat(46);

describe("parseImportId", () => {
    const validIds: [string, string, string][] = [
        ["us-east-1_AbC123/1example23456789", "us-east-1_AbC123", "1example23456789"],
        ["pool_1/abc", "pool_1", "abc"],
        ["us-west-2_abc123/3ho4ek12345678909nh3fmhpko", "us-west-2_abc123", "3ho4ek12345678909nh3fmhpko"],
        ["eu-central-1_X/client_with+plus", "eu-central-1_X", "client_with+plus"],
        [`${POOL_55}/abc`, POOL_55, "abc"],
        [`us-east-1_AbC123/${"c".repeat(128)}`, "us-east-1_AbC123", "c".repeat(128)],
    ];
    for (const [id, userPoolId, clientId] of validIds) {
        it(`accepts ${JSON.stringify(id.length > 60 ? id.slice(0, 57) + "..." : id)}`, () => {
            expect(parseImportId(id)).to.deep.equal({ userPoolId, clientId });
            expect(formatImportId(parseImportId(id))).to.equal(id);
        });
    }

    const invalidIds: [string, unknown][] = [
        ["an empty ID", ""],
        ["three parts", "a/b/c"],
        ["three parts with valid pool and client", "us-east-1_AbC123/client/extra"],
        ["a missing client id", "us-east-1_AbC123/"],
        ["a missing user pool id", "/1example23456789"],
        ["a bare client id (no slash)", "1example23456789"],
        ["a bare user pool id (no slash)", "us-east-1_AbC123"],
        ["a user pool id without an underscore", "useast1AbC123/1example23456789"],
        ["a space in the user pool id", "us-east-1_AbC 123/1example23456789"],
        ["a dash in the client id", "us-east-1_AbC123/1example-23456789"],
        ["punctuation in the client id", "us-east-1_AbC123/client!"],
        ["a backslash as separator", "us-east-1_AbC123\\1example23456789"],
        ["surrounding whitespace", " us-east-1_AbC123/1example23456789 "],
        ["a 56-character user pool id", `${POOL_56}/abc`],
        ["a 129-character client id", `us-east-1_AbC123/${"c".repeat(129)}`],
        ["a number", 12345],
        ["undefined", undefined],
    ];
    for (const [title, id] of invalidIds) {
        it(`fails ${title}, stating the expected form and the value received`, () => {
            let error: unknown;
            try {
                parseImportId(id as string);
            } catch (e) {
                error = e;
            }
            expect(error, "parseImportId should throw").to.be.instanceOf(Error);
            const message = (error as Error).message;
            expect(message).to.include("user pool id");
            expect(message).to.include("client id");
            expect(message).to.include("<user pool id>/<client id>");
            if (id !== undefined) expect(message).to.include(JSON.stringify(id));
        });
    }
});
