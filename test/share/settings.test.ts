import { describe, expect, test } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/parseCliArgs.ts';
import { defaultConfig, mergeConfig } from '../../src/lib/analysis/defaults.ts';
import { format } from '../../src/lib/i18n/define.ts';
import { shareMessages } from '../../src/lib/i18n/catalog/share.ts';
import { decodeState, encodeState } from '../../src/lib/share/codec.ts';
import { parseProject, projectFile } from '../../src/lib/share/project.ts';
import { checkSettings, type SharedConfig } from '../../src/lib/share/schema.ts';
import { settingsMessageParams } from '../../src/lib/share/settings.ts';
import { ShareError } from '../../src/lib/share/ShareError.ts';
import { changhai, state } from './fixtures.ts';

/*
 * One set of settings rules for the command line, links and project files: what `kefen` refuses on its command
 * line, a link and a project file refuse too (with the rule's message), and what it accepts they open.
 */
const cuts = defaultConfig().rfm.thresholds;

// The command line's options, the same settings as a link carries them, and the rule that refuses them.
const refused: [string[], SharedConfig, string][] = [
  [['--abc', '100,0'], { abc: { a: 1, b: 0 } }, 'settings.abcOrder'],
  [['--abc', '0,95'], { abc: { a: 0, b: 0.95 } }, 'settings.abcOrder'],
  [['--abc', '95,80'], { abc: { a: 0.95, b: 0.8 } }, 'settings.abcOrder'],
  [['--abc', '80,101'], { abc: { a: 0.8, b: 1.01 } }, 'settings.fraction'],
  [['--window-days', '1.5'], { summary: { windowDays: 1.5 } }, 'settings.days'],
  [['--window-days', '0'], { summary: { windowDays: 0 } }, 'settings.days'],
  [['--window-days', '40000'], { summary: { windowDays: 40_000 } }, 'settings.days'],
  [['--analysis-date', '2023-02-29'], { summary: { analysisDate: '2023-02-29' } }, 'settings.date'],
  [['--analysis-date', '31/12/2024'], { summary: { analysisDate: '31/12/2024' } }, 'settings.date'],
  [['--r-thresholds', '30,7'], { rfm: { thresholds: { ...cuts, r: [30, 7] } } }, 'settings.cuts'],
  [['--f-thresholds', '1,2,2'], { rfm: { thresholds: { ...cuts, f: [1, 2, 2] } } }, 'settings.cuts'],
  [['--rfm-method', 'thresholds', '--rfm-bins', '3'], { rfm: { method: 'thresholds', bins: 3 } }, 'settings.cutsCount'],
  [['--rfm-bins', '6'], { rfm: { bins: 6 as 5 } }, 'settings.invalid'],
  [['--model', 'bgnbd', '--horizon', '0'], { forecast: { enabled: true, horizon: 0 } }, 'settings.horizon'],
  [['--model', 'bgnbd', '--horizon', '200000'], { forecast: { enabled: true, horizon: 200_000 } }, 'settings.horizon'],
  [['--model', 'bgnbd', '--discount-rate', '11'], { forecast: { enabled: true, discountRate: 11 } }, 'settings.discountRate'],
  [['--model', 'bgnbd', '--discount-rate', '-0.1'], { forecast: { enabled: true, discountRate: -0.1 } }, 'settings.discountRate'],
  [['--model', 'bgnbd', '--calibration-end', '2024-02-30'], { forecast: { enabled: true, calibrationEnd: '2024-02-30' } }, 'settings.date']
];

// Their neighbours that everyone accepts.
const accepted: [string[], SharedConfig][] = [
  [['--abc', '100,100'], { abc: { a: 1, b: 1 } }],
  [['--abc', '70,90'], { abc: { a: 0.7, b: 0.9 } }],
  [['--window-days', '36500'], { summary: { windowDays: 36_500 } }],
  [['--analysis-date', '2024-02-29'], { summary: { analysisDate: '2024-02-29' } }],
  [['--rfm-method', 'thresholds', '--rfm-bins', '3', '--r-thresholds', '7,30', '--f-thresholds', '1,2', '--m-thresholds', '10,100'], { rfm: { method: 'thresholds', bins: 3, thresholds: { r: [7, 30], f: [1, 2], m: [10, 100] } } }],
  [['--model', 'bgnbd', '--horizon', '100000', '--discount-rate', '10'], { forecast: { enabled: true, horizon: 100_000, discountRate: 10 } }]
];

function cliRefuses(args: string[]): boolean {
  try {
    parseCliArgs(['analyze', 'x.csv', ...args]);
    return false;
  } catch (error) {
    if (error instanceof UsageError) return true;
    throw error;
  }
}

async function shareErrorOf(open: () => Promise<unknown>): Promise<ShareError | null> {
  try {
    await open();
    return null;
  } catch (error) {
    if (error instanceof ShareError) return error;
    throw error;
  }
}

const withConfig = (config: SharedConfig) => ({ ...state(changhai()), config, table: changhai() });

describe('the settings rules of the command line hold for links and project files', () => {
  test.each(refused)('kefen %j is refused, and so are a link and a project file with %j (%s)', async (args, config, key) => {
    expect(cliRefuses(args)).toBe(true);
    const link = await shareErrorOf(async () => decodeState(await encodeState(withConfig(config))));
    expect(link?.code).toBe('share.error.settings');
    expect(link?.setting?.key).toBe(key);
    const project = await shareErrorOf(async () => parseProject(await projectFile(withConfig(config))));
    expect(project?.code).toBe('share.error.settings');
    expect(project?.setting?.key).toBe(key);
  });

  test.each(accepted)('kefen %j is accepted, and a link and a project file with %j open', async (args, config) => {
    expect(cliRefuses(args)).toBe(false);
    expect(checkSettings(parseCliArgs(['analyze', 'x.csv', ...args]).config)).toBeNull();
    expect((await decodeState(await encodeState(withConfig(config)))).config).toEqual(config);
    expect((await parseProject(await projectFile(withConfig(config)))).config).toEqual(config);
  });

  test('the defaults and every default merged under a partial setting pass', () => {
    expect(checkSettings(defaultConfig())).toBeNull();
    expect(checkSettings(mergeConfig({}))).toBeNull();
  });

  test('the message names the setting and the rule, in English and Chinese', async () => {
    const error = await shareErrorOf(async () => decodeState(await encodeState(withConfig({ abc: { a: 1, b: 0 } }))));
    const params = settingsMessageParams(error!.setting!);
    expect(format(shareMessages.en[error!.setting!.key], params, 'en')).toBe('abc: A = 1, B = 0: the ABC shares need 0 < A ≤ B ≤ 1, e.g. 0.8 and 0.95.');
    expect(format(shareMessages.zh[error!.setting!.key], params, 'zh')).toBe('abc：A = 1，B = 0：ABC 占比须满足 0 < A ≤ B ≤ 1，例如 0.8 和 0.95。');
    const days = await shareErrorOf(async () => decodeState(await encodeState(withConfig({ summary: { windowDays: 0 } }))));
    expect(format(shareMessages.en[days!.setting!.key], settingsMessageParams(days!.setting!), 'en')).toBe('summary.windowDays 0: expected a whole number of days from 1 to 36,500.');
  });
});
