// Node's tmpdir helper for corral: a scratch folder the test may write to.
// The runner gives every concurrently running test its own TEST_THREAD_ID, so
// tests running side by side never share a folder.
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const testRoot = process.env.NODE_COMPAT_TMP_ROOT ?
  path.resolve(process.env.NODE_COMPAT_TMP_ROOT) : path.resolve(__dirname, '..');
let tmpPath = path.join(testRoot,
                        `.tmp.${process.env.TEST_SERIAL_ID || process.env.TEST_THREAD_ID || '0'}`);

function remove(target) {
  fs.rmSync(target, { recursive: true, force: true, maxRetries: 3 });
}

let cleanupHooked = false;
function refresh() {
  remove(tmpPath);
  fs.mkdirSync(tmpPath, { recursive: true });
  if (!cleanupHooked) {
    cleanupHooked = true;
    process.on('exit', () => {
      try {
        process.chdir(testRoot);
      } catch {
        // best effort
      }
      remove(tmpPath);
    });
  }
}

function resolve(...parts) {
  return path.resolve(tmpPath, ...parts);
}

function fileURL(...parts) {
  return pathToFileURL(path.resolve(tmpPath + path.sep, ...parts));
}

function hasEnoughSpace(size) {
  const { bavail, bsize } = fs.statfsSync(tmpPath);
  return bavail >= Math.ceil(size / bsize);
}

module.exports = {
  fileURL,
  hasEnoughSpace,
  refresh,
  resolve,
  get path() {
    return tmpPath;
  },
  set path(p) {
    tmpPath = path.resolve(p);
  },
};
