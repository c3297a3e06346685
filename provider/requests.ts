/** The shape of a request to any Cognito operation: what the transport's generic send takes, and what settings send. */

/** How one operation is sent. */
export interface SendOptions<Output> {
    /** What the call does, for messages: "reading the branding style of". */
    action: string;
    /** What it works on, for messages: `<pool>/<client>`. */
    target: string;
    /** Runs after every failed attempt; a value it returns ends the call as its result (an ambiguous create's object). */
    recover?: (error: unknown, attempt: number) => Promise<Output | undefined>;
    /** "absent": a ResourceNotFoundException resolves to undefined (a read of what is gone, a delete of what is gone). */
    notFound?: "absent";
}

/** Any Cognito operation by name: the transport provides it, and a setting's steps get it limited to the operations it declares. */
export interface CognitoOperations {
    request<Output = Record<string, unknown>>(operation: string, input: Record<string, unknown>, options: SendOptions<Output>): Promise<Output>;
}
