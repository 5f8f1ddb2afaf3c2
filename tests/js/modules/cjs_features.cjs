// CommonJS features: require, exports, __filename/__dirname, require.resolve and
// paths, require.cache, createRequire, JSON, cycles, require(esm), dynamic import().
const path = require('path');
const { createRequire } = require('module');
const show = (p) => p.slice(p.indexOf('tests/'));

console.log('filename', show(__filename), path.basename(__dirname));
console.log('json', require('../../fixtures/modules/cjs/data.json').answer);
const cycle = require('../../fixtures/modules/cjs/cycle_a.js');
console.log('cycle partial exports', cycle.seenByB, cycle.late);
const resolved = require.resolve('../../fixtures/modules/cjs/lazy');
console.log('resolve', show(resolved), resolved in require.cache);
require('../../fixtures/modules/cjs/lazy');
console.log('cached after require', resolved in require.cache);
delete require.cache[resolved];
require('../../fixtures/modules/cjs/lazy');
console.log('resolve paths', show(require.resolve('./cjs_features.cjs', { paths: [__dirname] })));
const other = createRequire(path.join(__dirname, '../../fixtures/modules/cjs/x.js'));
console.log('createRequire', other('./shapes.js').plain, show(other.resolve('./literal')));
const esm = require('../../fixtures/modules/esm/sync.mjs');
console.log('require(esm)', esm.value, esm.default, Object.prototype.toString.call(esm));
console.log('require(esm) module.exports', require('../../fixtures/modules/esm/with_exports.mjs').kind);
try {
  require('../../fixtures/modules/esm/tla.mjs');
} catch (error) {
  console.log(error.code);
}
try {
  require('./does-not-exist');
} catch (error) {
  console.log(error.code, error.message.split('\n')[0], error.requireStack.map(show));
}
try {
  require('../../fixtures/modules/addon.node');
} catch (error) {
  console.log('native addon refused:', error.code);
}
import('../../fixtures/modules/esm/counter.mjs').then((ns) => console.log('import() from cjs', ns.count));
