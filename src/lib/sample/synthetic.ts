import { dayOf, dayOfIso, isoOfDay } from '../analysis/day.ts';
import { createRandom, type Random } from './random.ts';

/** Options of the synthetic distributor; every default is documented in public/samples/README.md. */
export interface SyntheticOptions {
  /** Data rows (order lines) to write, exactly; default 45,000. */
  rows?: number;
  /** Size of the customer pool; default grows with the square root of rows (3,000 at 45,000 rows). */
  customers?: number;
  /** PRNG seed (integer); default 1. */
  seed?: number;
  /** First day (ISO); the period ends with the last day of its `months`-th calendar month. Default: the period ends 2025-12-31 (2024-01-01 for 24 months). */
  start?: string;
  /** Length of the period in calendar months; default 24. */
  months?: number;
}

export const syntheticHeader =
  'order_id,order_date,customer_id,region,channel,product,category,quantity,unit_price,amount,cost,payment';

interface Product {
  name: string;
  category: number;
  price: number;
}

/** Categories with their gross margin at list price (low-margin ones turn loss-making under discounts). */
const categories: { name: string; margin: number; products: [string, number][] }[] = [
  { name: '包装材料', margin: 0.1, products: [['纸箱（大）', 12.5], ['纸箱（小）', 6.8], ['气泡膜', 45], ['封箱胶带', 3.2], ['缠绕膜', 38]] },
  { name: '五金工具', margin: 0.28, products: [['扳手套装', 128], ['电钻', 399], ['螺丝刀组', 56], ['卷尺', 18], ['老虎钳', 32]] },
  { name: '电子元件', margin: 0.22, products: [['继电器', 24], ['电容套件', 15], ['传感器', 86], ['开关电源', 158], ['连接器', 4.5]] },
  { name: '办公用品', margin: 0.18, products: [['A4复印纸', 23], ['中性笔', 1.8], ['文件夹', 5.5], ['打印机墨盒', 168], ['订书机', 16]] },
  { name: '劳保用品', margin: 0.25, products: [['劳保手套', 2.6], ['安全帽', 35], ['防护眼镜', 14], ['工作服', 89], ['安全鞋', 159]] },
  { name: '清洁用品', margin: 0.2, products: [['洗手液', 19], ['消毒液', 28], ['拖把', 25], ['垃圾袋', 12], ['工业擦拭纸', 42]] },
  { name: '化工原料', margin: 0.14, products: [['润滑油', 65], ['工业酒精', 48], ['防锈剂', 36], ['胶粘剂', 22], ['清洗剂', 55]] },
  { name: '机电设备', margin: 0.08, products: [['小型电机', 680], ['水泵', 1250], ['空压机', 2880], ['变频器', 1580], ['工业风扇', 260]] }
];

const products: Product[] = categories.flatMap((c, category) =>
  c.products.map(([name, price]) => ({ name, category, price }))
);

const regions = ['华东', '华南', '华北', '华中', '西南', '西北', '东北'];
const regionWeights = [0.3, 0.2, 0.17, 0.12, 0.1, 0.05, 0.06];
const channels = ['经销商', '零售门店', '电商平台', '工业直销'];
const channelWeights = [0.3, 0.35, 0.2, 0.15];
const channelSize = [2, 0.7, 0.8, 1.5];
/** Seasonality by calendar month (Spring Festival dip in February, year-end peak) and by weekday (Sunday first). */
const monthFactor = [0.9, 0.55, 1, 1, 1.05, 1.1, 0.95, 0.95, 1.05, 1.1, 1.2, 1.3];
const weekdayFactor = [0.3, 1, 1, 1, 1, 1, 0.5];

/** Default customer pool for a row count: 3,000 at 45,000 rows, 20,000 at 2,000,000. */
export function defaultCustomers(rows: number): number {
  return Math.max(1, Math.round(3000 * Math.sqrt(rows / 45_000)));
}

const cents = (x: number) => Math.round(x * 100);
const money = (c: number) => (c / 100).toFixed(2);

function positiveInteger(name: string, value: number, allowZero = false): number {
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new RangeError(`invalid ${name}: ${value} (expected ${allowZero ? 'a non-negative' : 'a positive'} integer)`);
  }
  return value;
}

interface Customers {
  id: string[];
  region: Uint8Array;
  channel: Uint8Array;
  /** Relative order rate and order size. */
  rate: Float64Array;
  size: Float64Array;
  trend: Float64Array;
  amplitude: Float64Array;
  phase: Float64Array;
  period: Float64Array;
  discount: Float64Array;
  collect: Float64Array;
  /** Preferred categories as a bit mask. */
  prefer: Uint16Array;
  join: Int32Array;
  churn: Int32Array;
  oneOff: Uint8Array;
  bought: Uint8Array;
}

