/** One labelled fact shown on the in-page card, in the popup and in the CLI's readable output. */
export interface FactLine {
  label: string;
  value: string;
  /** Marks a fact the buyer should look at (e.g. "limit not shown"). */
  tone?: 'good' | 'bad' | 'neutral';
  /** Said under the value: "the page shows two values: …" when two places on the page disagree. */
  note?: string;
}
