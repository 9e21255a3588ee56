import { countingSort } from './countingSort.ts';
import { dayOfIso } from './day.ts';
import { sortByIds } from './sortByIds.ts';
import type { Category, Table, Values } from './table.ts';
import type { CustomerOrders, FullSummary, SummaryConfig, SummaryStats } from './types.ts';

/** Headers of a customer table's column that holds the order count (F) or the recency in days (R). */
const frequencyHeader = /^(f|frequency|orders?|order ?count|number of orders|n_?transactions|transaction ?count|订单数|订单次数|购买次数|交易次数|下单次数|频次|频率)$/i;
const recencyHeader = /^(r|recency|recency ?days|recency_days|days since last (order|purchase)|最近购买天数|最近一次购买距今天数|距上次购买天数|最近消费天数|未购天数)$/i;

/**
 * The customers present (a 1 per customer code) in natural id order: their ids, and each code's index
 * among them (−1 for codes not present).
 */
function indexCustomers(present: Uint8Array, labels: string[]): { ids: string[]; codeToIndex: Int32Array } {
  const presentCodes: number[] = [];
  for (let c = 0; c < present.length; c++) if (present[c]) presentCodes.push(c);
  sortByIds(presentCodes, labels);
  const codeToIndex = new Int32Array(labels.length).fill(-1);
  const ids: string[] = new Array(presentCodes.length);
  for (let k = 0; k < presentCodes.length; k++) {
    codeToIndex[presentCodes[k]] = k;
    ids[k] = labels[presentCodes[k]];
  }
  return { ids, codeToIndex };
}

/**
 * The per-customer summary of METHOD §2: analysis date, window, orders, R, F, M and
 * the other customer metrics, plus every order of every customer up to the analysis date.
 */
export function summarize(table: Table, config: SummaryConfig): FullSummary {
  if (config.windowDays !== null && !(config.windowDays > 0 && Number.isFinite(config.windowDays))) {
    throw new RangeError(`invalid windowDays: ${config.windowDays} (expected a positive number of days or null)`);
  }
  if (config.frequency !== 'orders' && config.frequency !== 'rows') throw new RangeError(`invalid frequency: ${config.frequency}`);
  if (config.monetary !== 'sum' && config.monetary !== 'average') throw new RangeError(`invalid monetary: ${config.monetary}`);
  return table.shape === 'customers' || !table.date ? summarizeCustomers(table, config) : summarizeTransactions(table, table.date, config);
}

