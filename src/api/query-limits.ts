/**
 * The one limits check of every operation, HTTP (Apollo plugin) and graphql-ws (onSubscribe)
 * alike: the document's shape (operations, fields, aliases, depth, analyses; its size is bounded
 * by parsing with `maxTokens`), then its cost once variables are coerced.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { getOperationAST, getVariableValues, GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { measureDocument } from "./document-shape";
import { BadUserInputError, QueryTooComplexError } from "./errors";
import {
  ANALYSIS_COST,
  DATABASE_ROUND_TRIP_COST,
  MAX_ALIASES,
  MAX_ANALYSES,
  MAX_FIELDS,
  MAX_OPERATIONS,
  MAX_QUERY_COST,
  MAX_QUERY_DEPTH,
} from "./query-limit-values";

/** What a field costs besides its children; 1 unless it does I/O of its own. */
const FIELD_COSTS: Record<string, number> = {
  // A database query and the LLM provider's check.
  "Query.health": 2 * DATABASE_ROUND_TRIP_COST,
  "Query.incidents": DATABASE_ROUND_TRIP_COST,
  "Query.incident": DATABASE_ROUND_TRIP_COST,
  "Query.logBatches": DATABASE_ROUND_TRIP_COST,
  "Query.logBatch": DATABASE_ROUND_TRIP_COST,
  "Query.experimentRuns": DATABASE_ROUND_TRIP_COST,
  "Query.experimentRun": DATABASE_ROUND_TRIP_COST,
  "Query.modelVersions": DATABASE_ROUND_TRIP_COST,
  "Mutation.setIncidentStatus": DATABASE_ROUND_TRIP_COST,
  "Mutation.analyzeLogs": ANALYSIS_COST,
};

/** Fields that return a page of `first` rows: their children cost once per row. */
const PAGED_FIELDS = new Set(["Query.incidents", "Query.logBatches"]);

const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const key = `${type.name}.${field.name}`;
  const rows = PAGED_FIELDS.has(key) ? Number(args.first ?? 20) : 1;
  return (FIELD_COSTS[key] ?? 1) + rows * childComplexity;
};

/** The first shape limit a parsed document breaks, checked before validation. */
export function checkDocumentShape(document: DocumentNode): GraphQLError | undefined {
  const shape = measureDocument(document);
  const over = [
    [shape.operations > MAX_OPERATIONS, `the document has ${shape.operations} operations, over the limit of ${MAX_OPERATIONS}; send one operation per request`],
    [shape.fields > MAX_FIELDS, `the query selects ${shape.fields} fields (fragments expanded), over the limit of ${MAX_FIELDS}; ask for fewer fields`],
    [shape.aliases > MAX_ALIASES, `the query uses ${shape.aliases} aliases, over the limit of ${MAX_ALIASES}; send separate requests instead`],
    [shape.depth > MAX_QUERY_DEPTH, `query is nested too deeply (more than ${MAX_QUERY_DEPTH} levels); ask for fewer nested fields`],
    [shape.analyses > MAX_ANALYSES, `an operation may run at most ${MAX_ANALYSES} analyzeLogs; send one request per log`],
  ] as const;
  const broken = over.find(([isOver]) => isOver);
  return broken ? new QueryTooComplexError(broken[1]) : undefined;
}

/**
 * The cost of a validated operation with its variables. Variables that do not coerce are the
 * client's mistake (BAD_USER_INPUT); the cost needs their values, so it is checked after them.
 */
export function checkOperationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): GraphQLError | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    // Execution answers that itself ("Unknown operation named …"), doing no work.
    return undefined;
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) {
    return new BadUserInputError(coerced.errors[0].message);
  }
  const cost = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: coerced.coerced, estimators: [costEstimator] });
  if (cost > MAX_QUERY_COST) {
    return new QueryTooComplexError(`query costs ${cost}, over the limit of ${MAX_QUERY_COST}; ask for smaller pages (first), fewer fields or fewer aliases`);
  }
  return undefined;
}

/**
 * The shape check among Apollo's validation rules as well, so a document that is both invalid
 * and over a limit hears about the limit too (Apollo gives it the validation code).
 */
export const documentShapeRule: ValidationRule = (context) => ({
  Document(document) {
    const error = checkDocumentShape(document);
    if (error) {
      context.reportError(error);
    }
  },
});

/** The limits on Apollo's path: thrown errors carry their code and HTTP status 400. */
export function queryLimitsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        // Here, after validation, rather than in validationDidStart: Apollo answers an error
        // thrown from that hook as an internal error. Parsing is bounded by maxTokens and the
        // shape check refuses repeated fields before execution.
        async didResolveOperation({ document, request }) {
          const error = checkDocumentShape(document) ?? checkOperationCost(schema, document, request.operationName, request.variables);
          if (error) {
            throw error;
          }
        },
      };
    },
  };
}
