/** Picks a failure category from the evidence and states the hypothesis with the evidence that supports it. */
import { countNoun } from "./count-noun";
import { CATEGORY_RULES, type CategoryRule, type FailureCategory } from "./failure-categories";
import type { IncidentFacts } from "./incident-facts";
import { quoteLogText } from "./quote-log-text";

/** How the category was recognised, strongest first; drives confidence. */
export type MatchStrength = "exception-name" | "failure-wording" | "routine-wording" | "none";

export interface RootCause {
  category: FailureCategory;
  strength: MatchStrength;
  statement: string;
}

/**
 * Passes, most telling evidence first; within a pass the first (most specific) rule wins:
 * 1. specific exception names ("NoRouteToHostException ... failed on socket timeout" is connectivity);
 * 2. wording of FATAL/ERROR/WARN lines ("IOException: Connection reset by peer" is connectivity);
 * 3. generic exception names (a bare IOException);
 * 4. templates whose wording reports a failure;
 * 5. any template or line (routine wording, weak).
 */
export function inferRootCause(facts: IncidentFacts): RootCause {
  const severe = facts.severeLines.map((line) => ({ text: line.text, lead: `line ${line.lineId} reads` }));
  const failures = facts.failureTemplates.map((t) => ({ text: t.template, lead: "a failure template reads" }));
  const all = [...facts.incident.templates.map((t) => t.template), ...facts.incident.representativeLines.map((l) => l.text)];
  return (
    matchExceptionNames(facts.exceptionNames, false) ??
    matchWording(severe, "failure-wording") ??
    matchExceptionNames(facts.exceptionNames, true) ??
    matchWording(failures, "failure-wording") ??
    matchWording(all.map((text) => ({ text, lead: "only routine wording points there:" })), "routine-wording") ??
    unrecognised(facts)
  );
}

function matchExceptionNames(names: readonly string[], generic: boolean): RootCause | undefined {
  for (const rule of CATEGORY_RULES.filter((candidate) => (candidate.genericNames ?? false) === generic)) {
    const name = names.find((candidate) => rule.exceptionName.test(simpleClassName(candidate)));
    if (name) {
      return recognised(rule, "exception-name", `the exception ${name} appears in the logs`);
    }
  }
  return undefined;
}

interface Quotable {
  text: string;
  lead: string;
}

function matchWording(candidates: readonly Quotable[], strength: MatchStrength): RootCause | undefined {
  for (const rule of CATEGORY_RULES) {
    const match = candidates.find((candidate) => rule.wording.test(candidate.text));
    if (match) {
      return recognised(rule, strength, `${match.lead} ${quoteLogText(match.text)}`);
    }
  }
  return undefined;
}

function recognised(rule: CategoryRule, strength: MatchStrength, support: string): RootCause {
  return { category: rule.category, strength, statement: `${rule.hypothesis}: ${support}.` };
}

function unrecognised(facts: IncidentFacts): RootCause {
  const unknownError = (detail: string): RootCause => ({
    category: "unrecognised-error",
    strength: "none",
    statement: `No known failure pattern matched${detail}.`,
  });
  const dominant = facts.failureTemplates[0];
  if (dominant) {
    return unknownError(`; the dominant failure template is ${quoteLogText(dominant.template)} (${countNoun(dominant.count, "line")})`);
  }
  const severe = facts.severeLines[0];
  if (severe) {
    return unknownError(`; the most severe line is ${quoteLogText(severe.text)}`);
  }
  const top = facts.incident.templates[0];
  const mix = top ? `; the most frequent template is ${quoteLogText(top.template)} (${countNoun(top.count, "line")})` : "";
  const { fatal, error, warn } = facts.levelClasses;
  if (fatal + error + warn > 0) {
    return unknownError(`, and none of the kept lines shows one of the ${fatal + error + warn} FATAL, ERROR or WARN lines${mix}`);
  }
  return {
    category: "unusual-activity",
    strength: "none",
    statement:
      "No error lines or failure wording in the evidence: the sessions were flagged for an unusual mix or count of " +
      `routine events, such as an operation that started but did not finish${mix}.`,
  };
}

/** `java.net.SocketTimeoutException` → `SocketTimeoutException`, so package names cannot match a rule. */
function simpleClassName(name: string): string {
  return name.slice(name.lastIndexOf(".") + 1);
}