function summarizeTransactions(table: Table, date: Int32Array, config: SummaryConfig): FullSummary {
  const n = table.length;
  const codes = table.customer.codes;
  const labels = table.customer.labels;
  const amount = table.amount;
  // Without an analysis date every row counts, and D is the latest day.
  let D = Infinity;
  if (config.analysisDate !== null) {
    D = dayOfIso(config.analysisDate);
    if (Number.isNaN(D)) throw new RangeError(`invalid analysisDate: ${config.analysisDate} (expected YYYY-MM-DD)`);
  }

  // Which customer codes have a row up to D; rows counted by kind.
  const present = new Uint8Array(labels.length);
  let rowsAfter = 0;
  let rowsWithout = 0;
  let kept = 0;
  let totalAmount = 0;
  let amountAfter = 0;
  let amountWithout = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = date[i];
    const a = amount ? amount[i] : NaN;
    if (!(d <= D)) {
      rowsAfter++;
      if (a === a) amountAfter += a;
      continue;
    }
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    if (a === a) totalAmount += a;
    const c = codes[i];
    if (c < 0) {
      rowsWithout++;
      if (a === a) amountWithout += a;
      continue;
    }
    present[c] = 1;
    kept++;
  }
  if (config.analysisDate === null) D = n ? lastDay : NaN;
  const windowStart = config.windowDays === null ? -Infinity : D - config.windowDays; // exclusive

  const { ids, codeToIndex } = indexCustomers(present, labels);
  const customers = ids.length;

  // One pass over the rows up to D with a customer: each row joins its order, a distinct
  // (customer, key) with key = order code, or the day for a row without order id; orders are
  // found through the customer's last order, else a chain per key (one customer per order id as a rule).
  // An order's value adds its rows' amounts in row order. Row-level sums in the window on the way.
  const order = table.order;
  const orderCodes = order ? order.codes : null;
  const orderLabels = order ? order.labels.length : 0;
  const dayRange = customers ? lastDay - firstDay + 1 : 1;
  const head = new Int32Array(orderLabels + dayRange).fill(-1);
  const lastOrder = new Int32Array(customers).fill(-1);
  const oCustomer = new Int32Array(kept);
  const oKey = new Int32Array(kept);
  const oDay = new Int32Array(kept);
  const oValue = new Float64Array(kept);
  const oRows = new Int32Array(kept);
  const oNext = new Int32Array(kept);
  let orderCount = 0;
  const profit = new Float64Array(customers);
  const quantity = new Float64Array(customers);
  const payment = new Float64Array(customers);
  const { profit: profitCol, cost, quantity: quantityCol, payment: paymentCol } = table;
  const costProfit = !profitCol && cost && amount ? cost : null;
  let rowsUsed = 0;
  let rowsBefore = 0;
  let amountBefore = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (c < 0) continue;
    const d = date[i];
    if (!(d <= D)) continue;
    const cust = codeToIndex[c];
    const o = orderCodes ? orderCodes[i] : -1;
    const key = o >= 0 ? o : orderLabels + (d - firstDay);
    let k = lastOrder[cust];
    if (k < 0 || oKey[k] !== key) {
      k = head[key];
      while (k >= 0 && oCustomer[k] !== cust) k = oNext[k];
      if (k < 0) {
        k = orderCount++;
        oCustomer[k] = cust;
        oKey[k] = key;
        oDay[k] = d;
        oNext[k] = head[key];
        head[key] = k;
      }
      lastOrder[cust] = k;
    }
    if (d < oDay[k]) oDay[k] = d;
    if (amount) {
      const a = amount[i];
      if (a === a) oValue[k] += a;
    }
    oRows[k]++;
    if (!(d > windowStart)) {
      rowsBefore++;
      if (amount && amount[i] === amount[i]) amountBefore += amount[i];
      continue;
    }
    rowsUsed++;
    if (profitCol) {
      const p = profitCol[i];
      if (p === p) profit[cust] += p;
    } else if (costProfit) {
      const p = amount![i] - costProfit[i];
      if (p === p) profit[cust] += p;
    }
    if (quantityCol) {
      const q = quantityCol[i];
      if (q === q) quantity[cust] += q;
    }
    if (paymentCol) {
      const p = paymentCol[i];
      if (p === p) payment[cust] += p;
    }
  }

  // Orders grouped by customer in the order they were met, then sorted by (day, key) within each
  // customer (usually sorted already: rows tend to come by date or by order).
  const offsets = new Int32Array(customers + 1);
  for (let k = 0; k < orderCount; k++) offsets[oCustomer[k] + 1]++;
  for (let c = 0; c < customers; c++) offsets[c + 1] += offsets[c];
  const cursor = offsets.slice(0, customers);
  const orders: CustomerOrders = { offsets, day: new Int32Array(orderCount), value: new Float64Array(orderCount) };
  const { day: orderDay, value: orderValue } = orders;
  const orderKey = new Int32Array(orderCount);
  const orderRows = new Int32Array(orderCount);
  for (let k = 0; k < orderCount; k++) {
    const j = cursor[oCustomer[k]]++;
    orderDay[j] = oDay[k];
    orderValue[j] = oValue[k];
    orderKey[j] = oKey[k];
    orderRows[j] = oRows[k];
  }
  for (let c = 0; c < customers; c++) sortOrders(orderDay, orderKey, orderValue, orderRows, offsets[c], offsets[c + 1]);

  const frequency = new Float64Array(customers);
  const revenue = new Float64Array(customers);
  const lastPositive = new Float64Array(customers).fill(NaN);
  const first = new Float64Array(customers).fill(NaN);
  const last = new Float64Array(customers).fill(NaN);
  const rowsInWindow = new Float64Array(customers);
  let windowOrders = 0;
  let positiveOrders = 0;
  for (let cust = 0; cust < customers; cust++) {
    for (let k = offsets[cust]; k < offsets[cust + 1]; k++) {
      const day = orderDay[k];
      const value = orderValue[k];
      if (!(first[cust] <= day)) first[cust] = day;
      if (!(last[cust] >= day)) last[cust] = day;
      // R looks at all history up to D: only F and M are limited to the window (METHOD §2).
      if (value > 0 && !(lastPositive[cust] >= day)) lastPositive[cust] = day;
      if (!(day > windowStart)) continue;
      windowOrders++;
      revenue[cust] += value;
      rowsInWindow[cust] += orderRows[k];
      if (value > 0) {
        frequency[cust]++;
        positiveOrders++;
      }
    }
  }
  if (config.frequency === 'rows') frequency.set(rowsInWindow);

  const monetary = new Float64Array(customers);
  const recencyDays = new Float64Array(customers);
  const tenureDays = new Float64Array(customers);
  for (let c = 0; c < customers; c++) {
    monetary[c] = config.monetary === 'sum' ? revenue[c] : frequency[c] > 0 ? revenue[c] / frequency[c] : 0;
    recencyDays[c] = D - lastPositive[c];
    tenureDays[c] = D - first[c];
  }

  // Each row's customer for the attributes, made only now: the order arrays above, as large, are no longer held.
  const attributes: Record<string, Category> = {};
  const attributeList = attributeColumns(table);
  if (attributeList.length) {
    const rowCustomer = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) if (codes[i] >= 0 && date[i] <= D) rowCustomer[i] = codeToIndex[codes[i]];
    for (const [name, category] of attributeList) attributes[name] = mostFrequent(category, rowCustomer, customers);
  }

  const stats: SummaryStats = {
    rows: n,
    rowsUsed,
    rowsWithoutCustomer: rowsWithout,
    rowsAfterAnalysisDate: rowsAfter,
    rowsBeforeWindow: rowsBefore,
    customers,
    orders: windowOrders,
    positiveOrders,
    totalAmount,
    amountAfterAnalysisDate: amountAfter,
    amountWithoutCustomer: amountWithout,
    amountBeforeWindow: amountBefore,
    firstDay: firstDay === Infinity ? NaN : firstDay,
    lastDay: lastDay === -Infinity ? NaN : lastDay,
    hasCost: !!cost,
    hasProfit: !!profitCol,
    hasQuantity: !!quantityCol,
    hasPayment: !!paymentCol,
    profitSource: profitCol ? 'profit' : costProfit ? 'amountMinusCost' : null
  };
  return {
    shape: 'transactions',
    ids,
    analysisDay: D,
    windowDays: config.windowDays,
    frequencyMode: config.frequency,
    monetaryMode: config.monetary,
    frequency,
    monetary,
    revenue,
    recencyDays,
    firstDay: first,
    lastDay: last,
    tenureDays,
    profit,
    quantity,
    payment,
    metrics: { revenue, orders: frequency, monetary, profit, quantity, payment, recency: recencyDays, tenure: tenureDays },
    attributes,
    stats,
    codeToIndex,
    orders
  };
}

