/**
 * Managed login branding styles' limits (`CreateManagedLoginBranding`): one style per client, a settings document and
 * up to 40 image assets of at most 1,000,000 bytes each, one per category and colour mode. A request is limited to
 * 2 MB; larger styles are sent in several requests, as the API reference says.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateManagedLoginBranding.html
 */
import { ArgumentRule, CrossFieldRule, describe, given, isObject, known } from "../../rules";
import { isUnknown } from "../../schema";
import type { BrandingInputs } from "./args";

export const ASSET_CATEGORIES = [
    "FAVICON_ICO", "FAVICON_SVG", "EMAIL_GRAPHIC", "SMS_GRAPHIC", "AUTH_APP_GRAPHIC", "PASSWORD_GRAPHIC", "PASSKEY_GRAPHIC",
    "PAGE_HEADER_LOGO", "PAGE_HEADER_BACKGROUND", "PAGE_FOOTER_LOGO", "PAGE_FOOTER_BACKGROUND", "PAGE_BACKGROUND",
    "FORM_BACKGROUND", "FORM_LOGO", "IDP_BUTTON_ICON",
] as const;
export const COLOR_MODES = ["LIGHT", "DARK", "DYNAMIC"] as const;
export const ASSET_EXTENSIONS = ["ICO", "JPEG", "PNG", "SVG", "WEBP"] as const;
export const BRANDING_LIMITS = {
    maxAssets: 40,
    maxAssetBytes: 1_000_000,
    resourceIdLength: { min: 1, max: 40 },
    /** The request-size limit the style is split under: 2 MB, read as 2,000,000 bytes of request body, to stay below either reading. */
    maxRequestBytes: 2_000_000,
} as const;

export const BRANDING_RULES: Record<keyof BrandingInputs, ArgumentRule> = {
    managedLoginBranding: {
        kind: "object",
        fields: {
            useCognitoProvidedValues: { kind: "boolean" },
            settings: { kind: "json" },
            assets: {
                kind: "list", maxItems: BRANDING_LIMITS.maxAssets,
                item: {
                    kind: "object",
                    fields: {
                        category: { kind: "string", required: true, oneOf: ASSET_CATEGORIES },
                        colorMode: { kind: "string", required: true, oneOf: COLOR_MODES },
                        extension: { kind: "string", required: true, oneOf: ASSET_EXTENSIONS },
                        bytes: { kind: "string", required: true, base64: { maxBytes: BRANDING_LIMITS.maxAssetBytes } },
                        resourceId: { kind: "string", minLength: BRANDING_LIMITS.resourceIdLength.min, maxLength: BRANDING_LIMITS.resourceIdLength.max, pattern: /^[\w\- ]+$/, patternText: "letters, digits, _, - and spaces" },
                    },
                },
            },
        },
    },
};

export const BRANDING_CROSS_FIELD_RULES: readonly CrossFieldRule<BrandingInputs>[] = [
    (inputs, fail) => {
        const branding = inputs.managedLoginBranding;
        if (!isObject(branding) || isUnknown(branding)) return;
        const p = "managedLoginBranding";
        // Settings or assets not known until apply may turn out to be none: only known ones conflict, and unknown ones may be the style.
        const custom = known(branding.settings) || known(branding.assets);
        const maybeCustom = given(branding.settings) || given(branding.assets);
        if (branding.useCognitoProvidedValues === true && custom) {
            fail(p, "useCognitoProvidedValues: true takes neither settings nor assets (Cognito applies its own default style); give one or the other");
        } else if (branding.useCognitoProvidedValues !== true && !maybeCustom && !isUnknown(branding.useCognitoProvidedValues)) {
            fail(p, `needs useCognitoProvidedValues: true, or settings (with assets if any); received ${describe(branding)}`);
        }
        const seen = new Set<string>();
        (Array.isArray(branding.assets) ? branding.assets : []).forEach((asset, i) => {
            if (!isObject(asset) || isUnknown(asset.category) || isUnknown(asset.colorMode)) return;
            const key = `${asset.category}/${asset.colorMode}`;
            if (seen.has(key)) fail(`${p}.assets[${i}]`, `repeats category ${asset.category} in colour mode ${asset.colorMode}; a style has one asset of each category and colour mode`);
            seen.add(key);
        });
    },
];
