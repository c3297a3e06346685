/**
 * A team's choices for the rules: each rule's enforcement level and parameters, in the shape of Pulumi's policy
 * pack configuration (`pulumi preview --policy-pack-config <file>`), so that the pack and the audit read one file:
 *
 *     { "all": "mandatory",
 *       "cognito-client-token-lifetimes": { "enforcementLevel": "mandatory", "maxRefreshTokenDays": 7 },
 *       "cognito-client-public-client-pkce": "disabled" }
 *
 * Pure. Every problem of a configuration is returned at once, naming the key, the rule and the value received.
 */
import { ENFORCEMENT_LEVELS, EnforcementLevel, GUARDRAIL_RULES, GuardrailRule, ParameterSpec, ParameterValue, defaultParameters } from "./rules";

export interface RuleSetting {
    level: EnforcementLevel;
    params: Record<string, ParameterValue>;
}

/** What a team may give: a level, or a level and parameters, per rule; `all` sets every rule's level. */
export type GuardrailConfig = Record<string, EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)>;

const describe = (value: unknown): string => (value === undefined ? "nothing" : JSON.stringify(value));

function levelProblem(key: string, value: unknown): string | undefined {
    if (typeof value === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(value)) return undefined;
    return `${key}: the enforcement level must be one of ${ENFORCEMENT_LEVELS.join(", ")}; received ${describe(value)}`;
}

function parameterProblem(key: string, spec: ParameterSpec, value: unknown): string | undefined {
    if (spec.type === "integer") {
        if (typeof value === "number" && Number.isInteger(value) && value >= spec.minimum) return undefined;
        return `${key}: must be an integer of at least ${spec.minimum}; received ${describe(value)}`;
    }
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) return undefined;
    return `${key}: must be a list of strings; received ${describe(value)}`;
}

/** Whether a rule's fix changes nothing users rely on, so that `remediate` may apply it. */
const canRemediate = (rule: GuardrailRule): boolean => rule.remediate !== undefined;

/** Each rule's level and parameters under a configuration (absent: the defaults), with every problem found. */
export function resolveGuardrailConfig(config: unknown): { settings: Map<string, RuleSetting>; problems: string[] } {
    const problems: string[] = [];
    const entries = config === undefined ? {} : config;
    if (entries === null || typeof entries !== "object" || Array.isArray(entries)) {
        return { settings: new Map(), problems: [`the configuration must be an object of rule IDs (and "all"); received ${describe(config)}`] };
    }
    const given = entries as Record<string, unknown>;
    const ids = GUARDRAIL_RULES.map((r) => r.id);
    for (const key of Object.keys(given)) {
        if (key !== "all" && !ids.includes(key)) problems.push(`${key}: no such rule; the rules are ${ids.join(", ")} (and "all" sets every level)`);
    }
    let allLevel: EnforcementLevel | undefined;
    if (given.all !== undefined) {
        const all = typeof given.all === "object" && given.all !== null && !Array.isArray(given.all) ? (given.all as Record<string, unknown>).enforcementLevel : given.all;
        const problem = levelProblem("all", all);
        if (problem) problems.push(problem);
        else allLevel = all as EnforcementLevel;
    }
    const settings = new Map<string, RuleSetting>();
    for (const rule of GUARDRAIL_RULES) {
        const entry = given[rule.id];
        const setting: RuleSetting = { level: allLevel ?? rule.defaultLevel, params: defaultParameters(rule) };
        if (typeof entry === "string" || (entry !== undefined && (entry === null || typeof entry !== "object" || Array.isArray(entry)))) {
            const problem = levelProblem(rule.id, entry);
            if (problem) problems.push(problem);
            else setting.level = entry as EnforcementLevel;
        } else if (entry !== undefined) {
            for (const [name, value] of Object.entries(entry as Record<string, unknown>)) {
                if (name === "enforcementLevel") {
                    const problem = levelProblem(`${rule.id}.enforcementLevel`, value);
                    if (problem) problems.push(problem);
                    else setting.level = value as EnforcementLevel;
                    continue;
                }
                const spec = rule.parameters[name];
                if (!spec) {
                    const names = Object.keys(rule.parameters);
                    problems.push(`${rule.id}.${name}: no such parameter; ${names.length ? `the rule's parameters are ${names.join(", ")}` : "the rule has no parameters"} (and enforcementLevel)`);
                    continue;
                }
                const problem = parameterProblem(`${rule.id}.${name}`, spec, value);
                if (problem) problems.push(problem);
                else setting.params[name] = value as ParameterValue;
            }
        }
        if (setting.level === "remediate" && !canRemediate(rule)) {
            // As the policy SDK does: a rule with no fix reports at remediate as it does at mandatory.
            setting.level = "mandatory";
        }
        settings.set(rule.id, setting);
    }
    return { settings, problems };
}
