/**
 * The acceptance suite's target: the Cognito API its scenarios run against, and everything they make there.
 *
 * The same scenario files run against the local Cognito API in "live mode" (part of `npm test`) and against the AWS
 * account and region of the caller's environment (`npm run test:aws`, scripts/test-aws.ts). Only this set-up
 * differs. In both, the scenarios use real Cognito operations only, through the package's API module (its retries
 * and pacing): no emulator routes, no resets.
 *
 * Every user pool made here carries the run's prefix in its name and the run's ID in a tag, and is deleted by the
 * suite that made it, on failure too, and on SIGINT/SIGTERM. `npm run sweep:aws` (scripts/sweep-aws.ts) deletes
 * what a killed run still left, by the same prefix and tag.
 */
import { CreateUserPoolCommand, CreateUserPoolCommandOutput, CreateUserPoolDomainCommand, SetUserPoolSessionConfigurationCommand } from "@aws-sdk/client-cognito-identity-provider";
import * as fs from "fs";
import * as path from "path";
import { UserPoolClientApi } from "../../provider/aws";
import { ACCEPTANCE_PREFIX, ACCEPTANCE_TAG, ACCEPTANCE_VARIABLES, TargetKind, deletePoolWithDomain, newRunId, targetKind } from "../../scripts/acceptance";
import { UserPoolClientProvider } from "../../provider/provider";
import { BehaviourRow, behaviourRows, resolveRow } from "../../scripts/behaviourTable";
import { ROOT } from "../../scripts/engine";
import { withDirectoryLock } from "./lock";
import { LOCAL_AWS_ENV } from "../../scripts/local-cognito";
import { motoEndpoint } from "./hooks";

export { ACCEPTANCE_PREFIX, ACCEPTANCE_TAG, ACCEPTANCE_VARIABLES };

export interface PoolOptions {
    /** The pool's feature plan. Default LITE: an acceptance pool is in Essentials only when a scenario needs it. */
    tier?: "LITE" | "ESSENTIALS" | "PLUS";
    /** Turn the pool's session tracking on (the SSO session scenario needs it). */
    sessionTracking?: boolean;
    /** Threat protection's mode (`UserPoolAddOns.AdvancedSecurityMode`, Plus tier). */
    threatProtection?: "AUDIT" | "ENFORCED";
    /** Give the pool a Cognito domain with the classic hosted UI (version 1), named after the pool. */
    classicDomain?: boolean;
}

/** One observed behaviour: a row of docs/local-cognito.md, and whether the service did what the row says. */
export interface Observation {
    /** `<group> › <behaviour>`: the row's group (its last bold row above) and its first cell, without markup. */
    row: string;
    agrees: boolean;
    /** What was observed, or the assertion's message when it differs. */
    detail: string;
    scenario: string;
}

export interface AcceptanceReport {
    target: TargetKind;
    runId: string;
    region: string;
    startedAt: string;
    observations: Observation[];
}

/** The directory of the reports (git-ignored). */
export const REPORT_DIR = path.join(ROOT, ".tools", "acceptance");

class Target {
    readonly kind: TargetKind = targetKind();
    readonly runId: string = process.env[ACCEPTANCE_VARIABLES.runId] || newRunId();
    /** The package's API module: every call the suite makes goes through its retries and pacing. */
    readonly api = new UserPoolClientApi();
    /** Essentials-tier pools are free of charge locally; on AWS only with the explicit flag. */
    readonly essentialsAllowed: boolean = this.kind === "local" || process.env[ACCEPTANCE_VARIABLES.essentials] === "1";
    /** Plus-tier pools likewise, with their own flag: threat protection is charged per monthly active user. */
    readonly plusAllowed: boolean = this.kind === "local" || process.env[ACCEPTANCE_VARIABLES.plus] === "1";
    private readonly pools = new Set<string>();
    private poolCounter = 0;
    private report: AcceptanceReport | undefined;
    private documentedRows: BehaviourRow[] | undefined;
    readonly reportFile: string;

