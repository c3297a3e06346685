/**
 * The live audit: the guardrails applied to clients as Cognito describes them (`pulumi-cognito-clients audit`), as a
 * table or JSON. Pure: the command reads the clients and hands them here.
 */
import type { StackExport } from "../adoption/recovery";
import { formatImportId } from "../importId";
import { RuleSetting } from "./config";
import { ClientProps, EnforcementLevel, Finding, GUARDRAIL_RULES, Severity } from "./rules";

export interface AuditedClient {
    userPoolId: string;
    clientId: string;
    clientName: string;
    /** The client's arguments, read live. */
    props: ClientProps;
    /** The stack's resource name, in an audit by stack. */
    resourceName?: string;
}

export interface AuditFinding extends Finding {
    rule: string;
    severity: Severity;
    level: Exclude<EnforcementLevel, "disabled">;
}

export interface AuditResult {
    clients: (Omit<AuditedClient, "props"> & { findings: AuditFinding[] })[];
    /** Findings at mandatory (or remediate, which an audit cannot apply) level. */
    failed: number;
    findings: number;
}

/**
 * The app clients a stack manages, of the three types the guardrails check, as `<userPoolId>/<clientId>` with their
 * resource names: the audit reads each live, since the state may have drifted.
 */
export function stackClients(exported: StackExport, types: readonly string[]): { name: string; id: string }[] {
    type StateResource = NonNullable<NonNullable<StackExport["deployment"]>["resources"]>[number] & { outputs?: Record<string, unknown> };
    const poolOf = (r: StateResource) => r.outputs?.userPoolId ?? r.inputs?.userPoolId;
    return ((exported.deployment?.resources ?? []) as StateResource[])
        .filter((r) => types.includes(r.type) && typeof r.id === "string" && r.id !== "" && typeof poolOf(r) === "string")
        .map((r) => ({ name: r.urn.slice(r.urn.lastIndexOf("::") + 2), id: formatImportId({ userPoolId: poolOf(r) as string, clientId: r.id! }) }));
}

/** Every enabled rule on every client. */
export function auditClients(clients: readonly AuditedClient[], settings: ReadonlyMap<string, RuleSetting>, stack?: string): AuditResult {
    const result: AuditResult = { clients: [], failed: 0, findings: 0 };
    for (const { props, ...client } of clients) {
        const findings: AuditFinding[] = [];
        for (const rule of GUARDRAIL_RULES) {
            const setting = settings.get(rule.id)!;
            if (setting.level === "disabled") continue;
            for (const finding of rule.check(props, { stack, params: setting.params })) {
                findings.push({ rule: rule.id, severity: rule.severity, level: setting.level, ...finding });
            }
        }
        result.clients.push({ ...client, findings });
        result.findings += findings.length;
        result.failed += findings.filter((f) => f.level !== "advisory").length;
    }
    return result;
}

/** The findings as a table of client, rule, level and what to change, with a summary line. */
export function auditTable(result: AuditResult): string {
    const rows = result.clients.flatMap((c) => c.findings.map((f) => [
        `${c.resourceName ?? c.clientName} (${c.clientId})`,
        f.rule.replace(/^cognito-client-/, ""),
        f.level,
        `${f.property}: ${f.problem}. Fix: ${f.fix}.`,
    ]));
    const clean = result.clients.filter((c) => !c.findings.length).map((c) => c.resourceName ?? c.clientName);
    const lines: string[] = [];
    if (rows.length) {
        const header = ["CLIENT", "RULE (cognito-client-…)", "LEVEL", "WHAT TO CHANGE"];
        const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
        const line = (cells: string[]) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join("  ");
        lines.push(line(header), ...rows.map(line));
    }
    const failedRules = new Set(result.clients.flatMap((c) => c.findings.filter((f) => f.level !== "advisory").map((f) => f.rule)));
    lines.push(
        `${result.clients.length} client(s) audited: ${result.findings} finding(s), ${result.failed} at a mandatory level${failedRules.size ? ` (${[...failedRules].join(", ")})` : ""}` +
            `${clean.length ? `; no finding for ${clean.join(", ")}` : ""}`,
    );
    return lines.join("\n");
}
