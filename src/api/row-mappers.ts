/** Database rows → GraphQL types: the few fields whose shapes differ (JSON columns, BigInt). */
import type { Incident, LogBatch, Summary } from "../generated/prisma/client";
import type { IncidentType, RepresentativeLineType, TemplateCountType } from "./types/incident.type";
import type { LogBatchType } from "./types/log-batch.type";
import type { BatchStatus, IncidentStatus, Severity } from "./types/enums";
import type { RemediationStepType, SummaryType } from "./types/summary.type";

export function toIncident(row: Incident): IncidentType {
  return {
    ...row,
    severity: row.severity as Severity,
    status: row.status as IncidentStatus,
    templates: row.templates as unknown as TemplateCountType[],
    representativeLines: row.representativeLines as unknown as RepresentativeLineType[],
  };
}

export function toSummary(row: Summary): SummaryType {
  return { ...row, severity: row.severity as Severity, remediation: row.remediation as unknown as RemediationStepType[] };
}

export function toLogBatch(row: LogBatch): LogBatchType {
  return { ...row, status: row.status as BatchStatus, byteCount: row.byteCount.toString() };
}
