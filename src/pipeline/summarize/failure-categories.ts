/** Failure categories the offline summarizer recognises, as ordered data: the first rule that matches wins. */

export type FailureCategory =
  | "out-of-memory"
  | "disk-space"
  | "permission"
  | "timeout"
  | "connectivity"
  | "data-corruption"
  | "hardware"
  | "process-crash"
  | "application-bug"
  | "io-failure"
  | "unrecognised-error"
  | "unusual-activity";

export type RecognisedCategory = Exclude<FailureCategory, "unrecognised-error" | "unusual-activity">;

export interface CategoryRule {
  category: RecognisedCategory;
  /** Matched against exception class names (without package). */
  exceptionName: RegExp;
  /** The names say little about the cause (a bare IOException), so the wording of lines goes first. */
  genericNames?: true;
  /** Matched against log wording. */
  wording: RegExp;
  /** What we think happened; it names nothing, the caller adds the evidence. */
  hypothesis: string;
}

/** Specific before generic: the first rule that matches a piece of evidence names the category. */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: "out-of-memory",
    exceptionName: /OutOfMemory/,
    wording: /out of memory|heap space|gc overhead|cannot allocate memory|oom[- ]?kill|memory exhausted/i,
    hypothesis: "A process ran out of memory (heap or native), so work failed or the process was killed",
  },
  {
    category: "disk-space",
    exceptionName: /DiskOutOfSpace|DiskError|NoSpace|QuotaExceeded/,
    wording: /no space left|disk (?:is )?full|quota exceeded|read-only file ?system|insufficient (?:disk )?space/i,
    hypothesis: "Storage ran out of space or became read-only, so writes were refused",
  },
  {
    category: "permission",
    exceptionName: /AccessControl|AccessDenied|Security|Permission|Authenticat|Authori[sz]|Unauthori[sz]ed|Forbidden/,
    wording: /permission denied|access denied|not authori[sz]ed|unauthori[sz]ed|forbidden|authentication fail|failed password|invalid user/i,
    hypothesis: "Requests were rejected for lack of permission or failed authentication",
  },
  {
    category: "timeout",
    exceptionName: /Timeout|TimedOut/,
    wording: /timed out|time ?out|deadline exceeded/i,
    hypothesis: "Operations timed out waiting for a peer, so a slow or overloaded node is likely",
  },
  {
    category: "connectivity",
    exceptionName: /Connect|NoRouteToHost|UnknownHost|Socket|ClosedChannel|EOF|Bind|Unreachable|UnresolvedAddress/,
    wording:
      /connection (?:refused|reset|closed|lost|abort|broken)|broken pipe|no route to host|network is unreachable|unknown host|(?:could not|failed to|unable to) connect|lost connection|failed network connection|cannot open channel|(?:error|fail\w*) (?:in |while )?(?:contacting|connecting)/i,
    hypothesis: "Network connections between nodes failed (refused, reset or dropped), so peers could not talk",
  },
  {
    category: "data-corruption",
    exceptionName: /Checksum|Corrupt|InvalidBlock|ReplicaNotFound|BlockMissing|MalformedInput/,
    wording: /checksum|corrupt|bad block|crc error|invalid block|block is missing|mismatch/i,
    hypothesis: "Stored or transferred data failed an integrity check, so some data is corrupt or missing",
  },
  {
    category: "hardware",
    exceptionName: /Hardware|MachineCheck/,
    wording:
      /parity error|machine check|\becc\b|hardware|uncorrectable|tlb error|cache error|temperature|fan fail|power supply|unavailable state|link (?:failure|error)/i,
    hypothesis: "Hardware on the affected nodes reported faults (memory, cache, interconnect or other components)",
  },
  {
    category: "process-crash",
    exceptionName: /Interrupted|Shutdown|Killed|Terminat/,
    wording: /segfault|segmentation fault|core dump|killed|exited with|exit code|shutting down|crash|abort|kernel panic/i,
    hypothesis: "A process crashed, was killed or shut down while work was in progress",
  },
  {
    category: "application-bug",
    exceptionName:
      /NullPointer|IllegalState|IllegalArgument|ClassCast|ClassNotFound|NoSuchMethod|NoClassDefFound|IndexOutOfBounds|UnsupportedOperation|NumberFormat|ConcurrentModification|StackOverflow|Assertion/,
    wording: /null pointer|assertion failed|illegal state|stack overflow|unhandled exception/i,
    hypothesis: "Application code hit a programming error (an unexpected state or input it does not handle)",
  },
  {
    category: "io-failure",
    exceptionName: /^(?:IOException|IOError)$/,
    genericNames: true,
    wording: /i\/o error|io error|input\/output error|read error|write error|failed to (?:read|write)/i,
    hypothesis: "Reads or writes failed; the exact cause is not named in the lines kept as evidence",
  },
];