    constructor() {
        this.reportFile = path.join(REPORT_DIR, `${this.kind}-${new Date().toISOString().slice(0, 10)}-${this.runId}.json`);
        const stop = (signal: NodeJS.Signals) => {
            process.stderr.write(`\n[acceptance] ${signal}: deleting the ${this.pools.size} user pool(s) this run made\n`);
            this.deleteAllPools().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
    }

    /** A provider as a Pulumi program's would be: the package's default retry policy, the caller's region. */
    provider(): UserPoolClientProvider {
        return new UserPoolClientProvider();
    }

    /** The environment a Pulumi program of the suite runs with: the local API's endpoint and test credentials, or the caller's own. */
    programEnv(): Record<string, string> {
        return this.kind === "local" ? { ...LOCAL_AWS_ENV, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: motoEndpoint() } : {};
    }

    async region(): Promise<string> {
        return (await this.api.region()) ?? "unknown";
    }

    /** Makes a user pool named with the run's prefix and tagged with its ID; the suite's clean-up deletes it. */
    async createPool(label: string, options: PoolOptions = {}): Promise<string> {
        const tier = options.tier ?? "LITE";
        if (tier === "ESSENTIALS" && !this.essentialsAllowed) {
            throw new Error(`${label}: an Essentials-tier pool needs ${ACCEPTANCE_VARIABLES.essentials}=1 (see the cost note in docs/developing.md)`);
        }
        if (tier === "PLUS" && !this.plusAllowed) throw new Error(`${label}: a Plus-tier pool needs ${ACCEPTANCE_VARIABLES.plus}=1 (see the cost note in docs/developing.md)`);
        const name = `${ACCEPTANCE_PREFIX}${this.runId}-${label}-${++this.poolCounter}`;
        const out = await this.api.send<CreateUserPoolCommandOutput>("creating", `user pool ${name}`, new CreateUserPoolCommand({
            PoolName: name,
            UserPoolTier: tier,
            UserPoolTags: { [ACCEPTANCE_TAG]: this.runId },
            DeletionProtection: "INACTIVE",
            ...(options.threatProtection ? { UserPoolAddOns: { AdvancedSecurityMode: options.threatProtection } } : {}),
        }));
        const id = out.UserPool!.Id!;
        this.pools.add(id);
        if (options.sessionTracking) {
            await this.api.send("configuring", `sessions of ${id}`, new SetUserPoolSessionConfigurationCommand({ UserPoolId: id, UserSessionTracking: "ENABLED", TokenSession: { MaxPerUser: 20 } }));
        }
        if (options.classicDomain) {
            const domain = `${ACCEPTANCE_PREFIX}${id.split("_")[1].toLowerCase()}`;
            await this.api.send("creating", `domain ${domain}`, new CreateUserPoolDomainCommand({ UserPoolId: id, Domain: domain, ManagedLoginVersion: 1 }));
        }
        return id;
    }

    /** Deletes a pool this run made (its domain first, which Cognito requires); a pool already gone is no error. */
    async deletePool(userPoolId: string): Promise<void> {
        await deletePoolWithDomain(this.api, userPoolId);
        this.pools.delete(userPoolId);
    }

    async deleteAllPools(): Promise<void> {
        for (const id of [...this.pools]) {
            await this.deletePool(id).catch((e) => process.stderr.write(`[acceptance] could not delete ${id}: ${(e as Error).message}\n`));
        }
    }

    /**
     * Checks one behaviour of docs/local-cognito.md and records the outcome in the run's report: `check` holds the
     * scenario's assertions about it; the test fails when they fail, and the report says how the service differed.
     */
    async confirm(row: string, scenario: string, check: () => unknown, observed = "as documented"): Promise<void> {
        this.documentedRows ??= behaviourRows(fs.readFileSync(path.join(ROOT, "docs", "local-cognito.md"), "utf8"));
        resolveRow(this.documentedRows, row); // a row the docs do not have is a mistake in the scenario
        try {
            await check();
            await this.record({ row, agrees: true, detail: observed, scenario });
        } catch (e) {
            await this.record({ row, agrees: false, detail: (e as Error).message, scenario });
            throw e;
        }
    }

    /** What a new report starts with: the run, its target and region, no observation yet. */
    private async newReport(): Promise<AcceptanceReport> {
        this.report ??= { target: this.kind, runId: this.runId, region: await this.region(), startedAt: new Date().toISOString(), observations: [] };
        return { ...this.report, observations: [] };
    }

    /**
     * Adds an observation to `reportFile`, written after every one so that an interrupted run keeps them. The workers
     * of a parallel run share its run ID (`npm test` sets it), so each adds to the file as it is on disk, under a lock.
     */
    private async record(observation: Observation): Promise<void> {
        const fresh = await this.newReport();
        fs.mkdirSync(path.dirname(this.reportFile), { recursive: true });
        withDirectoryLock(`${this.reportFile}.lock`, () => {
            const report: AcceptanceReport = fs.existsSync(this.reportFile) ? JSON.parse(fs.readFileSync(this.reportFile, "utf8")) : fresh;
            report.observations.push(observation);
            fs.writeFileSync(this.reportFile, JSON.stringify(report, null, 2) + "\n");
        });
    }
}

let target: Target | undefined;

/** The run's target, made on first use. */
export function acceptanceTarget(): Target {
    return (target ??= new Target());
}

export type AcceptanceTarget = Target;

/**
 * Mocha hooks for a scenario file: deletes the pools its tests made after it, whatever happened. Returns the target.
 */
export function useAcceptanceTarget(): Target {
    const t = acceptanceTarget();
    after(async function () {
        this.timeout(300_000);
        await t.deleteAllPools();
    });
    return t;
}

/** Skips the test (with its reason) when it needs an Essentials-tier pool and the run does not allow them. */
export function requirePlus(context: Mocha.Context, t: Target): void {
    if (!t.plusAllowed) {
        process.stdout.write(`      (skipped: needs a Plus-tier pool; set ${ACCEPTANCE_VARIABLES.plus}=1 to allow its cost)\n`);
        context.skip();
    }
}

export function requireEssentials(context: Mocha.Context, t: Target): void {
    if (!t.essentialsAllowed) {
        process.stdout.write(`      (skipped: needs an Essentials-tier pool; set ${ACCEPTANCE_VARIABLES.essentials}=1 to allow its cost)\n`);
        context.skip();
    }
}