function makeCustomers(n: number, first: number, last: number, rnd: Random): Customers {
  const c: Customers = {
    id: [],
    region: new Uint8Array(n),
    channel: new Uint8Array(n),
    rate: new Float64Array(n),
    size: new Float64Array(n),
    trend: new Float64Array(n),
    amplitude: new Float64Array(n),
    phase: new Float64Array(n),
    period: new Float64Array(n),
    discount: new Float64Array(n),
    collect: new Float64Array(n),
    prefer: new Uint16Array(n),
    join: new Int32Array(n),
    churn: new Int32Array(n),
    oneOff: new Uint8Array(n),
    bought: new Uint8Array(n)
  };
  const span = last - first + 1;
  const width = Math.max(5, String(n).length);
  for (let i = 0; i < n; i++) {
    c.id.push('C' + String(i + 1).padStart(width, '0'));
    c.region[i] = rnd.pick(regionWeights);
    c.channel[i] = rnd.pick(channelWeights);
    // Log-normal customer value: a few large accounts carry most of the revenue.
    const value = Math.exp(1.5 * rnd.normal()) * channelSize[c.channel[i]];
    c.rate[i] = Math.pow(value, 0.65);
    c.size[i] = Math.pow(value, 0.35);
    c.trend[i] = 0.6 * rnd.normal();
    c.amplitude[i] = rnd.chance(0.3) ? 0.4 + 0.55 * rnd.next() : 0;
    c.phase[i] = 2 * Math.PI * rnd.next();
    c.period[i] = 120 + 300 * rnd.next();
    c.discount[i] = Math.min(0.16, 0.01 + 0.025 * Math.log1p(value) + 0.03 * rnd.next());
    const u = rnd.next();
    c.collect[i] = u < 0.7 ? 1 : u < 0.95 ? 0.7 + 0.28 * rnd.next() : 0.3 + 0.3 * rnd.next();
    let mask = 0;
    const k = rnd.int(2, 4);
    for (let j = 0; j < k; j++) mask |= 1 << rnd.int(0, categories.length - 1);
    c.prefer[i] = mask;
    // 45 % are customers already at the start (first order in the first 120 days), the rest join later.
    c.oneOff[i] = rnd.chance(0.01) ? 1 : 0;
    if (c.oneOff[i]) {
      c.join[i] = first + rnd.int(0, span - 1);
      c.churn[i] = c.join[i] + 1;
    } else {
      c.join[i] = rnd.chance(0.45) ? first + rnd.int(0, Math.min(span, 120) - 1) : first + rnd.int(0, span - 1);
      c.churn[i] = rnd.chance(0.35) ? c.join[i] + rnd.int(30, span) : last + 1;
    }
  }
  return c;
}

/**
 * Order lines of a deterministic synthetic distributor (header first, no line ends): Pareto-like customer sizes,
 * seasonality, customers joining and churning, one-off big-ticket customers, multi-line orders, ~2 % return lines,
 * discounts that sometimes push the price below cost, regions, channels, cost and collected payment per line.
 * Exactly `rows` data lines; the same options always give the same bytes.
 */
