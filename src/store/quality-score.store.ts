/**
 * A judge's marks for a stored summary. No producer yet: issue 11/12 (LLM judge / sweeps) writes
 * these; today only tests call addQualityScore.
 */
import type { StoredQualityScore } from "../domain/stored-incident";
import type { StoreClient } from "./prisma-client";
import { translated } from "./store-error";

export interface QualityScoreInput {
  judge: string;
  relevance: number;
  specificity: number;
  actionability: number;
  rationale: string;
  costUsd?: number;
}

/** The mean is derived here so a stored mean can never disagree with its parts. */
export function addQualityScore(prisma: StoreClient, summaryId: string, input: QualityScoreInput): Promise<StoredQualityScore> {
  const mean = (input.relevance + input.specificity + input.actionability) / 3;
  return translated(`quality score of summary ${summaryId}`, () => prisma.qualityScore.create({ data: { ...input, mean, summaryId } }));
}

export function listQualityScores(prisma: StoreClient, summaryId: string): Promise<StoredQualityScore[]> {
  return prisma.qualityScore.findMany({ where: { summaryId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