function summarizeCustomers(table: Table, config: SummaryConfig): FullSummary {
  const n = table.length;
  const codes = table.customer.codes;
  const labels = table.customer.labels;
  const present = new Uint8Array(labels.length);
  let rowsWithout = 0;
  let totalAmount = 0;
  let amountWithout = 0;
  for (let i = 0; i < n; i++) {
    const a = table.amount ? table.amount[i] : NaN;
    if (a === a) totalAmount += a;
    if (codes[i] < 0) {
      rowsWithout++;
      if (a === a) amountWithout += a;
    } else present[codes[i]] = 1;
  }
  const { ids, codeToIndex } = indexCustomers(present, labels);
  const customers = ids.length;
  const rowCustomer = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) if (codes[i] >= 0) rowCustomer[i] = codeToIndex[codes[i]];

  // A customer listed on several rows: its numbers add up (NaN when every value is missing).
  const sumColumn = (column: Values | undefined, missing: number) => {
    const out = new Float64Array(customers).fill(NaN);
    if (!column) return out.fill(missing);
    for (let i = 0; i < n; i++) {
      const c = rowCustomer[i];
      const v = column[i];
      if (c < 0 || v !== v) continue;
      out[c] = out[c] === out[c] ? out[c] + v : v;
    }
    return out;
  };
  const revenue = sumColumn(table.amount, 0);
  for (let c = 0; c < customers; c++) if (revenue[c] !== revenue[c]) revenue[c] = 0;
  const profit = table.profit
    ? sumColumn(table.profit, 0)
    : table.cost && table.amount
      ? sumColumn(Float64Array.from(table.amount, (a, i) => a - table.cost![i]), 0)
      : new Float64Array(customers);
  const quantity = sumColumn(table.quantity, 0);
  const payment = sumColumn(table.payment, 0);
  const numbers: Record<string, Float64Array> = {};
  let frequencyColumn: Float64Array | undefined;
  let recencyColumn: Float64Array | undefined;
  for (const [name, column] of Object.entries(table.numbers)) {
    numbers[name] = sumColumn(column, NaN);
    if (!frequencyColumn && frequencyHeader.test(name.trim())) frequencyColumn = numbers[name];
    if (!recencyColumn && recencyHeader.test(name.trim())) recencyColumn = numbers[name];
  }
  const frequency = frequencyColumn ? Float64Array.from(frequencyColumn) : new Float64Array(customers).fill(NaN);
  const recencyDays = recencyColumn ? Float64Array.from(recencyColumn) : new Float64Array(customers).fill(NaN);
  const monetary = new Float64Array(customers);
  for (let c = 0; c < customers; c++) {
    monetary[c] = config.monetary === 'sum' ? revenue[c] : frequency[c] > 0 ? revenue[c] / frequency[c] : 0;
  }
  const nan = () => new Float64Array(customers).fill(NaN);
  const tenureDays = nan();
  const attributes: Record<string, Category> = {};
  for (const [name, category] of attributeColumns(table)) attributes[name] = mostFrequent(category, rowCustomer, customers);
  const stats: SummaryStats = {
    rows: n,
    rowsUsed: n - rowsWithout,
    rowsWithoutCustomer: rowsWithout,
    rowsAfterAnalysisDate: 0,
    rowsBeforeWindow: 0,
    customers,
    orders: 0,
    positiveOrders: 0,
    totalAmount,
    amountAfterAnalysisDate: 0,
    amountWithoutCustomer: amountWithout,
    amountBeforeWindow: 0,
    firstDay: NaN,
    lastDay: NaN,
    hasCost: !!table.cost,
    hasProfit: !!table.profit,
    hasQuantity: !!table.quantity,
    hasPayment: !!table.payment,
    profitSource: table.profit ? 'profit' : table.cost && table.amount ? 'amountMinusCost' : null
  };
  return {
    shape: 'customers',
    ids,
    analysisDay: NaN,
    windowDays: config.windowDays,
    frequencyMode: config.frequency,
    monetaryMode: config.monetary,
    frequency,
    monetary,
    revenue,
    recencyDays,
    firstDay: nan(),
    lastDay: nan(),
    tenureDays,
    profit,
    quantity,
    payment,
    metrics: { ...numbers, revenue, orders: frequency, monetary, profit, quantity, payment, recency: recencyDays, tenure: tenureDays },
    attributes,
    stats,
    codeToIndex,
    orders: { offsets: new Int32Array(customers + 1), day: new Int32Array(0), value: new Float64Array(0) }
  };
}

