// Amazon Cognito user pool app clients (a test schema for scripts/gen-sdk; the real one is provider/plugin/schema.json).
package cognitoappclient
