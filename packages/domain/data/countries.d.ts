// Types of the generated countries.js (see packages/domain/scripts/build-countries.mjs). Kept by hand.
export declare const meta: {
  readonly source: string;
  readonly licence: string;
  readonly codes: string;
  readonly count: number;
};
/** One line per country: `code|German name|English name|aliases (;-separated)|Destatis key`. */
export declare const payload: string;
