import type { Role } from '../analysis/table.ts';
import { headerWords } from './headerWords.ts';

type WordClass = Role | 'id' | 'name' | 'attribute' | 'summary';

/** The role (or kind) each header word names, with its strength (10 = the word itself says it). */
const lexicon: Record<WordClass, Record<string, number>> = {
  customer: {
    customer: 10, customers: 10, cust: 10, client: 10, buyer: 9, member: 9, account: 8, consumer: 9, shopper: 9, patron: 9, user: 6, company: 5, party: 5,
    客户: 10, 顾客: 10, 会员: 9, 用户: 7, 单位: 6, 买家: 9, 客商: 9, 购买方: 9, 购货单位: 9, 公司: 5, 取引先: 9, 购买者: 9, 消费者: 9
  },
  id: { id: 10, no: 10, num: 9, nr: 9, number: 9, code: 9, key: 8, card: 8, 序号: 10, 编号: 10, 编码: 10, 代码: 9, 号码: 9, 卡号: 10, 账号: 9, 号: 9, コード: 9, 番号: 9 },
  name: { name: 10, 名称: 10, 名: 9, 简称: 9, 姓名: 9 },
  date: { date: 10, dt: 10, day: 8, time: 8, timestamp: 9, datetime: 10, 日期: 10, 时间: 9, 日付: 10, 日时: 9, 年月日: 10, 时刻: 8 },
  amount: {
    amount: 10, amt: 10, sales: 9, sale: 7, revenue: 10, value: 7, total: 7, turnover: 9, spend: 8, spent: 8, monetary: 8,
    金额: 10, 收入: 9, 营业收入: 10, 销售额: 10, 销售金额: 10, 合计: 8, 价税合计: 10, 营业额: 10, 总额: 8, 总计: 7, 小计: 6, 含税金额: 10, 实收金额: 9, 卖上: 9, 卖上高: 9
  },
  quantity: { quantity: 10, qty: 10, units: 9, count: 6, pieces: 9, pcs: 9, volume: 6, 数量: 10, 件数: 9, 销量: 9, 个数: 8 },
  price: { price: 10, each: 8, rate: 5, 单价: 10, 价格: 9, 售价: 9 },
  order: {
    order: 10, invoice: 10, inv: 8, transaction: 9, trans: 8, tran: 8, txn: 8, receipt: 9, document: 8, doc: 7, bill: 7,
    订单: 10, 单据: 10, 单号: 10, 发票: 9, 流水号: 9, 票据: 8, 凭证: 7
  },
  product: {
    product: 10, item: 9, sku: 10, stock: 8, article: 9, goods: 8, material: 7, description: 4, category: 3,
    商品: 10, 产品: 10, 存货: 10, 品名: 10, 货品: 9, 物料: 8, 品类: 5, 品目: 8
  },
  cost: { cost: 10, cogs: 10, 成本: 10 },
  profit: { profit: 10, margin: 9, 利润: 10, 毛利: 10 },
  payment: { payment: 10, paid: 9, collected: 9, collection: 8, 回款: 10, 收款: 10, 实收: 9 },
  region: {
    region: 10, territory: 10, area: 9, zone: 8, district: 7, country: 8, province: 8, state: 7, city: 6,
    地区: 10, 区域: 10, 大区: 10, 片区: 9, 地域: 9, 省份: 8, 国家: 8, 城市: 6
  },
  /** A header that ends in one of these names a property of the thing before it, not the thing. */
  attribute: {
    segment: 1, type: 1, status: 1, group: 1, class: 1, level: 1, industry: 1, channel: 1, mode: 1, method: 1, rep: 1, phone: 1, address: 1, email: 1,
    size: 1, currency: 1, 类型: 1, 等级: 1, 类别: 1, 分类: 1, 级别: 1, 行业: 1, 渠道: 1, 状态: 1, 备注: 1, 计量单位: 1, 业务员: 1, 部门: 1
  },
  /** Words of a customer table's summary columns (recency, order count, first or last purchase). */
  summary: { recency: 1, frequency: 1, lifetime: 1, orders: 1, last: 1, first: 1, 最近: 1, 次数: 1, 频率: 1, 首次: 1, 末次: 1 }
};

