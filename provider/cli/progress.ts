/**
 * Progress of long work on standard error: on a terminal, one line rewritten in place ("reading clients 120/1000");
 * otherwise plain lines at every tenth of the way, so logs stay short.
 */
export class Progress {
    private lastTenth = -1;

    constructor(
        private readonly what: string,
        private readonly total: number,
        private readonly stream: NodeJS.WriteStream = process.stderr,
    ) {}

    /** `done` of `total` finished. */
    tick(done: number): void {
        if (this.total < 2) return;
        if (this.stream.isTTY) {
            this.stream.write(`\r${this.what} ${done}/${this.total}${done === this.total ? "\n" : ""}`);
            return;
        }
        const tenth = Math.floor((done * 10) / this.total);
        if (tenth !== this.lastTenth) {
            this.lastTenth = tenth;
            this.stream.write(`${this.what} ${done}/${this.total}\n`);
        }
    }
}
