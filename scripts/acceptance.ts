/**
 * The acceptance suite's runner side: its variables, the refusal to start against AWS without the opt-in or with a
 * local endpoint set, what a run will create, and the sweeper that deletes what an interrupted run left behind.
 * Scripts and tests share it: scripts/test-aws.ts, scripts/sweep-aws.ts, tests/support/acceptance.ts.
 *
 * Every user pool of a run is named `<ACCEPTANCE_PREFIX><run ID>-<label>-<n>` and tagged `ACCEPTANCE_TAG = <run ID>`;
 * the sweeper deletes a pool only when both say it is one, and only after its cut-off age.
 */
import {
    DeleteUserPoolCommand,
    DeleteUserPoolDomainCommand,
    DescribeUserPoolCommand,
    DescribeUserPoolCommandOutput,
    ListUserPoolsCommand,
    ListUserPoolsCommandOutput,
} from "@aws-sdk/client-cognito-identity-provider";
import * as crypto from "crypto";
import { CognitoApiError, UserPoolClientApi } from "../provider/aws";

/** Every user pool of an acceptance run is named `<ACCEPTANCE_PREFIX><run ID>-…`; the sweeper looks for nothing else. */
export const ACCEPTANCE_PREFIX = "pcupc-acceptance-";
/** The tag every acceptance pool carries, whose value is the run's ID. */
export const ACCEPTANCE_TAG = "pulumi-cognito-user-pool-client:acceptance-run";

/** The variables of `npm run test:aws` (docs/developing.md, "Against a real AWS account"). */
export const ACCEPTANCE_VARIABLES = {
    /** Must be "aws" for the suite to run against AWS; unset, it runs against the local Cognito API. */
    target: "COGNITO_ACCEPTANCE_TARGET",
    /** The opt-in: must be "1" for anything to be created in an AWS account. */
    optIn: "COGNITO_ACCEPTANCE",
    /** "1" allows an Essentials-tier pool (the SSO session and branding scenarios); otherwise they are skipped on AWS. */
    essentials: "COGNITO_ACCEPTANCE_ESSENTIALS",
    /** "1" allows a Plus-tier pool with threat protection and a domain (the threat protection, CIMD and classic hosted UI scenarios). */
    plus: "COGNITO_ACCEPTANCE_PLUS",
    /** The run's ID (set by scripts/test-aws.ts so that the plan it prints names the pools); a random one otherwise. */
    runId: "COGNITO_ACCEPTANCE_RUN_ID",
} as const;

export type TargetKind = "local" | "aws";

export function targetKind(env: NodeJS.ProcessEnv = process.env): TargetKind {
    return env[ACCEPTANCE_VARIABLES.target] === "aws" ? "aws" : "local";
}

/** A run ID: eight lowercase hexadecimal characters. */
export function newRunId(): string {
    return crypto.randomBytes(4).toString("hex");
}


/** Deletes a user pool and, first, its Cognito domain: Cognito refuses to delete a pool that still has one. */
export async function deletePoolWithDomain(api: UserPoolClientApi, userPoolId: string): Promise<void> {
    let described: DescribeUserPoolCommandOutput;
    try {
        described = await api.send<DescribeUserPoolCommandOutput>("describing", `user pool ${userPoolId}`, new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
    } catch (e) {
        if (e instanceof CognitoApiError && e.awsErrorName === "ResourceNotFoundException") return;
        throw e;
    }
    const domain = described.UserPool?.Domain ?? described.UserPool?.CustomDomain;
    if (domain) await api.send("deleting", `domain ${domain}`, new DeleteUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: domain }));
    await api.send("deleting", `user pool ${userPoolId}`, new DeleteUserPoolCommand({ UserPoolId: userPoolId }));
}


/** Why a run against AWS must not start, from the environment alone; empty when it may. */
export function preflightProblems(env: NodeJS.ProcessEnv): string[] {
    const problems: string[] = [];
    if (env[ACCEPTANCE_VARIABLES.optIn] !== "1") {
        problems.push(`${ACCEPTANCE_VARIABLES.optIn} is ${env[ACCEPTANCE_VARIABLES.optIn] === undefined ? "not set" : `"${env[ACCEPTANCE_VARIABLES.optIn]}"`}; set ${ACCEPTANCE_VARIABLES.optIn}=1 to allow this run to create and delete Cognito user pools in the AWS account of your environment`);
    }
    const endpoints = Object.keys(env).filter((k) => k.startsWith("AWS_ENDPOINT_URL") && env[k]).sort();
    if (endpoints.length) {
        problems.push(`${endpoints.join(", ")} ${endpoints.length === 1 ? "is" : "are"} set (${endpoints.map((k) => env[k]).join(", ")}); a run against AWS must reach the real service: unset ${endpoints.length === 1 ? "it" : "them"}`);
    }
    if (env.LOCAL_COGNITO !== undefined) problems.push(`LOCAL_COGNITO is set ("${env.LOCAL_COGNITO}"); it chooses a local API, which a run against AWS does not use: unset it`);
    return problems;
}

