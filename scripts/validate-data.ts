/** npm run validate-data -- FILE [FILE…]: check report files (see validate-data-lib.ts). */
import { runValidateData } from './validate-data-lib';

process.exitCode = runValidateData(process.argv.slice(2));
