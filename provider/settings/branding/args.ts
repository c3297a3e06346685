/** The managed login branding style's arguments and outputs; `UserPoolClientArgs` is composed from this part and the others. */
import type * as pulumi from "@pulumi/pulumi";

export interface UserPoolClientBrandingAssetArgs {
    /**
     * Where the image goes: `FAVICON_ICO`, `FAVICON_SVG`, `EMAIL_GRAPHIC`, `SMS_GRAPHIC`, `AUTH_APP_GRAPHIC`,
     * `PASSWORD_GRAPHIC`, `PASSKEY_GRAPHIC`, `PAGE_HEADER_LOGO`, `PAGE_HEADER_BACKGROUND`, `PAGE_FOOTER_LOGO`,
     * `PAGE_FOOTER_BACKGROUND`, `PAGE_BACKGROUND`, `FORM_BACKGROUND`, `FORM_LOGO`, `IDP_BUTTON_ICON`.
     */
    category: pulumi.Input<string>;
    /** `LIGHT`, `DARK` or `DYNAMIC` (browser-adaptive). One asset per category and colour mode. */
    colorMode: pulumi.Input<string>;
    /** `ICO`, `JPEG`, `PNG`, `SVG` or `WEBP`. */
    extension: pulumi.Input<string>;
    /** The image, base64: `fs.readFileSync("logo.png").toString("base64")`; at most 1,000,000 bytes decoded. */
    bytes: pulumi.Input<string>;
    /** An ID for the asset, 1–40 letters, digits, `_`, `-` and spaces. */
    resourceId?: pulumi.Input<string>;
}

export interface UserPoolClientManagedLoginBrandingArgs {
    /** `true`: Cognito's default style, with neither `settings` nor `assets`. */
    useCognitoProvidedValues?: pulumi.Input<boolean>;
    /** The style's settings, a JSON object as the branding editor exports it. */
    settings?: pulumi.Input<Record<string, unknown>>;
    /** Image assets, at most 40. */
    assets?: pulumi.Input<pulumi.Input<UserPoolClientBrandingAssetArgs>[]>;
}

/** The part of `UserPoolClientArgs` this setting owns. */
export interface BrandingArgs {
    /**
     * The client's managed login branding style: `{ useCognitoProvidedValues: true }` for Cognito's default style,
     * or `{ settings, assets }`. A client made through the API has no style, and with a managed login domain its
     * sign-in pages stay unavailable until it has one. Made after the client, changed in place, deleted when
     * removed, read only for clients that have one; settings compare as JSON values. The pool needs the Essentials
     * or Plus tier. Assets are kept in state as SHA-256 digests, not as images. Unset, no branding call is made.
     * Updates in place.
     * @default - no style
     */
    managedLoginBranding?: pulumi.Input<UserPoolClientManagedLoginBrandingArgs>;
}

export interface BrandingAsset {
    category: string;
    colorMode: string;
    extension: string;
    /** Base64 bytes: in the program's arguments. */
    bytes?: string;
    /** Hex SHA-256 of the bytes: in the outputs, which keep no images. */
    sha256?: string;
    resourceId?: string;
}

export interface ManagedLoginBranding {
    useCognitoProvidedValues?: boolean;
    settings?: Record<string, unknown>;
    assets?: BrandingAsset[];
}

export interface BrandingInputs {
    managedLoginBranding?: ManagedLoginBranding;
}

export interface BrandingOutputs {
    /** Cognito's ID of the branding style. */
    managedLoginBrandingId?: string;
}

/** Its outputs on the resource. */
export interface BrandingResourceOutputs {
    /** The branding style, with its assets as SHA-256 digests: as set, and as Cognito describes it after a refresh. */
    readonly managedLoginBranding: pulumi.Output<ManagedLoginBranding | undefined>;
    /** Cognito's ID of the branding style. */
    readonly managedLoginBrandingId: pulumi.Output<string | undefined>;
}
