/** Tracked experiment runs and registered detector models, as the store keeps them. */
import type { JsonValue } from "./json-value";

export const RUN_STATUSES = ["RUNNING", "FINISHED", "FAILED", "KILLED"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const MODEL_STAGES = ["NONE", "STAGING", "PRODUCTION", "ARCHIVED"] as const;
export type ModelStage = (typeof MODEL_STAGES)[number];

/** One tracked detection run or sweep trial; a sweep is a parent run with one child per trial. */
export interface StoredExperimentRun {
  id: string;
  experiment: string;
  parentId: string | null;
  name: string | null;
  status: RunStatus;
  params: JsonValue;
  metrics: JsonValue;
  tags: JsonValue;
  datasetName: string | null;
  datasetHash: string | null;
  /** e.g. { rows, columns } */
  datasetShape: JsonValue;
  /** [{ name, uri }] */
  artifacts: JsonValue;
  startedAt: Date;
  endedAt: Date | null;
}

/** A trained detector that can be promoted through stages and loaded again. */
export interface StoredModelVersion {
  id: string;
  name: string;
  version: number;
  detector: string;
  params: JsonValue;
  featureSpec: JsonValue;
  stage: ModelStage;
  metrics: JsonValue;
  /** The detector's versioned toJSON() snapshot. */
  serializedModel: JsonValue;
  /** Template texts by id, so new logs map to the same feature columns. */
  templateVocabulary: JsonValue;
  /** The run that trained it; null for models registered by hand. */
  runId: string | null;
  /** The version it was derived from. */
  parentVersionId: string | null;
  createdAt: Date;
  updatedAt: Date;
}
