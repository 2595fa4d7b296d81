// The spec helpers live in the repo's tooling, shared with the conformance suite (packages/conformance).
export { allOperations, responseValidator, spec } from '@vidkit/tooling/openapi/validate';
