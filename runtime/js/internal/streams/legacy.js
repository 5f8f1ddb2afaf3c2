'use strict';

// The pre-streams2 `Stream` base class: an EventEmitter with a naive pipe().

const EE = require('events');

function Stream(opts) {
  EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

// Add `fn` in front of the other listeners for `event`, falling back to
// poking at `_events` for emitters without prependListener.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    return emitter.prependListener(event, fn);
  }
  const events = emitter._events;
  if (!events || !events[event]) {
    emitter.on(event, fn);
  } else if (Array.isArray(events[event])) {
    events[event].unshift(fn);
  } else {
    events[event] = [fn, events[event]];
  }
}

Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  let ended = false;

  const ondata = (chunk) => {
    if (dest.writable && dest.write(chunk) === false && source.pause) {
      source.pause();
    }
  };
  const ondrain = () => {
    if (source.readable && source.resume) source.resume();
  };
  const onend = () => {
    if (ended) return;
    ended = true;
    dest.end();
  };
  const onclose = () => {
    if (ended) return;
    ended = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  };
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) {
      this.emit('error', er);
    }
  }
  const cleanup = () => {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  };

  source.on('data', ondata);
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);

  dest.emit('pipe', source);
  return dest;
};

Stream.prototype.eventNames = function eventNames() {
  // Only report events that really have listeners.
  return EE.prototype.eventNames.call(this)
    .filter((name) => this.listenerCount(name) > 0);
};

module.exports = { Stream, prependListener };
