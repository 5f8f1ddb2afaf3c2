'use strict';
// console.table: what goes in the table (tableColumns) and how it is drawn
// (renderTable, left-aligned cells as Node 24 draws them).
//
// - Maps, and Map iterators of entries: columns '(iteration index)', 'Key', 'Values'.
// - Sets, Set iterators and other Map iterators: '(iteration index)', 'Values'.
// - Anything else: one row per own enumerable key ('(index)'), one column per key
//   of the rows' objects (or per entry of `properties`), and 'Values' for rows that
//   are primitives (when no `properties` were given).

const { previewEntries } = internals.util;

// Columns as [header, cells] pairs, cells being already formatted strings.
// `format` turns a value into its cell text.
function tableColumns(data, properties, format) {
  const { types } = require('util');
  const indexCells = (count) => Array.from({ length: count }, (_, i) => format(i));

  let entries = null;
  let isKeyValue = false;
  if (types.isMapIterator(data)) {
    [entries, isKeyValue] = previewEntries(data, true);
  } else if (types.isSetIterator(data)) {
    entries = previewEntries(data);
  }

  if (isKeyValue || types.isMap(data)) {
    const keys = [];
    const values = [];
    if (isKeyValue) {
      for (let i = 0; i < entries.length; i += 2) {
        keys.push(format(entries[i]));
        values.push(format(entries[i + 1]));
      }
    } else {
      for (const [key, value] of data) {
        keys.push(format(key));
        values.push(format(value));
      }
    }
    return [['(iteration index)', indexCells(keys.length)], ['Key', keys], ['Values', values]];
  }

  if (entries !== null || types.isSet(data)) {
    const values = [];
    for (const value of entries ?? data) values.push(format(value));
    return [['(iteration index)', indexCells(values.length)], ['Values', values]];
  }

  const rowKeys = Object.keys(data);
  const columns = new Map();
  const primitiveCells = [];
  let hasPrimitives = false;
  rowKeys.forEach((rowKey, row) => {
    const item = data[rowKey];
    const isPrimitive = item === null || (typeof item !== 'object' && typeof item !== 'function');
    if (properties === undefined && isPrimitive) {
      hasPrimitives = true;
      primitiveCells[row] = format(item);
      return;
    }
    for (const key of properties ?? Object.keys(item)) {
      if (!columns.has(key)) columns.set(key, []);
      const hasCell = !isPrimitive && Object.prototype.hasOwnProperty.call(item, key);
      columns.get(key)[row] = hasCell ? format(item[key]) : '';
    }
  });
  const result = [['(index)', rowKeys], ...columns];
  if (hasPrimitives) result.push(['Values', primitiveCells]);
  return result;
}

// Columns `text` takes on a terminal (wide characters count twice, escape
// sequences not at all).
function displayWidth(text) {
  return require('internal/inspect').getStringWidth(text);
}

function renderTable(columns) {
  const rowCount = Math.max(0, ...columns.map(([, cells]) => cells.length));
  const header = columns.map(([name]) => name);
  const rows = [];
  for (let row = 0; row < rowCount; row++) rows.push(columns.map(([, cells]) => cells[row] ?? ''));
  const widths = header.map((name, i) => Math.max(displayWidth(name), ...rows.map((r) => displayWidth(r[i]))) + 2);
  const line = (left, mid, right) => left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
  const renderRow = (cells) => '│' + cells.map((c, i) => ` ${c}${' '.repeat(widths[i] - displayWidth(c) - 1)}`).join('│') + '│';
  return [
    line('┌', '┬', '┐'),
    renderRow(header),
    line('├', '┼', '┤'),
    ...rows.map(renderRow),
    line('└', '┴', '┘'),
  ].join('\n');
}

module.exports = { tableColumns, renderTable };
