// node:test exists only with the `node:` scheme, and run() is not available.
try {
  require('test');
} catch (error) {
  console.log(error.code);
}
const nodeTest = require('node:test');
console.log(typeof nodeTest, nodeTest === nodeTest.test, typeof nodeTest.describe, typeof nodeTest.mock.fn);
console.log(require('node:module').builtinModules.includes('test'));