/** Words before a date that make it the transaction's own date, and words that make it another date. */
const transactionDate = new Set(['order', 'invoice', 'transaction', 'trans', 'tran', 'txn', 'purchase', 'sale', 'sales', 'receipt', 'document', '订单', '交易', '下单', '消费', '购买', '单据', '销售', '开票', '成交']);
const laterDate = new Set(['ship', 'shipped', 'shipping', 'delivery', 'due', '发货', '到期', '入库', '出库']);
/** Dates of the customer, not of a transaction (`Birth Date`, `Created`, `注册日期`): a customer table's attributes. */
const customerDate = new Set(['birth', 'created', 'updated', 'signup', 'register', 'registered', 'joined', '出生', '注册', '开户', '入会']);

/** Words that say only "an amount of" what the word before them names. */
const genericAmount = new Set(['amount', 'amt', 'value', 'total', 'sum', '金额', '合计', '总额', '总计', '小计']);

/** What one header says: a score per role (absent = no claim), and whether it names a customer by id or by name. */
export interface HeaderClaim {
  words: string[];
  scores: Partial<Record<Role, number>>;
  /** The customer is named by an id (`Customer ID`) or by a name (`Customer Name`). */
  customerBy?: 'id' | 'name';
  /** The header names a property (`Customer Type`) or a customer-table summary (`Last Order Date`, `Recency`). */
  attribute: boolean;
  summary: boolean;
}

function classesOf(word: string): [WordClass, number][] {
  const out: [WordClass, number][] = [];
  for (const [cls, words] of Object.entries(lexicon) as [WordClass, Record<string, number>][]) if (word in words) out.push([cls, words[word]]);
  return out;
}

/**
 * The roles a header can stand for, from its words: the last word that names a role decides
 * (`Order Date` is a date, `Order Total` an amount), an id or name word takes the role of the
 * word before it (`Customer ID`, `Product Code`, but not `Order Line Number`), a date qualified by
 * the order (`Order Date`) beats other dates (`Ship Date`), and words after the deciding one weaken
 * the claim (`QUANTITYORDERED`) or cancel it when they name a property (`Customer Type`).
 */
export function headerClaim(header: string): HeaderClaim {
  const words = headerWords(header);
  const claim: HeaderClaim = { words, scores: {}, attribute: false, summary: words.some((w) => w in lexicon.summary || customerDate.has(w)) };
  for (let i = words.length - 1; i >= 0; i--) {
    const classes = classesOf(words[i]);
    if (!classes.length) continue;
    if (classes.some(([c]) => c === 'attribute')) {
      claim.attribute = true;
      return claim;
    }
    const trailing = words.length - 1 - i;
    const weaken = (score: number) => score - 3 * trailing;
    const kind = classes.find(([c]) => c === 'id' || c === 'name');
    if (kind) {
      const before = i > 0 ? classesOf(words[i - 1]) : [];
      const owner = before.find(([c]) => c === 'customer' || c === 'order' || c === 'product');
      if (!owner) {
        // A bare id or name word, or one owned by something else (`Row ID`, `Order Line Number`): no role.
        const own = classes.find(([c]) => c !== 'id' && c !== 'name');
        if (own && i === words.length - 1 && words.length === 1) claim.scores[own[0] as Role] = own[1];
        return claim;
      }
      const [role, strength] = owner as [Role, number];
      const byName = kind[0] === 'name';
      claim.scores[role] = weaken(role === 'customer' ? strength - (byName ? 2 : 0) : byName && role === 'order' ? 0 : strength);
      if (role === 'customer') claim.customerBy = byName ? 'name' : 'id';
      // `Customer Code` might also be read as an id-like product word (`stock code`): the owner alone decides.
      return claim;
    }
    for (const [cls, strength] of classes) {
      if (cls === 'summary') continue;
      let score = weaken(strength);
      if (cls === 'date') {
        const before = words.slice(0, i);
        if (before.some((w) => transactionDate.has(w))) score += 2;
        if (before.some((w) => laterDate.has(w))) score -= 4;
        if (before.some((w) => customerDate.has(w))) continue;
      }
      if (cls === 'amount' && genericAmount.has(words[i])) {
        // `Cost Amount`, `回款金额`, `Profit Total`: the amount of what the word before names.
        const owner = words.slice(0, i).flatMap(classesOf).find(([c]) => c === 'cost' || c === 'profit' || c === 'payment' || c === 'quantity');
        if (owner) {
          claim.scores[owner[0] as Role] = weaken(owner[1]);
          continue;
        }
      }
      if (cls === 'customer') claim.customerBy = 'id';
      if (score > 0) claim.scores[cls as Role] = Math.max(claim.scores[cls as Role] ?? 0, score);
    }
    if (Object.keys(claim.scores).length) return claim;
  }
  return claim;
}
