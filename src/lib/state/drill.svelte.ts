import type { SortDirection } from '../ui/sortOrder.ts';

/** What a list opened from a view shows besides every customer's usual figures: the value score and tier, and the first sort. */
export interface DrillOptions {
  /** Adds the value score and its tier as the first columns after the id. */
  valueScore?: boolean;
  /** The column the list is sorted by when it opens. */
  sort?: { id: string; direction: SortDirection };
}

/** The customer list opened from a chart element: a title and the summary indices of the customers. */
class DrillState {
  title = $state('');
  customers = $state.raw<Int32Array | null>(null);
  options = $state.raw<DrillOptions>({});

  /** Opens the list of these customers (summary indices) under a title. */
  open(title: string, customers: ArrayLike<number>, options: DrillOptions = {}) {
    this.title = title;
    this.options = options;
    this.customers = Int32Array.from(customers);
  }

  close() {
    this.customers = null;
  }
}

export const drill = new DrillState();
