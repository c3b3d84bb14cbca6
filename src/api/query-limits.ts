/**
 * Limits on what one operation may ask for, so a single request cannot exhaust the server:
 * nesting depth (a validation rule) and cost (fields weighted by page sizes, checked before
 * execution). Both answer with a message that says what the limit is.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { GraphQLError, type GraphQLSchema, type ValidationRule } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { ErrorCode } from "./errors";

/** Incident → summaries → remediation is 4 levels; 8 leaves room for every real query. */
export const MAX_QUERY_DEPTH = 8;
/** 500 incidents with their summaries and templates (the largest page) cost about 8,000. */
export const MAX_QUERY_COMPLEXITY = 10_000;

const tooDeep = `query is nested too deeply (more than ${MAX_QUERY_DEPTH} levels); ask for fewer nested fields`;

/** Reported as a validation error with our code; the rule's default would throw and become a 500. */
export const depthLimitRule: ValidationRule = maxDepthRule({
  n: MAX_QUERY_DEPTH,
  propagateOnRejection: false,
  onReject: [(context) => context?.reportError(new GraphQLError(tooDeep, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }))],
}) as unknown as ValidationRule;

export function complexityLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > MAX_QUERY_COMPLEXITY) {
            throw new GraphQLError(
              `query costs ${complexity}, over the limit of ${MAX_QUERY_COMPLEXITY}; ask for smaller pages (first) or fewer fields`,
              { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } },
            );
          }
        },
      };
    },
  };
}
