import { format, type Locale } from '../lib/i18n/define.ts';

/** The command line's own texts (help and argument errors), in both languages with the same placeholders. */
export const cliText = {
  en: {
    usage: `Kefen (客分) command line: customer classification of a CSV file, with the same import and analysis code as the app.

Usage:
  npm run -s kefen -- analyze FILE [options]   analyse FILE and print JSON (or CSV with --format csv)
  npm run -s kefen -- normalize FILE --out N.csv [data options]
                                               write the rows as Kefen read them: UTF-8 CSV, ISO dates, plain numbers,
                                               columns customer,date,amount,order,product,quantity,cost,profit,payment,
                                               region (those mapped) and line (the source line); rejected rows left out
                                               and counted in N.csv.json (rows read, kept, rejected by reason, mapping)
  npm run -s kefen -- sql FILE [options]       print SQL that gives every customer the fields of analyze (summary, RFM,
                                               8-class, ABC, pyramid, lifecycle), then the cut points used and the counts
  npm run -s kefen -- cohorts FILE [--period month|quarter]            cohort retention as JSON
  npm run -s kefen -- migrate FILE --by CLASSIFIER [--from D1] [--to D2]  migration between classes as JSON
  npm run -s kefen -- backtest FILE --by CLASSIFIER [--at D1] [--until D2] backtest of a classification as JSON
  npm run -s kefen -- --help [--lang zh]       this help (--lang zh: in Chinese)

SQL (FILE a normalised file; a raw file only for DuckDB and only when read_csv reads it as Kefen does;
     of a raw file only the first 256 KB are read, the columns found and those rows checked):
  --dialect duckdb|postgres|spark|bigquery     SQL dialect (default duckdb; DuckDB reads FILE with read_csv)
  --table NAME                     read the rows from this table (default kefen_rows; postgres, spark and bigquery
                                   always read a table: load the normalised CSV into it)
  --ddl                            print only the CREATE TABLE of the normalised columns in that dialect

Data:
  --shape transactions|customers   table shape (default: transactions when a date column is found)
  --map field=Column,...           columns by header; fields: customer, date, amount, order, quantity, price,
                                   product, cost, profit, payment, region (headers are auto-detected when omitted;
                                   quantity and price without amount: amount = quantity × price)
  --encoding utf-8|gb18030|...     text encoding (default: detected)
  --dates FROM..TO                 plausible dates, YYYY-MM-DD, either end may be left out (default
                                   1900-01-01..a year after today); rows dated outside are set aside and counted

Summary (METHOD §2):
  --analysis-date YYYY-MM-DD       analysis date D (default: the latest date in the file); later rows are left out
  --window-days N                  only orders in the last N days count toward F and M (default: all history)
  --frequency orders|rows          F counts orders with a positive value (default) or rows
  --monetary sum|average           M is the net sum (default) or the average order value

ABC (METHOD §3):
  --abc-metric NAME                revenue (default), orders, monetary, profit, quantity, payment, recency, tenure,
                                   or a numeric column of a customer table; a metric whose column the file lacks
                                   (profit without a profit or cost column, payment, quantity) is refused
  --abc A,B                        thresholds in percent (default 80,95)
  --abc-rule textbook|crossing     boundary rule (default textbook)

RFM (METHOD §5):
  --rfm-method rank|rfm-package|thresholds|mean|median   scoring method (default rank quantiles)
  --rfm-bins 3|4|5                 levels per dimension (default 5)
  --r-thresholds 7,30,60,120       cut points for --rfm-method thresholds (R in days: ≤ first cut scores highest);
  --f-thresholds 1,2,4,8           also --m-thresholds; k − 1 ascending values each
  --m-thresholds 100,500,1000,5000
  --segments grid|eight|rfm-package-vignette|rfm-package-tests   named segments (default grid)
  --preset r-rfm                   the R rfm package: F counts rows, package breaks, 5 levels, vignette segments

Value forecast (METHOD §9; adds model.bgnbd, model.gammaGamma and per customer x, tx, T, pAlive,
expectedPurchases, expectedOrderValue, clv):
  --model bgnbd                    fit the BG/NBD and Gamma-Gamma models (off by default)
  --calibration-end YYYY-MM-DD     end of the calibration period τ (default the analysis date: no holdout)
  --time-unit day|week|month       unit of x, tₓ, T and the horizon (default week; month = 30.4375 days)
  --horizon N                      forecast horizon in units (default 52 weeks in the unit)
  --discount-rate D                yearly discount rate of the CLV (default 0.1)

Change over time (METHOD §10; cohorts, migrate, backtest; the data and method options above apply):
  --period month|quarter           cohorts by month (default) or quarter of the first positive order
  --by abc|segment|eight|pyramid|lifecycle   ABC class, RFM segment (of --segments), RFM 8-class, pyramid tier
                                   or lifecycle stage, each computed with the rows up to the date
  --from D1, --to D2               migration dates YYYY-MM-DD, D1 before D2 (default: the analysis date minus the
                                   window — --window-days, else 180 days — and the analysis date)
  --at D1, --until D2              backtest: classify at D1, measure in (D1, D2] (same defaults)

Output:
  --format json|csv                JSON report (default) or the customer table as CSV (analyze only)
  --lang en|zh                     language of messages and of this help (default: from LANG, else English)

Exit codes:
  0  done
  1  internal error (a bug: please report it with the message)
  2  bad arguments, a file that cannot be read or imported, or a setting the file cannot use
  3  no result: no row of the file was accepted, or no row has a customer (the report is still
     printed, with the rejected rows; the reason is on stderr)
`,
    unknownCommand: 'unknown command “{command}” (expected analyze, normalize, sql, cohorts, migrate or backtest; see --help)',
    noCommand: 'no command given (expected analyze, normalize, sql, cohorts, migrate or backtest; see --help)',
    noOut: 'normalize needs --out N.csv: the file to write (its counts and mapping go to N.csv.json)',
    optionFor: '--{option} applies to {command} only',
    badTable: '--table {value}: expected a table name such as kefen_rows or dataset.kefen_rows (letters, digits, _)',
    writeFailed: 'cannot write {file}: {reason}',
    notNormalised: '{file} is not a normalised file (no {file}.json beside it, and its header is not the normalised columns): {dialect} reads a table of normalised rows. Run: kefen normalize {file} --out N.csv, load N.csv into the table (kefen sql N.csv --dialect {dialect} --ddl gives its CREATE TABLE), then kefen sql N.csv --dialect {dialect}',
    sqlHeadOnly: 'note: only the first {kb} KB of {file} were read, its columns and its first {rows} rows checked; read_csv reads the whole file. If it stops on a value, or rows further on would be rejected or converted by Kefen, run: kefen normalize {file} --out N.csv, then kefen sql N.csv',
    rawNotExact: 'DuckDB’s read_csv would not read {file} as Kefen does ({reasons}), so the SQL would give other answers. Run: kefen normalize {file} --out N.csv, then kefen sql N.csv',
    reasonEncoding: 'it is {encoding}, not UTF-8',
    reasonBom: 'it starts with a byte-order mark',
    reasonUndecodable: '{n} characters cannot be decoded',
    reasonRejected: '{n} rows are rejected by the import',
    reasonCoerced: 'values are converted on import: {kinds}',
    reasonDelimiter: 'its delimiter is “{delimiter}”',
    badSidecar: '{file}: {reason} (expected the sidecar that kefen normalize writes)',
    noBy: '{command} needs --by abc|segment|eight|pyramid|lifecycle (the classifier to follow)',
    badChangeDate: '--{option} {value}: expected a calendar date YYYY-MM-DD',
    changeOption: '--{option} applies to {commands} only',
    noDates: '{file} has no dates (a customer table): cohorts, migration and backtest need dated transactions',
    noFile: 'no FILE given: {command} needs the path of a CSV file',
    extraArguments: 'unexpected arguments: {args}',
    badOption: '{detail} (see --help)',
    badChoice: '--{option} {value}: expected one of {choices}',
    badNumber: '--{option} {value}: expected a whole number of days from 1 to 36,500',
    badDate: '--analysis-date {value}: expected a calendar date YYYY-MM-DD',
    badCalibrationEnd: '--calibration-end {value}: expected a calendar date YYYY-MM-DD',
    badPositive: '--{option} {value}: expected a positive number up to 100,000',
    badRate: '--discount-rate {value}: expected a yearly rate from 0 to 10, e.g. 0.1 for 10 %',
    forecastWithoutModel: '--{option} applies to the value forecast: add --model bgnbd',
    badDates: '--dates {value}: expected FROM..TO, two calendar dates YYYY-MM-DD (either may be left out), FROM not after TO',
    badMap: '--map {value}: expected field=Column pairs separated by commas; fields: {fields}',
    badAbc: '--abc {value}: expected two percentages A,B with 0 < A ≤ B ≤ 100, e.g. 80,95',
    badSetting: 'the setting {setting} is refused: {reason}',
    badThresholds: '--{option} {value}: expected at most 10 ascending numbers separated by commas',
    thresholdCount: '--{option} {value}: --rfm-method thresholds with --rfm-bins {bins} needs {count} ascending values',
    csvOnlyAnalyze: '--format csv applies to analyze only',
    readFailed: 'cannot read {file}: {reason}',
    importFailed: 'cannot import {file}: {reason}',
    settingFailed: 'the settings cannot be used: {reason}',
    metricAbsent: '--abc-metric {metric}: this file has no {metric}; profit needs a profit column or a cost column beside the amount, payment and quantity their own columns (see --map), orders and recency of a customer table an order-count or recency column, tenure dated orders',
    noRows: 'no result: {file} has no data rows',
    noRowsAccepted: 'no result: no row of {file} was accepted — {rejected} of {read} rows rejected (first: line {line}, column “{column}”: {reason}); the report lists the rejected rows',
    noCustomers: 'no result: none of the {rows} accepted rows of {file} has a customer (column “{column}” is empty); map the customer column with --map customer=Column',
    noCustomersUpToDate: 'no result: no row of {file} with a customer is dated up to the analysis date ({without} of {rows} accepted rows have no customer); check --analysis-date',
    error: 'error'
  },
  zh: {
    usage: `客分（Kefen）命令行：对 CSV 文件做客户分类，导入与分析代码与网页版相同。

用法：
  npm run -s kefen -- analyze 文件 [选项]   分析文件并输出 JSON（--format csv 时输出 CSV）
  npm run -s kefen -- normalize 文件 --out N.csv [数据选项]
                                            按客分读取的样子写出各行：UTF-8 CSV、ISO 日期、普通数字，列为
                                            customer,date,amount,order,product,quantity,cost,profit,payment,region
                                            （已映射的列）以及 line（源文件行号）；被拒绝的行不写出，
                                            并计入 N.csv.json（读取、保留、按原因拒绝的行数与列映射）
  npm run -s kefen -- sql 文件 [选项]       输出 SQL，为每位客户给出与 analyze 相同的字段（汇总、RFM、八类、
                                            ABC、金字塔、生命周期），随后给出所用的分界点与计数
  npm run -s kefen -- cohorts 文件 [--period month|quarter]             以 JSON 输出客户留存（同期群）
  npm run -s kefen -- migrate 文件 --by 分类方法 [--from D1] [--to D2]    以 JSON 输出客户在类别间的迁移
  npm run -s kefen -- backtest 文件 --by 分类方法 [--at D1] [--until D2]  以 JSON 输出分类回测
  npm run -s kefen -- --help [--lang en]    显示本帮助（--lang en：英文）

SQL（文件应为规范化文件；原始文件只适用于 DuckDB，且 read_csv 读取结果须与客分完全一致；
     原始文件只读取前 256 KB，据此确定各列并检查其中的各行）：
  --dialect duckdb|postgres|spark|bigquery     SQL 方言（默认 duckdb；DuckDB 用 read_csv 读取文件）
  --table 表名                      从该表读取各行（默认 kefen_rows；postgres、spark 与 bigquery 总是读表：
                                   请先把规范化 CSV 导入该表）
  --ddl                            只输出该方言下规范化各列的 CREATE TABLE

数据：
  --shape transactions|customers   表格形式：交易明细或客户表（默认：找到日期列即为交易明细）
  --map 字段=列名,...               按表头指定列；字段：customer 客户、date 日期、amount 金额、order 订单号、
                                   quantity 数量、price 单价、product 产品、cost 成本、profit 利润、payment 回款、
                                   region 地区（省略时自动识别表头；只有数量和单价时，金额 = 数量 × 单价）
  --encoding utf-8|gb18030|...     文本编码（默认自动检测）
  --dates FROM..TO                 合理日期范围，YYYY-MM-DD，两端均可省略（默认 1900-01-01..今天起一年后）；
                                   日期超出范围的行被搁置，并在报告中计数

客户汇总（METHOD §2）：
  --analysis-date YYYY-MM-DD       分析日期 D（默认：文件中最晚的日期）；晚于该日期的行不计入
  --window-days N                  只有最近 N 天内的订单计入 F 和 M（默认：全部历史）
  --frequency orders|rows          F 统计金额为正的订单数（默认）或行数
  --monetary sum|average           M 为净销售额合计（默认）或平均订单金额

ABC 分类（METHOD §3）：
  --abc-metric 指标                 revenue 销售额（默认）、orders 订单数、monetary、profit 利润、quantity 数量、
                                   payment 回款、recency、tenure，或客户表中的数值列；文件缺少相应列的指标
                                   （没有利润列或成本列时的 profit、没有对应列的 payment、quantity）会被拒绝
  --abc A,B                        累计百分比界限（默认 80,95）
  --abc-rule textbook|crossing     分界规则：教材规则（默认）或跨越规则

RFM 分级（METHOD §5）：
  --rfm-method rank|rfm-package|thresholds|mean|median   评分方法（默认：排名分位）
  --rfm-bins 3|4|5                 每个维度的等级数（默认 5）
  --r-thresholds 7,30,60,120       --rfm-method thresholds 的分界点（R 以天计：不超过第一个分界点得最高分）；
  --f-thresholds 1,2,4,8           另有 --m-thresholds；每个维度 k − 1 个递增数值
  --m-thresholds 100,500,1000,5000
  --segments grid|eight|rfm-package-vignette|rfm-package-tests   客户细分方案（默认 grid：R × F 网格）
  --preset r-rfm                   与 R 语言 rfm 包一致：F 统计行数、包的分箱、5 级、vignette 细分表

价值预测（METHOD §9；报告中增加 model.bgnbd、model.gammaGamma，以及每位客户的 x、tx、T、pAlive、
expectedPurchases、expectedOrderValue、clv）：
  --model bgnbd                    拟合 BG/NBD 与 Gamma-Gamma 模型（默认不拟合）
  --calibration-end YYYY-MM-DD     校准期截止日 τ（默认为分析日期：没有留出期）
  --time-unit day|week|month       x、tₓ、T 与预测期的时间单位（默认 week；month = 30.4375 天）
  --horizon N                      预测期长度，以时间单位计（默认相当于 52 周）
  --discount-rate D                客户终身价值（CLV）的年贴现率（默认 0.1）

客户变化（METHOD §10；用于 cohorts、migrate、backtest；上面的数据与方法选项同样适用）：
  --period month|quarter           按首次正金额订单所在的月（默认）或季度划分同期群
  --by abc|segment|eight|pyramid|lifecycle   ABC 类别、RFM 细分（按 --segments）、RFM 八类、金字塔层级
                                   或生命周期阶段，均以截至该日期的数据计算
  --from D1, --to D2               迁移的两个日期 YYYY-MM-DD，D1 早于 D2（默认：分析日期减去时间窗——
                                   --window-days，否则 180 天——以及分析日期）
  --at D1, --until D2              回测：在 D1 分类，考察 (D1, D2] 期间的表现（默认同上）

输出：
  --format json|csv                JSON 报告（默认）或客户明细 CSV（仅 analyze）
  --lang en|zh                     提示信息与本帮助的语言（默认：按 LANG 环境变量，否则英文）

退出码：
  0  完成
  1  内部错误（程序缺陷：请附上提示信息报告）
  2  参数错误、文件无法读取或导入，或设置不适用于该文件
  3  没有结果：文件中没有一行被接受，或没有任何一行有客户（仍会输出报告及被拒绝的行；
     原因见标准错误输出）
`,
    unknownCommand: '未知命令“{command}”（应为 analyze、normalize、sql、cohorts、migrate 或 backtest；见 --help）',
    noCommand: '未给出命令（应为 analyze、normalize、sql、cohorts、migrate 或 backtest；见 --help）',
    noOut: 'normalize 需要 --out N.csv：要写出的文件（计数与列映射写入 N.csv.json）',
    optionFor: '--{option} 只适用于 {command}',
    badTable: '--table {value}：应为表名，例如 kefen_rows 或 dataset.kefen_rows（字母、数字、_）',
    writeFailed: '无法写入 {file}：{reason}',
    notNormalised: '{file} 不是规范化文件（旁边没有 {file}.json，表头也不是规范化的各列）：{dialect} 读取的是规范化各行所在的表。请运行：kefen normalize {file} --out N.csv，把 N.csv 导入该表（kefen sql N.csv --dialect {dialect} --ddl 给出建表语句），再运行 kefen sql N.csv --dialect {dialect}',
    sqlHeadOnly: '注意：只读取了 {file} 的前 {kb} KB，据此确定各列并检查了前 {rows} 行；read_csv 会读取整个文件。若它在某个值上报错，或后面的行会被客分拒绝或转换，请运行：kefen normalize {file} --out N.csv，再运行 kefen sql N.csv',
    rawNotExact: 'DuckDB 的 read_csv 读取 {file} 的结果与客分不同（{reasons}），SQL 会得出不同的结果。请运行：kefen normalize {file} --out N.csv，再运行 kefen sql N.csv',
    reasonEncoding: '文件编码为 {encoding}，不是 UTF-8',
    reasonBom: '文件以字节顺序标记（BOM）开头',
    reasonUndecodable: '有 {n} 个字符无法解码',
    reasonRejected: '导入时有 {n} 行被拒绝',
    reasonCoerced: '导入时有数值被转换：{kinds}',
    reasonDelimiter: '分隔符为“{delimiter}”',
    badSidecar: '{file}：{reason}（应为 kefen normalize 写出的附带文件）',
    noBy: '{command} 需要 --by abc|segment|eight|pyramid|lifecycle（要跟踪的分类方法）',
    badChangeDate: '--{option} {value}：应为日期 YYYY-MM-DD',
    changeOption: '--{option} 只适用于 {commands}',
    noDates: '{file} 没有日期（是客户表）：客户留存、迁移与回测需要带日期的交易明细',
    noFile: '未给出文件：{command} 需要一个 CSV 文件路径',
    extraArguments: '多余的参数：{args}',
    badOption: '{detail}（见 --help）',
    badChoice: '--{option} {value}：应为 {choices} 之一',
    badNumber: '--{option} {value}：应为 1 到 36,500 之间的整天数',
    badDate: '--analysis-date {value}：应为日期 YYYY-MM-DD',
    badCalibrationEnd: '--calibration-end {value}：应为日期 YYYY-MM-DD',
    badPositive: '--{option} {value}：应为不超过 100,000 的正数',
    badRate: '--discount-rate {value}：应为 0 到 10 之间的年贴现率，例如 0.1 表示 10 %',
    forecastWithoutModel: '--{option} 用于价值预测：请加上 --model bgnbd',
    badDates: '--dates {value}：应为 FROM..TO，即两个 YYYY-MM-DD 日期（均可省略），且 FROM 不晚于 TO',
    badMap: '--map {value}：应为以逗号分隔的 字段=列名；字段：{fields}',
    badAbc: '--abc {value}：应为两个百分数 A,B，且 0 < A ≤ B ≤ 100，例如 80,95',
    badSetting: '设置 {setting} 被拒绝：{reason}',
    badThresholds: '--{option} {value}：应为以逗号分隔的至多 10 个递增数值',
    thresholdCount: '--{option} {value}：--rfm-method thresholds 且 --rfm-bins {bins} 时需要 {count} 个递增数值',
    csvOnlyAnalyze: '--format csv 只适用于 analyze',
    readFailed: '无法读取 {file}：{reason}',
    importFailed: '无法导入 {file}：{reason}',
    settingFailed: '设置无法使用：{reason}',
    metricAbsent: '--abc-metric {metric}：此文件没有 {metric}；profit 利润需要利润列，或在金额之外有成本列，payment 回款与 quantity 数量需要各自的列（见 --map），客户表的 orders 与 recency 需要订单数列或最近购买天数列，tenure 需要带日期的订单',
    noRows: '没有结果：{file} 没有数据行',
    noRowsAccepted: '没有结果：{file} 中没有一行被接受——{read} 行中有 {rejected} 行被拒绝（第一处：第 {line} 行，“{column}”列：{reason}）；报告中列出了被拒绝的行',
    noCustomers: '没有结果：{file} 中被接受的 {rows} 行都没有客户（“{column}”列为空）；请用 --map customer=列名 指定客户列',
    noCustomersUpToDate: '没有结果：{file} 中有客户的行都晚于分析日期（被接受的 {rows} 行中有 {without} 行没有客户）；请检查 --analysis-date',
    error: '错误'
  }
} as const satisfies Record<Locale, Record<string, string>>;

export type CliTextKey = keyof (typeof cliText)['en'];

/** A command-line text in `locale` with its placeholders filled. */
export function cliMessage(locale: Locale, key: CliTextKey, params?: Record<string, string | number>): string {
  return format(cliText[locale][key], params, locale);
}
