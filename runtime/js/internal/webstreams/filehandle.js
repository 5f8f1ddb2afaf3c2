'use strict';

// FileHandle.prototype.readableWebStream(): a byte ReadableStream that reads
// a fs/promises FileHandle from its current position.

const { validateBoolean, validateObject } = require('internal/validators');
const { ReadableStream } = require('internal/webstreams/readablestream');

const kChunkSize = 16384;

function newReadableStreamFromFileHandle(handle, options = {}) {
  validateObject(options, 'options');
  const { type = 'bytes', autoClose = false } = options;
  validateBoolean(autoClose, 'options.autoClose');
  if (type !== 'bytes') {
    process.emitWarning(
      'A non-"bytes" options.type has no effect. A byte-oriented steam is ' +
      'always created.',
      'ExperimentalWarning');
  }

  let controller;
  // Closing the handle ends the stream (a pending BYOB read gets its empty view).
  function onHandleClose() {
    try {
      controller.close();
      if (controller.byobRequest) controller.byobRequest.respond(0);
    } catch {
      // Already closed or errored.
    }
  }
  handle.once('close', onHandleClose);

  function finish() {
    handle.off('close', onHandleClose);
    if (autoClose) handle.close();
  }

  return new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: kChunkSize,
    start(c) { controller = c; },
    async pull(c) {
      const view = c.byobRequest.view;
      const { bytesRead } = await handle.read(view, 0, view.byteLength);
      if (bytesRead === 0) {
        c.close();
        finish();
      }
      c.byobRequest.respond(bytesRead);
    },
    cancel() { finish(); },
  });
}

module.exports = { newReadableStreamFromFileHandle };
