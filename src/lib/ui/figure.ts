/** One labelled figure of a Figures list. */
export interface Figure {
  label: string;
  value: string;
  testid?: string;
}
