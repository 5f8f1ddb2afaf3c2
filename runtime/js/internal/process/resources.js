'use strict';
// What keeps the session's loop alive, as Node names it: process.getActiveResourcesInfo()
// and the older process._getActiveRequests() / process._getActiveHandles().
//
// Node lists pending requests first, then handles, then one 'Timeout' per ref'd timer
// and one 'Immediate' per ref'd immediate. A pending request here is a completion
// waiting for the poll phase (an fs callback: 'FSReqCallback'); corral has no
// libuv handles of its own to list.

const { counters, REFED_TIMERS, REFED_IMMEDIATES, COMPLETIONS } = require('internal/loop_state');

// Stands for one pending fs request in process._getActiveRequests().
class FSReqCallback {}

function repeat(name, count) {
  const list = [];
  for (let i = 0; i < count; i++) list.push(name);
  return list;
}

function getActiveResourcesInfo() {
  return [
    ...repeat('FSReqCallback', counters[COMPLETIONS]),
    ...repeat('Timeout', counters[REFED_TIMERS]),
    ...repeat('Immediate', counters[REFED_IMMEDIATES]),
  ];
}

function getActiveRequests() {
  const list = [];
  for (let i = 0; i < counters[COMPLETIONS]; i++) list.push(new FSReqCallback());
  return list;
}

function getActiveHandles() {
  return [];
}

module.exports = { getActiveResourcesInfo, getActiveRequests, getActiveHandles };
