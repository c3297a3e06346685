import { expect } from "chai";
import { Progress } from "../../provider/cli/progress";

/** A stream that records what is written, a terminal or not. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
    const s = { isTTY, text: "", write(chunk: string) { s.text += chunk; return true; } };
    return s as unknown as NodeJS.WriteStream & { text: string };
}

describe("progress of long work", () => {
    it("on a terminal: one line, rewritten in place, ended at the last", () => {
        const out = stream(true);
        const p = new Progress("reading clients", 3, out);
        for (let i = 1; i <= 3; i++) p.tick(i);
        expect(out.text).to.equal("\rreading clients 1/3\rreading clients 2/3\rreading clients 3/3\n");
    });
    it("not on a terminal: plain lines at each tenth of 1000, eleven in all", () => {
        const out = stream(false);
        const p = new Progress("reading clients", 1000, out);
        for (let i = 1; i <= 1000; i++) p.tick(i);
        const lines = out.text.trim().split("\n");
        expect(lines).to.have.length(11);
        expect(lines[0]).to.equal("reading clients 1/1000");
        expect(lines[10]).to.equal("reading clients 1000/1000");
        expect(out.text).to.not.include("\r");
    });
    it("nothing for a single item", () => {
        const out = stream(false);
        new Progress("reading clients", 1, out).tick(1);
        expect(out.text).to.equal("");
    });
});