/** Sorts the orders at [from, to) by (day, key), moving their values and row counts along. */
function sortOrders(day: Int32Array, key: Int32Array, value: Float64Array, rows: Int32Array, from: number, to: number): void {
  let sorted = true;
  for (let j = from + 1; j < to && sorted; j++) sorted = day[j - 1] < day[j] || (day[j - 1] === day[j] && key[j - 1] < key[j]);
  if (sorted) return;
  const perm = new Int32Array(to - from);
  for (let j = 0; j < perm.length; j++) perm[j] = from + j;
  perm.sort((x, y) => day[x] - day[y] || key[x] - key[y]);
  const d = day.slice(from, to);
  const k = key.slice(from, to);
  const v = value.slice(from, to);
  const r = rows.slice(from, to);
  for (let j = 0; j < perm.length; j++) {
    const src = perm[j] - from;
    day[from + j] = d[src];
    key[from + j] = k[src];
    value[from + j] = v[src];
    rows[from + j] = r[src];
  }
}

function attributeColumns(table: Table): [string, Category][] {
  const out: [string, Category][] = [];
  if (table.region) out.push(['region', table.region]);
  for (const [name, category] of Object.entries(table.categories)) if (name !== 'region') out.push([name, category]);
  return out;
}

/** Label counts per (customer, label) up to this many cells are kept in one array; beyond, rows are grouped by customer first. */
const maxCountCells = 1 << 21;

