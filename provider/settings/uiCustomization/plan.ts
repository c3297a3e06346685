/**
 * Pure: the customization's normal form (CSS verbatim, the logo as its SHA-256 digest, never the image), the request
 * that sets it, how refresh reads Cognito's answer (the logo by its URL), what an update does, and what errors mean.
 */
import { createHash } from "crypto";
import type { ClientOutputs } from "../../clientArgs";
import { CognitoApiError, withHelp } from "../../errors";
import { containsUnknown, deepEqual } from "../../json";
import type { UiCustomization, UiCustomizationInputs, UiCustomizationOutputs } from "./args";

/** What SetUICustomization sends besides the pool and the client: both or either; neither removes the client's own. */
export interface UiRequest {
    css?: string;
    image?: Uint8Array;
}

/** Cognito's answer (UICustomizationType), for this client or the pool's `ALL`, or empty. */
export interface UiAnswer {
    clientId?: string;
    css?: string;
    cssVersion?: string;
    imageUrl?: string;
}

type Stored = Partial<ClientOutputs & UiCustomizationInputs & UiCustomizationOutputs>;

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The normal form, from the program's arguments (base64 logo) or from stored outputs (its digest): the CSS verbatim
 * (empty as none: Cognito keeps no empty sheet apart), the logo's digest. Neither is no customization. A value not
 * known until apply is kept as it is, so the diff counts it as a change.
 */
export function normalizeUi(ui: UiCustomization | undefined): UiCustomization | undefined {
    if (ui === undefined || ui === null || containsUnknown(ui)) return ui ?? undefined;
    const imageSha256 = typeof ui.imageFile === "string" ? sha256(Buffer.from(ui.imageFile, "base64")) : ui.imageSha256;
    const normal: UiCustomization = { ...(ui.css ? { css: ui.css } : {}), ...(imageSha256 !== undefined ? { imageSha256 } : {}) };
    return Object.keys(normal).length ? normal : undefined;
}

/** The request that sets the program's customization: the CSS and the logo together, as Cognito replaces both. */
export function uiRequest(ui: UiCustomization | undefined): UiRequest {
    return { ...(ui?.css ? { css: ui.css } : {}), ...(typeof ui?.imageFile === "string" ? { image: Buffer.from(ui.imageFile, "base64") } : {}) };
}

/** The client's own customization in an answer: one for `ALL`, or an empty one, is none of its own. */
export const ownCustomization = (answer: UiAnswer | undefined, clientId: string): UiAnswer | undefined => (answer?.clientId === clientId ? answer : undefined);

/** A digest no program's logo has: the logo was replaced outside Pulumi, and only its URL says so. */
export const replacedLogoDigest = (imageUrl: string) => `replaced outside Pulumi: ${imageUrl}`;

/**
 * What refresh (and import, with nothing stored) records from the client's own customization. Cognito returns the
 * logo's URL, never its bytes: while the URL is the stored one the stored digest stands; a different URL means a logo
 * set outside Pulumi, read back as a digest no program's logo can equal, so the diff shows an update and update sends
 * the program's logo again.
 */
export function uiOutputs(own: UiAnswer | undefined, stored: Stored = {}): Record<string, unknown> {
    if (!own) return { uiCustomization: undefined, uiCustomizationImageUrl: undefined, uiCustomizationCssVersion: undefined };
    const storedDigest = normalizeUi(stored.uiCustomization)?.imageSha256;
    const imageSha256 = own.imageUrl === undefined ? undefined
        : own.imageUrl === stored.uiCustomizationImageUrl && storedDigest !== undefined ? storedDigest
        : replacedLogoDigest(own.imageUrl);
    return {
        uiCustomization: normalizeUi({ css: own.css, imageSha256 }),
        uiCustomizationImageUrl: own.imageUrl,
        uiCustomizationCssVersion: own.cssVersion,
    };
}

/** The outputs of a set: the program's customization in the normal form, and what Cognito answered. */
export const setOutputs = (ui: UiCustomization | undefined, answer: UiAnswer): Record<string, unknown> => ({
    uiCustomization: normalizeUi(ui),
    uiCustomizationImageUrl: answer.imageUrl,
    uiCustomizationCssVersion: answer.cssVersion,
});

/** Whether reading the client must get its customization: its state has one. */
export const usesUi = (stored: Stored): boolean => stored.uiCustomization !== undefined || stored.uiCustomizationImageUrl !== undefined || stored.uiCustomizationCssVersion !== undefined;

export type UiStep = "set" | "remove";

/** What an update does: set the program's customization (CSS and logo together), remove the client's own, or nothing. */
export function plannedUiWork(olds: Stored, news: UiCustomizationInputs): UiStep | undefined {
    const after = normalizeUi(news.uiCustomization);
    if (after === undefined) return usesUi(olds) ? "remove" : undefined;
    return deepEqual(after, normalizeUi(olds.uiCustomization)) ? undefined : "set";
}

/** Cognito's answer when the pool has no domain: [obs] "There has to be an existing domain associated with this user pool". */
export const isNoDomainError = (error: unknown): boolean =>
    error instanceof CognitoApiError && error.awsErrorName === "InvalidParameterException" && /existing domain associated with this user pool/i.test(error.message);

/** An error of a UI customization call, with what to do when that is the cause. */
export function explainUiError(error: unknown, userPoolId: string): Error {
    if (!isNoDomainError(error)) return error as Error;
    const e = error as CognitoApiError;
    return withHelp(e, `uiCustomization needs a domain on user pool ${userPoolId}: create the domain first (aws.cognito.UserPoolDomain) and give the client dependsOn: [domain], so that the domain exists before the client's customization is set and goes after it. ${e.message}`);
}
