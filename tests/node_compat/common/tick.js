// Call `cb` after `n` turns of setImmediate.
'use strict';

module.exports = function tick(n, cb) {
  const step = () => {
    n -= 1;
    if (n === 0) {
      if (typeof cb === 'function') cb();
    } else {
      setImmediate(step);
    }
  };
  setImmediate(step);
};
