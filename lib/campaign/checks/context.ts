import type { Dialect } from '../dialects/types';
import type { Haystacks } from '../haystack';
import type { CampaignDoc } from '../html/document';
import type { CheckResult } from '../types';

/** What every check reads: the parsed campaign and the dialect it is written in. */
export interface CheckContext {
  doc: CampaignDoc;
  hay: Haystacks;
  /** The ESP's dialect (chosen or detected; `generic` when none). */
  dialect: Dialect;
  /** True when the ESP was named (`--esp ID` or the editor's adapter), not guessed. */
  explicit: boolean;
  /** Dialects whose tags count: the named one, or every dialect when guessing. */
  accepted: readonly Dialect[];
  /** Every dialect, to spot another ESP's tag pasted by mistake. */
  all: readonly Dialect[];
  organisation: string | null;
}

export type Check = (ctx: CheckContext) => CheckResult;

/** `warn` where the ESP would cover the gap or the source may be a draft, `fail` where it will be sent as is. */
export const gapStatus = (ctx: CheckContext, espCovers: string | null) => (espCovers || !ctx.explicit ? 'warn' : 'fail');
