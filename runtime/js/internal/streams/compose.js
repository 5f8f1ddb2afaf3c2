'use strict';

// compose(...streams): one Duplex that writes into the first stage and reads
// from the last one.

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const {
  isNodeStream,
  isReadable,
  isWritable,
  isWebStream,
  isReadableStream,
  isWritableStream,
  isTransformStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

// Whether a stage can be read from / written to, counting web streams.
function canRead(stream) {
  return !!(isReadable(stream) || isReadableStream(stream) || isTransformStream(stream));
}

function canWrite(stream) {
  return !!(isWritable(stream) || isWritableStream(stream) || isTransformStream(stream));
}
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');

module.exports = function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const orgStreams = streams.slice();

  if (typeof streams[0] === 'function') {
    streams[0] = Duplex.from(streams[0]);
  }
  if (typeof streams[streams.length - 1] === 'function') {
    const idx = streams.length - 1;
    streams[idx] = Duplex.from(streams[idx]);
  }

  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n]) && !isWebStream(streams[n])) {
      // Generator functions in the middle are handled by pipeline.
      continue;
    }
    if (n < streams.length - 1 && !canRead(streams[n])) {
      throw new ERR_INVALID_ARG_VALUE(
        `streams[${n}]`, orgStreams[n], 'must be readable');
    }
    if (n > 0 && !canWrite(streams[n])) {
      throw new ERR_INVALID_ARG_VALUE(
        `streams[${n}]`, orgStreams[n], 'must be writable');
    }
  }

  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) {
      cb(err);
    } else if (err) {
      d.destroy(err);
    } else if (!readable && !writable) {
      d.destroy();
    }
  }

  const head = streams[0];
  const tail = pipeline(streams, onfinished);

  const writable = canWrite(head);
  const readable = canRead(tail);

  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  if (writable && isWebStream(head)) {
    const writer = (isTransformStream(head) ? head.writable : head).getWriter();
    d._write = async function(chunk, encoding, callback) {
      try {
        await writer.ready;
        writer.write(chunk).catch(() => {});
        callback();
      } catch (err) {
        callback(err);
      }
    };

    d._final = async function(callback) {
      try {
        await writer.ready;
        writer.close().catch(() => {});
        onfinish = callback;
      } catch (err) {
        callback(err);
      }
    };
  } else if (writable) {
    d._write = function(chunk, encoding, callback) {
      if (head.write(chunk, encoding)) {
        callback();
      } else {
        ondrain = callback;
      }
    };

    d._final = function(callback) {
      head.end();
      onfinish = callback;
    };

    head.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
  }

  if (writable) {
    const finishFinal = () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    };
    if (isNodeStream(tail)) {
      tail.on('finish', finishFinal);
    } else if (isWebStream(tail)) {
      eos(isTransformStream(tail) ? tail.readable : tail, finishFinal);
    }
  }

  if (readable && isWebStream(tail)) {
    const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
    d._read = async function() {
      while (true) {
        try {
          const { value, done } = await reader.read();
          if (done) {
            d.push(null);
            return;
          }
          if (!d.push(value)) return;
        } catch {
          return;
        }
      }
    };
  } else if (readable) {
    tail.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });

    tail.on('end', () => {
      d.push(null);
    });

    d._read = function() {
      while (true) {
        const buf = tail.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      if (isNodeStream(tail)) destroyer(tail, err);
    }
  };

  return d;
};
