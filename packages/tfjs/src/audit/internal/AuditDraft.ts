/** A check before the audit-wide Holm correction: `pValue` null marks an exact check, decided by `rejected`. */
export type DraftCheck =
  | { readonly test: string; readonly statistic: number; readonly pValue: number; readonly detail: string }
  | {
      readonly test: string;
      readonly statistic: number;
      readonly pValue: null;
      readonly rejected: boolean;
      readonly detail: string;
    };

/** A row of the audit before the audit-wide Holm correction decides its statistical checks. */
export interface AuditDraft {
  readonly initializer: string;
  readonly configuration: string;
  readonly target: string;
  readonly citation: string;
  readonly n: number;
  readonly seed: number | null;
  readonly varianceRatio: number | null;
  readonly canary: boolean;
  /** An observation no tfjs document promises either way: reported, never a failure. */
  readonly note: boolean;
  /** The finding shown when the row fails (or always, for a note); `{ratio}` is the measured variance ratio. */
  readonly diagnosis: string;
  readonly checks: readonly DraftCheck[];
}
