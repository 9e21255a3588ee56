/** Traditional Chinese and Japanese kanji forms of the characters header words use, read as Simplified. */
const simplified: Record<string, string> = {
  戶: '户', 戸: '户', 顧: '顾', 會: '会', 員: '员', 買: '买', 賣: '卖', 売: '卖', 單: '单', 単: '单', 號: '号', 編: '编', 碼: '码', 稱: '称', 數: '数', 額: '额', 價: '价',
  価: '价', 銷: '销', 營: '营', 業: '业', 収: '收', 計: '计', 總: '总', 総: '总', 訂: '订', 據: '据', 発: '发', 發: '发', 貨: '货', 產: '产', 産: '产', 區: '区', 國: '国',
  時: '时', 間: '间', 簡: '简', 稅: '税', 潤: '润', 實: '实', 実: '实', 類: '类', 別: '别', 級: '级', 門: '门', 務: '务', 購: '购', 鋪: '铺', 錄: '录', 項: '项', 細: '细',
  種: '种', 帳: '帐', 賬: '账', 筆: '笔', 張: '张', 證: '证', 証: '证', 憑: '凭', 內: '内', 兩: '两', 儲: '储', 値: '值', 與: '与', 純: '纯', 淨: '净', 損: '损', 費: '费',
  團: '团', 體: '体', 線: '线'
};

/** Words in header text that is written without separators, in English and Chinese (and kanji read as Simplified). */
const englishWords = [
  'customer', 'customers', 'cust', 'client', 'buyer', 'member', 'account', 'consumer', 'shopper', 'patron', 'user', 'company', 'party', 'contact',
  'id', 'no', 'num', 'nr', 'number', 'code', 'key', 'name', 'full', 'first', 'last', 'card',
  'date', 'dt', 'day', 'time', 'timestamp', 'datetime', 'stamp', 'year', 'month', 'week',
  'amount', 'amt', 'sales', 'sale', 'revenue', 'value', 'total', 'turnover', 'spend', 'spent', 'net', 'gross', 'annual', 'extended', 'line',
  'quantity', 'qty', 'units', 'unit', 'count', 'pieces', 'pcs', 'volume', 'ordered', 'sold',
  'price', 'each', 'rate', 'msrp', 'list',
  'order', 'orders', 'invoice', 'inv', 'transaction', 'trans', 'tran', 'txn', 'receipt', 'document', 'doc', 'bill', 'purchase', 'purchased',
  'product', 'item', 'sku', 'stock', 'article', 'description', 'category', 'goods', 'material',
  'cost', 'cogs', 'profit', 'margin', 'payment', 'paid', 'collected', 'collection',
  'region', 'territory', 'area', 'country', 'province', 'state', 'city', 'zone', 'district',
  'ship', 'shipped', 'shipping', 'delivery', 'due', 'birth', 'created', 'updated', 'status', 'deal', 'size', 'postal', 'zip', 'segment', 'mode',
  'row', 'discount', 'sub', 'type', 'channel', 'industry', 'store', 'shop', 'recency', 'frequency', 'monetary', 'of', 'per', 'phone', 'address',
  'email', 'group', 'class', 'level', 'rep', 'method', 'tax', 'currency', 'lifetime', 'signup', 'register', 'registered', 'joined'
];

const chineseWords = [
  '客户', '顾客', '会员', '用户', '单位', '买家', '客商', '购买方', '购货单位', '公司', '取引先', '购买者', '消费者',
  '序号', '编号', '编码', '代码', '号码', '卡号', '账号', '号', '名称', '名', '简称', '姓名', 'コード', '番号', 'id',
  '日期', '时间', '日付', '日时', '年月日', '时刻',
  '金额', '收入', '销售额', '销售金额', '合计', '价税合计', '营业额', '总额', '总计', '小计', '含税金额', '实收金额', '卖上', '卖上高', '营业收入',
  '数量', '件数', '销量', '个数',
  '单价', '价格', '售价',
  '订单', '单据', '单号', '发票', '流水号', '票据', '凭证',
  '商品', '产品', '存货', '品名', '货品', '物料', '品类', '品目',
  '成本', '利润', '毛利', '回款', '收款', '实收',
  '地区', '区域', '省份', '城市', '国家', '大区', '片区', '地域',
  '交易', '消费', '购买', '下单', '订购', '营业', '销售', '无税', '含税', '税额', '门店', '部门', '业务员', '渠道', '类型', '等级', '类别', '分类',
  '级别', '行业', '发货', '到期', '出生', '注册', '计量单位', '最近', '次数', '频率', '首次', '末次', '开户', '入会', '开票', '成交', '入库', '出库', '备注', '状态'
];

const english = new Set(englishWords);
const chineseByLength = [...new Set(chineseWords)].sort((a, b) => b.length - a.length);
const longestEnglish = Math.max(...englishWords.map((w) => w.length));

/** Characters read as their Simplified equivalents (客戶 → 客户, 金額 → 金额, 単価 → 单价). */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += simplified[ch] ?? ch;
  return out;
}

/** A run of letters split into dictionary words when it is written together (QUANTITYORDERED → quantity ordered): the fewest words that cover it, or the run itself. */
function splitRun(run: string): string[] {
  if (english.has(run) || run.length < 4) return [run];
  const best: (string[] | null)[] = new Array(run.length + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= run.length; end++) {
    for (let start = Math.max(0, end - longestEnglish); start < end; start++) {
      const before = best[start];
      const word = run.slice(start, end);
      if (before && english.has(word) && (!best[end] || before.length + 1 < best[end]!.length)) best[end] = [...before, word];
    }
  }
  return best[run.length] ?? [run];
}

/** Chinese (or kana) text split into known words, longest first; an unknown character is a word of its own. */
function splitHan(run: string): string[] {
  const words: string[] = [];
  let at = 0;
  while (at < run.length) {
    const word = chineseByLength.find((w) => run.startsWith(w, at));
    if (word) {
      words.push(word);
      at += word.length;
    } else {
      words.push(run[at]);
      at++;
    }
  }
  return words;
}

/**
 * The words of a header, lower case: NFKC (full-width → ASCII), units in brackets dropped,
 * Traditional and kanji forms read as Simplified, split at separators, camelCase, digits, between
 * scripts, and inside run-together words by a dictionary (`CUSTOMERNAME` → customer name,
 * `客户序号` → 客户 序号).
 */
export function headerWords(header: string): string[] {
  const text = toSimplified(
    header
      .normalize('NFKC')
      .replace(/[([【（][^)\]】）]*[)\]】）]/g, ' ')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
  ).toLowerCase();
  const words: string[] = [];
  for (const piece of text.match(/[a-z]+|\d+|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]+|[\p{L}\p{M}]+/gu) ?? []) {
    if (/^[a-z]+$/.test(piece)) words.push(...splitRun(piece));
    else if (/^\d+$/.test(piece)) continue;
    else if (/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(piece)) words.push(...splitHan(piece));
    else words.push(piece);
  }
  return words;
}
