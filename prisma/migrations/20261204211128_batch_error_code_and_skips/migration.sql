-- CreateEnum
CREATE TYPE "BatchErrorCode" AS ENUM ('BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR');

-- AlterTable
ALTER TABLE "LogBatch" ADD COLUMN     "errorCode" "BatchErrorCode",
ADD COLUMN     "skippedByReason" JSONB NOT NULL DEFAULT '{}';

-- Reasons stored before this migration were raw error messages, internal ones included, and
-- cannot be told apart now: none is shown again. Sending the same log again re-analyzes it.
UPDATE "LogBatch"
SET "errorCode" = 'INTERNAL_SERVER_ERROR',
    "error" = 'analysis failed before failure reasons were classified; send the log again to analyze it afresh (batch ' || "id" || ')'
WHERE "error" IS NOT NULL;

-- A failure always has both its code and its message.
ALTER TABLE "LogBatch" ADD CONSTRAINT "LogBatch_error_with_code" CHECK (("error" IS NULL) = ("errorCode" IS NULL));
