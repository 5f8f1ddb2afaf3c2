'use strict';

// Node's `cluster`: a session is always the primary and cannot fork workers.

const EventEmitter = require('events');
const { accessDenied, refusedFunction } = require('internal/refused');

const cluster = new EventEmitter();

class Worker extends EventEmitter {
  constructor() {
    super();
    throw accessDenied('cluster.Worker', 'ChildProcess', Worker);
  }
}

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = cluster.SCHED_RR;

cluster.setupPrimary = function setupPrimary(options) {
  cluster.settings = { args: process.argv.slice(2), exec: process.argv[1], execArgv: process.execArgv, silent: false, ...cluster.settings, ...options };
  cluster.emit('setup', cluster.settings);
};
cluster.setupMaster = cluster.setupPrimary;
cluster.fork = refusedFunction('cluster.fork', 'ChildProcess');
cluster.disconnect = function disconnect(callback) {
  if (typeof callback === 'function') process.nextTick(callback);
};

module.exports = cluster;
