/** The persistence edge: the one database connection, migrations and repositories. */
export { connectDatabase, disconnectDatabase, type Database } from "./database";
export { createPrismaClient, type StoreClient } from "./prisma-client";
export { migrateDatabase } from "./migrations/apply-migrations";
export { NotFoundError, ConflictError, StoreError, type StoreErrorCode } from "./store-error";
export { claimBatch, createBatch, findBatchByContentHash, getBatch, listBatches, markBatchFailed, releaseBatch, type BatchInput, type ClaimedBatch } from "./batch.store";
export { saveAnalysis, type AnalysisInput, type AnalyzedBatchInput, type SavedAnalysis } from "./analysis.store";
export type { SummaryInput, SummaryUsage } from "./incident-rows";
export * from "./incident.store";
export { listSummaries } from "./summary.store";
export * from "./model-version.store";
export * from "./experiment-run.store";
export * from "./quality-score.store";
