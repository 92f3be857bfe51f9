/** The load plan of each tab-separated format. */
import type { Detected } from './detect.js';
import { gdeltPlan } from './gdelt.js';
import { ICEWS_PLAN } from './icews.js';
import { MENTIONS_PLAN } from './mentions.js';
import type { LoadPlan } from './plan.js';
import { POLECAT_PLAN } from './polecat.js';

export function planFor(detected: Detected): LoadPlan {
  switch (detected.format) {
    case 'gdelt1':
    case 'gdelt2':
      return gdeltPlan(detected);
    case 'gdelt2-mentions':
      return MENTIONS_PLAN;
    case 'icews':
      return ICEWS_PLAN;
    case 'polecat':
      return POLECAT_PLAN;
    case 'plover':
      throw new Error('PLOVER JSON is not tab-separated; it has its own loader');
  }
}