export function* generateTransactions(options: SyntheticOptions = {}): Iterable<string> {
  const rows = positiveInteger('rows', options.rows ?? 45_000, true);
  const n = positiveInteger('customers', options.customers ?? defaultCustomers(rows));
  const seed = options.seed ?? 1;
  const months = positiveInteger('months', options.months ?? 24);
  let first: number;
  let last: number;
  if (options.start !== undefined) {
    first = dayOfIso(options.start);
    if (Number.isNaN(first)) throw new RangeError(`invalid start: ${options.start} (expected YYYY-MM-DD)`);
    // The period ends with the last day of the months-th calendar month (start 2024-01-01, 24 months → 2025-12-31).
    const d = new Date(first * 86_400_000);
    last = dayOf(d.getUTCFullYear(), d.getUTCMonth() + 1 + months, 1) - 1;
  } else {
    last = dayOf(2025, 12, 31);
    first = dayOf(2025, 12 - months + 1, 1);
  }
  const rnd = createRandom(seed);
  const cust = makeCustomers(n, first, last, rnd);
  const span = last - first + 1;

  // Day weights (seasonality, weekday, 10 % yearly growth) → exact cumulative row targets.
  const dayWeight = new Float64Array(span);
  let totalWeight = 0;
  for (let t = 0; t < span; t++) {
    const date = new Date((first + t) * 86_400_000);
    dayWeight[t] = monthFactor[date.getUTCMonth()] * weekdayFactor[date.getUTCDay()] * (1 + (0.1 * t) / 365);
    totalWeight += dayWeight[t];
  }

  yield syntheticHeader;
  let emitted = 0;
  let orderNo = 0;
  let cumWeight = 0;
  const weights = new Float64Array(n);
  const joining: number[][] = Array.from({ length: span }, () => []);
  for (let i = 0; i < n; i++) joining[cust.join[i] - first].push(i);

  const line = (order: string, iso: string, i: number, p: Product, quantity: number, priceCents: number, paid: number) => {
    const amount = quantity * priceCents;
    const cost = cents(quantity * p.price * (1 - categories[p.category].margin));
    const payment = quantity < 0 ? amount : Math.round(amount * paid);
    emitted++;
    return `${order},${iso},${cust.id[i]},${regions[cust.region[i]]},${channels[cust.channel[i]]},${p.name},${categories[p.category].name},${quantity},${money(priceCents)},${money(amount)},${money(cost)},${money(payment)}`;
  };
  const pickProduct = (i: number): Product => {
    let category = rnd.int(0, categories.length - 1);
    if (rnd.chance(0.85)) {
      for (let tries = 0; tries < 8 && !(cust.prefer[i] & (1 << category)); tries++) category = rnd.int(0, categories.length - 1);
    }
    return products[category * 5 + rnd.int(0, 4)];
  };
  const quantityOf = (i: number, p: Product, scale: number) =>
    Math.max(1, Math.round((scale * 60 * cust.size[i] * Math.exp(0.6 * rnd.normal())) / Math.sqrt(p.price)));
  const priceOf = (i: number, p: Product) => {
    const promo = rnd.chance(0.1) ? 0.05 + 0.15 * rnd.next() : 0;
    return Math.max(1, cents(p.price * (1 - cust.discount[i] - promo)));
  };

  function* order(i: number, t: number, iso: string, maxLines: number, scale: number, lines: number): Generator<string> {
    const id = 'SO' + String(++orderNo).padStart(8, '0');
    // Collected payment: most of it for old orders, part of it for orders in the last 60 days.
    const paid = t > span - 60 ? cust.collect[i] * (0.3 + 0.7 * ((span - t) / 60)) : cust.collect[i];
    const count = Math.min(lines, maxLines);
    for (let l = 0; l < count; l++) {
      const p = pickProduct(i);
      yield line(id, iso, i, p, quantityOf(i, p, scale), priceOf(i, p), paid);
    }
    cust.bought[i] = 1;
  }
  const linesOf = () => Math.min(15, 1 + Math.floor(-2.2 * Math.log(1 - rnd.next())));

  for (let t = 0; t < span && emitted < rows; t++) {
    const day = first + t;
    const iso = isoOfDay(day);
    cumWeight += dayWeight[t];
    const target = t === span - 1 ? rows : Math.min(rows, Math.round((rows * cumWeight) / totalWeight));
    // Every customer's first order is on its join day; one-off customers place one big order and never return.
    for (const i of joining[t]) {
      if (emitted >= rows) break;
      if (cust.oneOff[i]) yield* order(i, t, iso, rows - emitted, 25, rnd.int(6, 12));
      else yield* order(i, t, iso, rows - emitted, 1, linesOf());
    }
    if (emitted >= target) continue;
    let total = 0;
    for (let i = 0; i < n; i++) {
      let w = 0;
      if (!cust.oneOff[i] && cust.bought[i] && day < cust.churn[i]) {
        w = cust.rate[i] * Math.exp((cust.trend[i] * (t - span / 2)) / 365);
        if (cust.amplitude[i] > 0) w *= 1 + cust.amplitude[i] * Math.sin((2 * Math.PI * t) / cust.period[i] + cust.phase[i]);
      }
      total += w;
      weights[i] = total;
    }
    if (total <= 0) {
      if (t < span - 1) continue;
      // Nobody is active on the last day: let anyone order so that the row count is still exact.
      for (let i = 0; i < n; i++) weights[i] = i + 1;
      total = n;
    }
    while (emitted < target) {
      const x = rnd.next() * total;
      let lo = 0, hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (weights[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      const i = lo;
      if (rnd.chance(0.065)) {
        // A return: its own order with one negative line.
        const p = pickProduct(i);
        const id = 'RT' + String(++orderNo).padStart(8, '0');
        yield line(id, iso, i, p, -Math.max(1, Math.round(quantityOf(i, p, 1) / 3)), priceOf(i, p), 1);
      } else {
        yield* order(i, t, iso, target - emitted, 1, linesOf());
      }
    }
  }
}
