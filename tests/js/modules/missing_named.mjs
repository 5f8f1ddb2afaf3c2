import { greet, nothere } from '../../fixtures/modules/cjs/esbuild.js';
console.log(greet, nothere);
