'use strict';

// Node's `stream/consumers` module: read a whole stream (a Node Readable, a
// web ReadableStream or any async iterable) into one value.

const { Blob, Buffer } = require('buffer');
const { TextDecoder } = require('internal/encoding');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const result = await blob(stream);
  return result.arrayBuffer();
}

async function bytes(stream) {
  const result = await blob(stream);
  return result.bytes();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      result += chunk;
    } else {
      result += decoder.decode(chunk, { stream: true });
    }
  }
  // Flush the decoder: an incomplete character at the end becomes U+FFFD.
  result += decoder.decode(undefined, { stream: false });
  return result;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  bytes,
  json,
  text,
};
