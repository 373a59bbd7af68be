/** Entry of the inline boot script: the script element sits inside #root. */
import { boot } from './boot';

const script = document.currentScript;
boot(window, script?.parentElement ?? null);
