// Amazon Cognito user pool app clients with their secrets, SSO session, branding, terms, CIMD policies, threat protection and hosted UI, checked at preview.
package cognitoappclient
