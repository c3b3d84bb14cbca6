/** Database rows → GraphQL types: the few fields whose shapes differ (JSON columns, BigInt). */
import type { ExperimentRun, Incident, LogBatch, ModelVersion, Summary } from "../generated/prisma/client";
import type { IncidentEvidence, ListedIncident } from "../store";
import type { ExperimentRunType } from "./types/experiment-run.type";
import type { ModelVersionType } from "./types/model-version.type";
import type { IncidentType, RepresentativeLineType, TemplateCountType } from "./types/incident.type";
import type { LogBatchType } from "./types/log-batch.type";
import type { BatchStatus, IncidentStatus, ModelStage, RunStatus, Severity } from "./types/enums";
import type { RemediationStepType, SummaryType } from "./types/summary.type";

/** A full row, or a listed one whose evidence the Incident type's field resolvers load on demand. */
export function toIncident(row: ListedIncident | Incident): IncidentType {
  const listed: IncidentType = {
    ...row,
    severity: row.severity as Severity,
    status: row.status as IncidentStatus,
    templates: row.templates as unknown as TemplateCountType[],
    sessionIds: undefined,
    representativeLines: undefined,
  };
  return "sessionIds" in row ? { ...listed, ...toEvidence(row) } : listed;
}

export function toEvidence(row: IncidentEvidence): Required<Pick<IncidentType, "sessionIds" | "representativeLines">> {
  return { sessionIds: row.sessionIds, representativeLines: row.representativeLines as unknown as RepresentativeLineType[] };
}

export function toSummary(row: Summary): SummaryType {
  return { ...row, severity: row.severity as Severity, remediation: row.remediation as unknown as RemediationStepType[] };
}

export function toLogBatch(row: LogBatch): LogBatchType {
  return { ...row, status: row.status as BatchStatus, byteCount: row.byteCount.toString() };
}

export function toExperimentRun(row: ExperimentRun): ExperimentRunType {
  return { ...row, status: row.status as RunStatus };
}

export function toModelVersion(row: ModelVersion): ModelVersionType {
  return { ...row, stage: row.stage as ModelStage };
}
