'use strict';
// A binary min-heap that tells each item its position (for O(log n) removal).

class PriorityQueue {
  #compare;
  #setPosition;
  #heap = [undefined];
  #size = 0;

  constructor(compare, setPosition) {
    this.#compare = compare;
    this.#setPosition = setPosition;
  }

  get size() {
    return this.#size;
  }

  peek() {
    return this.#heap[1];
  }

  insert(value) {
    const heap = this.#heap;
    const pos = ++this.#size;
    heap[pos] = value;
    this.percolateUp(pos);
  }

  percolateUp(pos) {
    const heap = this.#heap;
    const item = heap[pos];
    while (pos > 1) {
      const parent = heap[pos >> 1];
      if (this.#compare(parent, item) <= 0) break;
      heap[pos] = parent;
      this.#setPosition(parent, pos);
      pos >>= 1;
    }
    heap[pos] = item;
    this.#setPosition(item, pos);
  }

  percolateDown(pos) {
    const heap = this.#heap;
    const size = this.#size;
    const hsize = size >> 1;
    const item = heap[pos];
    while (pos <= hsize) {
      let child = pos << 1;
      const next = child + 1;
      let childItem = heap[child];
      if (next <= size && this.#compare(heap[next], childItem) < 0) {
        child = next;
        childItem = heap[next];
      }
      if (this.#compare(item, childItem) <= 0) break;
      heap[pos] = childItem;
      this.#setPosition(childItem, pos);
      pos = child;
    }
    heap[pos] = item;
    this.#setPosition(item, pos);
  }

  removeAt(pos) {
    const heap = this.#heap;
    const size = --this.#size;
    heap[pos] = heap[size + 1];
    heap[size + 1] = undefined;
    if (size > 0 && pos <= size) {
      if (pos > 1 && this.#compare(heap[pos >> 1], heap[pos]) > 0) this.percolateUp(pos);
      else this.percolateDown(pos);
    }
  }

  shift() {
    const heap = this.#heap;
    const value = heap[1];
    if (value === undefined) return undefined;
    this.removeAt(1);
    return value;
  }
}

module.exports = { PriorityQueue };