export interface RunPlan {
    account: string;
    caller: string;
    region: string;
    runId: string;
    essentials: boolean;
    plus?: boolean;
}

/** What a run will create, printed before it starts. */
export function planText(plan: RunPlan): string {
    return [
        `account ${plan.account} (${plan.caller}), region ${plan.region}, run ${plan.runId}`,
        `creates: user pools named ${ACCEPTANCE_PREFIX}${plan.runId}-<scenario>-<n>, tagged ${ACCEPTANCE_TAG}=${plan.runId}, in the Lite tier` +
            (plan.essentials ? `, and one in the Essentials tier with session tracking (${ACCEPTANCE_VARIABLES.essentials}=1)` : ` (Essentials-tier scenarios skipped: set ${ACCEPTANCE_VARIABLES.essentials}=1 to run them)`) +
            (plan.plus ? `, and one in the Plus tier with threat protection (audit) and a Cognito domain (${ACCEPTANCE_VARIABLES.plus}=1)` : ` (Plus-tier scenarios skipped: set ${ACCEPTANCE_VARIABLES.plus}=1 to run them)`),
        `         about a dozen app clients in them, one user who signs in (one monthly active user), and one Pulumi stack with a local file backend`,
        `deletes: every pool it made, at the end of each scenario file, on failure and on Ctrl-C; then any pool of this run still there`,
    ].join("\n");
}

/** Every user pool of the account in the API module's region, through every page. */
export async function listPools(api: UserPoolClientApi): Promise<{ id: string; name: string; created?: Date }[]> {
    const pools: { id: string; name: string; created?: Date }[] = [];
    let NextToken: string | undefined;
    do {
        const page = await api.send<ListUserPoolsCommandOutput>("listing", "user pools", new ListUserPoolsCommand({ MaxResults: 60, NextToken }));
        for (const p of page.UserPools ?? []) pools.push({ id: p.Id!, name: p.Name!, created: p.CreationDate });
        NextToken = page.NextToken;
    } while (NextToken);
    return pools;
}

export interface SweepOptions {
    /** The package's API module, with its retries and pacing. */
    api: UserPoolClientApi;
    /** Delete prefixed pools created before this moment (default: an hour before now). */
    createdBefore?: Date;
    /** Only the pools of this run, whatever their age (the end of a run). */
    runId?: string;
    /** List what would be deleted, delete nothing. */
    dryRun?: boolean;
    log?: (line: string) => void;
}

export interface SweepResult {
    deleted: string[];
    kept: { id: string; name: string; reason: string }[];
}

export const SWEEP_AGE_MINUTES = 60;

/**
 * Deletes acceptance pools: named with the prefix (and the run's ID when given), tagged by a run, and created
 * before the cut-off. Every other pool of the account is left alone and not even described.
 */
export async function sweep(options: SweepOptions): Promise<SweepResult> {
    const { api, dryRun = false, log = () => undefined } = options;
    const createdBefore = options.createdBefore ?? new Date(Date.now() - SWEEP_AGE_MINUTES * 60_000);
    const prefix = options.runId ? `${ACCEPTANCE_PREFIX}${options.runId}-` : ACCEPTANCE_PREFIX;
    const result: SweepResult = { deleted: [], kept: [] };
    const candidates = (await listPools(api)).filter((p) => p.name.startsWith(prefix));
    for (const pool of candidates) {
        const keep = (reason: string) => {
            result.kept.push({ id: pool.id, name: pool.name, reason });
            log(`keeping ${pool.id} ${pool.name}: ${reason}`);
        };
        if (!options.runId && !(pool.created && pool.created < createdBefore)) {
            keep(`created ${pool.created?.toISOString() ?? "at an unknown time"}, not before ${createdBefore.toISOString()}`);
            continue;
        }
        const described = await api.send<DescribeUserPoolCommandOutput>("describing", `user pool ${pool.id}`, new DescribeUserPoolCommand({ UserPoolId: pool.id }));
        const run = described.UserPool?.UserPoolTags?.[ACCEPTANCE_TAG];
        if (!run || !pool.name.startsWith(`${ACCEPTANCE_PREFIX}${run}-`)) {
            keep(`its name has the prefix but it has no ${ACCEPTANCE_TAG} tag of the run its name gives`);
            continue;
        }
        log(`${dryRun ? "would delete" : "deleting"} ${pool.id} ${pool.name} (run ${run}, created ${pool.created?.toISOString()})`);
        try {
            if (!dryRun) await deletePoolWithDomain(api, pool.id);
            result.deleted.push(pool.id);
        } catch (e) {
            keep(`could not delete it: ${(e as Error).message}`); // e.g. deletion protection turned on by hand
        }
    }
    return result;
}
