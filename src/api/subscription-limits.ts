/**
 * graphql-ws runs queries and mutations as well as subscriptions, so every operation on a socket
 * passes the same limits as over HTTP, and a socket holds a bounded number of them at once.
 * Returned errors reach the client as an `error` message; a thrown one would close the socket.
 */
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from "graphql";
import type { Context, SubscribePayload } from "graphql-ws";
import { QueryTooComplexError } from "./errors";
import { MAX_QUERY_TOKENS, MAX_SUBSCRIPTIONS_PER_SOCKET } from "./query-limit-values";
import { checkDocumentShape, checkOperationCost } from "./query-limits";

type Subscribe = (ctx: Context, id: string, payload: SubscribePayload) => ExecutionArgs | readonly GraphQLError[];

/** The codes Apollo gives the same failures, so formatError treats both paths alike. */
function coded(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

function parseQuery(query: string): DocumentNode | GraphQLError {
  try {
    return parse(query, { maxTokens: MAX_QUERY_TOKENS });
  } catch (error) {
    return error instanceof GraphQLError ? coded(error, "GRAPHQL_PARSE_FAILED") : new GraphQLError("the query is not a string");
  }
}

export function subscribeWithinLimits(schema: GraphQLSchema): Subscribe {
  return (ctx, _id, payload) => {
    // graphql-ws has already entered this operation in `subscriptions`.
    if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
      return [new QueryTooComplexError(`this socket already runs ${MAX_SUBSCRIPTIONS_PER_SOCKET} operations, the limit; complete one first or open another socket`)];
    }
    const document = parseQuery(payload.query);
    if (document instanceof GraphQLError) {
      return [document];
    }
    const shapeError = checkDocumentShape(document);
    if (shapeError) {
      return [shapeError];
    }
    const invalid = validate(schema, document, specifiedRules);
    if (invalid.length) {
      return invalid.map((error) => coded(error, "GRAPHQL_VALIDATION_FAILED"));
    }
    const costError = checkOperationCost(schema, document, payload.operationName, payload.variables);
    if (costError) {
      return [costError];
    }
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  };
}
