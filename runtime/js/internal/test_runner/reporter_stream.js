'use strict';
// Where the runner's events go: the spec reporter's text, written to stdout.
// As in Node, where the events pass through a stream that starts flowing only
// once the runner has bootstrapped, nothing is written before the first
// tick after the tests start; until then the text waits here. After that each
// event's text is written as it happens.

const { SpecFormatter } = require('internal/test_runner/spec_reporter');

class ReporterStream {
  #formatter = new SpecFormatter();
  #waiting = [];
  #flowing = false;
  #ended = false;
  #listeners = new Map();

  // Called once the runner bootstrapped: text flows from the next tick on.
  startFlowing() {
    process.nextTick(() => {
      this.#flowing = true;
      const text = this.#waiting.join('');
      this.#waiting = [];
      if (text !== '') process.stdout.write(text);
    });
  }

  on(type, listener) {
    const listeners = this.#listeners.get(type) ?? [];
    listeners.push(listener);
    this.#listeners.set(type, listeners);
    return this;
  }

  #emit(type, data) {
    for (const listener of this.#listeners.get(type) ?? []) listener(data);
    this.#write(this.#formatter.format(type, data));
  }

  #write(text) {
    if (text === '') return;
    if (this.#flowing) {
      process.stdout.write(text);
    } else {
      this.#waiting.push(text);
    }
  }

  start(nesting, loc, name) {
    this.#emit('test:start', { name, nesting, ...loc });
  }

  ok(nesting, loc, name, details, directive) {
    this.#emit('test:pass', { name, nesting, details, ...loc, ...directive });
  }

  fail(nesting, loc, name, details, directive) {
    this.#emit('test:fail', { name, nesting, details, ...loc, ...directive });
  }

  diagnostic(nesting, loc, message) {
    this.#emit('test:diagnostic', { nesting, message, ...loc });
  }

  summary(nesting, file, success, counts, duration_ms) {
    this.#emit('test:summary', { success, counts, duration_ms, file });
  }

  // The end of the run: the list of failing tests, on the next tick (as Node's
  // stream flushes it).
  end() {
    if (this.#ended) return;
    this.#ended = true;
    process.nextTick(() => this.#write(this.#formatter.failingTests()));
  }
}

module.exports = { ReporterStream };