/** Each customer's most frequent label (ties: the label that comes first in the column's label list); −1 when none. */
function mostFrequent(category: Category, rowCustomer: Int32Array, customers: number): Category {
  const codes = new Int32Array(customers).fill(-1);
  const labelCount = category.labels.length;
  if (customers * labelCount <= maxCountCells) {
    const counts = new Int32Array(customers * labelCount);
    for (let i = 0; i < rowCustomer.length; i++) {
      const cust = rowCustomer[i];
      const code = category.codes[i];
      if (cust >= 0 && code >= 0) counts[cust * labelCount + code]++;
    }
    for (let cust = 0, base = 0; cust < customers; cust++, base += labelCount) {
      let best = -1;
      let bestCount = 0;
      for (let code = 0; code < labelCount; code++) {
        if (counts[base + code] > bestCount) {
          best = code;
          bestCount = counts[base + code];
        }
      }
      codes[cust] = best;
    }
    return { codes, labels: category.labels };
  }
  let rowCount = 0;
  for (let i = 0; i < rowCustomer.length; i++) if (rowCustomer[i] >= 0) rowCount++;
  const rows = new Int32Array(rowCount);
  for (let i = 0, k = 0; i < rowCustomer.length; i++) if (rowCustomer[i] >= 0) rows[k++] = i;
  const sortedRows = countingSort(rows, rowCustomer, customers);
  const counts = new Int32Array(labelCount);
  const touched: number[] = [];
  for (let k = 0; k < sortedRows.length; ) {
    const cust = rowCustomer[sortedRows[k]];
    let best = -1;
    let bestCount = 0;
    for (; k < sortedRows.length && rowCustomer[sortedRows[k]] === cust; k++) {
      const code = category.codes[sortedRows[k]];
      if (code < 0) continue;
      if (counts[code] === 0) touched.push(code);
      const count = ++counts[code];
      if (count > bestCount || (count === bestCount && code < best)) {
        best = code;
        bestCount = count;
      }
    }
    codes[cust] = best;
    for (const code of touched) counts[code] = 0;
    touched.length = 0;
  }
  return { codes, labels: category.labels };
}
