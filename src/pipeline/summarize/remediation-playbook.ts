/** Remediation steps per failure category: one to stop the bleeding, one to fix, one to prevent. */
import type { RemediationStep } from "../../domain/incident-summary";

import type { FailureCategory } from "./failure-categories";

type Playbook = (where: string) => [immediate: string, shortTerm: string, longTerm: string];

// Steps name no product, file or setting: only `where` (from the evidence) is specific.
const PLAYBOOKS: Record<FailureCategory, Playbook> = {
  "out-of-memory": (where) => [
    `Check memory use and recent restarts on ${where}; restart the processes that are stuck or thrashing.`,
    "Raise the memory limit of the failing process or reduce its load, and confirm the errors stop.",
    "Alert on memory pressure before exhaustion and find what grows (heap dumps, cache sizes, batch sizes).",
  ],
  "disk-space": (where) => [
    `Check free space and mount state on ${where}; free space or move data off the full volumes.`,
    "Find what filled the disks (logs, temporary files, replicas) and clean it up or add capacity.",
    "Alert on disk usage well before full and set retention for logs and temporary data.",
  ],
  permission: (where) => [
    `Check recent credential, key or permission changes affecting ${where}.`,
    "Restore the expected permissions or credentials and confirm the failing requests succeed.",
    "Manage permissions as reviewed configuration and alert on bursts of authorization failures.",
  ],
  timeout: (where) => [
    `Check load, latency and responsiveness of ${where} and of the peers it waits on.`,
    "Find the slow dependency (overloaded node, long pauses, saturated network) and relieve it.",
    "Review timeout and retry settings against measured latency, and alert on rising latency.",
  ],
  connectivity: (where) => [
    `Check that ${where} and its peers are up and reachable (ports, firewall, DNS, network links).`,
    "Restart or replace unreachable nodes and confirm connections are re-established.",
    "Add health checks and alerts on connection errors between nodes; review retry and failover.",
  ],
  "data-corruption": (where) => [
    `Stop writes to the affected data on ${where} if possible and identify the corrupt or missing items.`,
    "Restore the affected items from healthy replicas or backups and verify their checksums.",
    "Run regular integrity scans and check the disks and network paths that carried the bad data.",
  ],
  hardware: (where) => [
    `Check hardware health on ${where} (memory, cache, interconnect, sensors) and drain the failing nodes.`,
    "Replace or repair the faulty parts and return the nodes to service only after tests pass.",
    "Track hardware error rates per node and retire nodes whose corrected-error rate keeps rising.",
  ],
  "process-crash": (where) => [
    `Check whether the processes on ${where} are running and restart them if not.`,
    "Read the lines just before each crash or shutdown to find its trigger and fix it.",
    "Supervise the processes with automatic restart and alert on crash loops.",
  ],
  "application-bug": (where) => [
    `Check whether a recent deploy or configuration change reached ${where}; roll it back if so.`,
    "Reproduce the failing case from the logged input and fix the code path that mishandles it.",
    "Add a regression test for the case and alert on new exception types after deploys.",
  ],
  "io-failure": (where) => [
    `Check disk and network health on ${where} for the reads and writes that failed.`,
    "Read the lines around the failures to find which resource failed and repair or replace it.",
    "Alert on read and write error rates per node so failing resources are found early.",
  ],
  "unrecognised-error": (where) => [
    `Look at the representative lines from ${where} and check whether the failure is still happening.`,
    "Compare these sessions with healthy ones to find what differs, and fix that.",
    "Add a rule or alert for this failure pattern once its cause is known.",
  ],
  "unusual-activity": (where) => [
    `Check whether the operations on ${where} in these sessions completed; no error lines were logged.`,
    "Compare the event sequence with healthy sessions to find the missing or extra steps.",
    "Log an explicit error for the missing step so the next occurrence explains itself.",
  ],
};

export function remediationFor(category: FailureCategory, where: string): RemediationStep[] {
  const [immediate, shortTerm, longTerm] = PLAYBOOKS[category](where);
  return [
    { horizon: "immediate", action: immediate },
    { horizon: "short-term", action: shortTerm },
    { horizon: "long-term", action: longTerm },
  ];
}
