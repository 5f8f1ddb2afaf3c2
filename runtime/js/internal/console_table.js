'use strict';
// console.table's rendering, as Node 24 draws it (left-aligned cells).

function renderTable(data, properties, formatValue) {
  const indexHeader = '(index)';
  const valuesHeader = 'Values';
  const isMap = data instanceof Map;
  const isSet = data instanceof Set;
  let rows;
  if (isMap) {
    rows = [...data].map(([key, value], i) => [i, { Key: key, Values: value }]);
  } else if (isSet) {
    rows = [...data].map((value, i) => [i, value]);
  } else {
    rows = Object.keys(data).map((key) => [key, data[key]]);
  }
  const columns = [];
  const seen = new Set();
  let hasValues = false;
  const addColumn = (name) => {
    if (!seen.has(name)) {
      seen.add(name);
      columns.push(name);
    }
  };
  if (properties) properties.forEach(addColumn);
  const cells = rows.map(([index, value]) => {
    const row = { [indexHeader]: String(index) };
    if (value !== null && typeof value === 'object' && !(isMap)) {
      for (const key of Object.keys(value)) {
        if (properties && !properties.includes(key)) continue;
        addColumn(key);
        row[key] = formatValue(value[key]);
      }
    } else if (isMap) {
      row.Key = formatValue(value.Key);
      row[valuesHeader] = formatValue(value.Values);
      addColumn('Key');
      hasValues = true;
    } else {
      row[valuesHeader] = formatValue(value);
      hasValues = true;
    }
    return row;
  });
  const header = [isMap ? '(iteration index)' : isSet ? '(iteration index)' : indexHeader, ...columns];
  if (hasValues) header.push(valuesHeader);
  const table = cells.map((row) => header.map((h, i) => (i === 0 ? row[indexHeader] : row[h] ?? '')));
  const width = (text) => {
    // Count code points; good enough for the common (non-wide) cases.
    return [...require('internal/inspect').stripVTControlCharacters(text)].length;
  };
  const widths = header.map((h, i) => Math.max(width(h), ...table.map((r) => width(r[i]))) + 2);
  const line = (left, mid, right) => left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
  const renderRow = (cellsOfRow) => '│' + cellsOfRow.map((c, i) => ` ${c}${' '.repeat(widths[i] - width(c) - 1)}`).join('│') + '│';
  return [
    line('┌', '┬', '┐'),
    renderRow(header),
    line('├', '┼', '┤'),
    ...table.map(renderRow),
    line('└', '┴', '┘'),
  ].join('\n');
}

module.exports = { renderTable };
