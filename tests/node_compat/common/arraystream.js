// A minimal duplex-looking Stream that emits each array element as a line.
'use strict';

const { Stream } = require('stream');

function ArrayStream() {
  this.run = (lines) => {
    for (const line of lines) this.emit('data', `${line}\n`);
  };
}
Object.setPrototypeOf(ArrayStream.prototype, Stream.prototype);
Object.setPrototypeOf(ArrayStream, Stream);
ArrayStream.prototype.readable = true;
ArrayStream.prototype.writable = true;
ArrayStream.prototype.pause = function() {};
ArrayStream.prototype.resume = function() {};
ArrayStream.prototype.write = function() {};

module.exports = ArrayStream;
