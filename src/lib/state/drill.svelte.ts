/** The customer list opened from a chart element: a title and the summary indices of the customers. */
class DrillState {
  title = $state('');
  customers = $state.raw<Int32Array | null>(null);

  /** Opens the list of these customers (summary indices) under a title. */
  open(title: string, customers: ArrayLike<number>) {
    this.title = title;
    this.customers = Int32Array.from(customers);
  }

  close() {
    this.customers = null;
  }
}

export const drill = new DrillState();
