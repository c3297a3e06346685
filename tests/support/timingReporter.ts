/**
 * The spec reporter, then where the time went: the busy time of each layer (unit, local-cognito, integration,
 * acceptance, e2e) and the ten slowest suites, so nobody has to parse logs to see it.
 *
 * A suite's time is the sum of the durations mocha measures for its tests and hooks. Run serially, that is its wall
 * time; run in parallel (`--parallel`), suites overlap, so the layers add up to more than the run's wall time, which
 * is printed beside them.
 */
import * as Mocha from "mocha";
import * as fs from "fs";
import * as path from "path";
import { SuiteTime, TIMING_RECORD, timingSummary } from "./timing";

const { EVENT_HOOK_END, EVENT_RUN_BEGIN, EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_PASS } = Mocha.Runner.constants;

/** A test or hook as the runner reports it, serially or from a parallel worker. */
interface Timed {
    duration?: number;
    file?: string;
    titlePath(): string[];
    $$titlePath?: string[];
}

class TimingReporter extends Mocha.reporters.Spec {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
        super(runner, options);
        const bySuite = new Map<string, SuiteTime>();
        let rootHooksMs = 0;
        let start = Date.now();
        const add = (runnable: Timed) => {
            const ms = runnable.duration ?? 0;
            if (!runnable.file) {
                rootHooksMs += ms;
                return;
            }
            const title = (runnable.$$titlePath ?? runnable.titlePath())[0] ?? "";
            const key = `${runnable.file}\0${title}`;
            const entry = bySuite.get(key) ?? { file: runnable.file, title, ms: 0 };
            entry.ms += ms;
            bySuite.set(key, entry);
        };
        runner.on(EVENT_RUN_BEGIN, () => (start = Date.now()));
        runner.on(EVENT_TEST_PASS, add);
        runner.on(EVENT_TEST_FAIL, add);
        runner.on(EVENT_HOOK_END, add);
        runner.once(EVENT_RUN_END, () => {
            const suites = [...bySuite.values()];
            for (const line of timingSummary(suites, Date.now() - start, rootHooksMs)) Mocha.reporters.Base.consoleLog(line);
            recordFileTimes(suites);
        });
    }
}

/** Merges this run's time of each file into the record `npm test` orders its next parallel run by. */
function recordFileTimes(suites: SuiteTime[]): void {
    try {
        const byFile: Record<string, number> = {};
        for (const s of suites) {
            const file = path.relative(process.cwd(), s.file);
            byFile[file] = (byFile[file] ?? 0) + s.ms;
        }
        const previous = fs.existsSync(TIMING_RECORD) ? JSON.parse(fs.readFileSync(TIMING_RECORD, "utf8")) : {};
        fs.mkdirSync(path.dirname(TIMING_RECORD), { recursive: true });
        fs.writeFileSync(TIMING_RECORD, JSON.stringify({ ...previous, ...byFile }, null, 1));
    } catch (e) {
        Mocha.reporters.Base.consoleLog(`[timing] could not record the file times in ${TIMING_RECORD}: ${(e as Error).message}`);
    }
}

export = TimingReporter;
