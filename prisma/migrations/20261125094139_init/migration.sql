-- CreateEnum
CREATE TYPE "BatchStatus" AS ENUM ('RUNNING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('critical', 'high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'FALSE_POSITIVE');

-- CreateEnum
CREATE TYPE "ModelStage" AS ENUM ('NONE', 'STAGING', 'PRODUCTION', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('RUNNING', 'FINISHED', 'FAILED', 'KILLED');

-- CreateTable
CREATE TABLE "LogBatch" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "detectedFormat" TEXT,
    "lineCount" INTEGER NOT NULL DEFAULT 0,
    "byteCount" BIGINT NOT NULL DEFAULT 0,
    "contentHash" TEXT NOT NULL,
    "status" "BatchStatus" NOT NULL DEFAULT 'RUNNING',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "sessionCount" INTEGER NOT NULL DEFAULT 0,
    "anomalyCount" INTEGER NOT NULL DEFAULT 0,
    "incidentCount" INTEGER NOT NULL DEFAULT 0,
    "skippedLines" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LogBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "localId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "anomalyScore" DOUBLE PRECISION NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'OPEN',
    "startTime" TIMESTAMP(3),
    "endTime" TIMESTAMP(3),
    "sessionIds" TEXT[],
    "components" TEXT[],
    "levels" JSONB NOT NULL,
    "templates" JSONB NOT NULL,
    "representativeLines" JSONB NOT NULL,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Summary" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "rootCause" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "remediation" JSONB NOT NULL,
    "inputTokens" INTEGER,
    "outputTokens" INTEGER,
    "costUsd" DOUBLE PRECISION,
    "latencyMs" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Summary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QualityScore" (
    "id" TEXT NOT NULL,
    "summaryId" TEXT NOT NULL,
    "judge" TEXT NOT NULL,
    "relevance" DOUBLE PRECISION NOT NULL,
    "specificity" DOUBLE PRECISION NOT NULL,
    "actionability" DOUBLE PRECISION NOT NULL,
    "mean" DOUBLE PRECISION NOT NULL,
    "rationale" TEXT NOT NULL,
    "costUsd" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QualityScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelVersion" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "detector" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "featureSpec" JSONB NOT NULL,
    "stage" "ModelStage" NOT NULL DEFAULT 'NONE',
    "metrics" JSONB NOT NULL,
    "serializedModel" JSONB NOT NULL,
    "templateVocabulary" JSONB NOT NULL,
    "runId" TEXT,
    "parentVersionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModelVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExperimentRun" (
    "id" TEXT NOT NULL,
    "experiment" TEXT NOT NULL,
    "parentId" TEXT,
    "name" TEXT,
    "status" "RunStatus" NOT NULL DEFAULT 'RUNNING',
    "params" JSONB NOT NULL,
    "metrics" JSONB NOT NULL,
    "tags" JSONB NOT NULL,
    "datasetName" TEXT,
    "datasetHash" TEXT,
    "datasetShape" JSONB,
    "artifacts" JSONB NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "ExperimentRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LogBatch_contentHash_key" ON "LogBatch"("contentHash");

-- CreateIndex
CREATE INDEX "LogBatch_createdAt_id_idx" ON "LogBatch"("createdAt", "id");

-- CreateIndex
CREATE INDEX "LogBatch_status_idx" ON "LogBatch"("status");

-- CreateIndex
CREATE INDEX "Incident_createdAt_id_idx" ON "Incident"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Incident_anomalyScore_id_idx" ON "Incident"("anomalyScore", "id");

-- CreateIndex
CREATE INDEX "Incident_severity_createdAt_idx" ON "Incident"("severity", "createdAt");

-- CreateIndex
CREATE INDEX "Incident_status_createdAt_idx" ON "Incident"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Incident_startTime_endTime_idx" ON "Incident"("startTime", "endTime");

-- CreateIndex
CREATE INDEX "Incident_fingerprint_idx" ON "Incident"("fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_batchId_localId_key" ON "Incident"("batchId", "localId");

-- CreateIndex
CREATE INDEX "Summary_incidentId_idx" ON "Summary"("incidentId");

-- CreateIndex
CREATE INDEX "QualityScore_summaryId_idx" ON "QualityScore"("summaryId");

-- CreateIndex
CREATE INDEX "ModelVersion_stage_idx" ON "ModelVersion"("stage");

-- CreateIndex
CREATE UNIQUE INDEX "ModelVersion_name_version_key" ON "ModelVersion"("name", "version");

-- CreateIndex
CREATE INDEX "ExperimentRun_experiment_startedAt_idx" ON "ExperimentRun"("experiment", "startedAt");

-- CreateIndex
CREATE INDEX "ExperimentRun_parentId_idx" ON "ExperimentRun"("parentId");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "LogBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Summary" ADD CONSTRAINT "Summary_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityScore" ADD CONSTRAINT "QualityScore_summaryId_fkey" FOREIGN KEY ("summaryId") REFERENCES "Summary"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ExperimentRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelVersion" ADD CONSTRAINT "ModelVersion_parentVersionId_fkey" FOREIGN KEY ("parentVersionId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperimentRun" ADD CONSTRAINT "ExperimentRun_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ExperimentRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
