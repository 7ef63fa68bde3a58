// Types of the generated plz.js (see packages/domain/scripts/build-plz.mjs). Kept by hand.
export declare const meta: {
  readonly format: number;
  readonly date: string;
  readonly source: string;
  readonly licence: string;
  readonly attribution: string;
  readonly url: string;
  readonly count: number;
  readonly pairs: number;
  readonly places: number;
};
/** Line 1: PLZ deltas, comma-separated; then one `|`-separated line of places per PLZ ('' = as before). */
export declare const payload: string;
