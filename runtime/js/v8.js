'use strict';

// Node's `v8`. Heap figures come from process.memoryUsage() (the heap limit
// from --heap-mb when the runtime reports it); heap snapshots, CPU profiles,
// serialization and flag changes are not available in a session.

const { accessDenied, refusedClass, refusedFunction } = require('internal/refused');
const { validateString } = require('internal/validators');

function memory() {
  try {
    return process.memoryUsage();
  } catch {
    return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
  }
}

function heapLimit() {
  const limit = typeof internals.heapLimit === 'function' ? internals.heapLimit() : undefined;
  return Number.isFinite(limit) && limit > 0 ? limit : 4 * 1024 * 1024 * 1024;
}

function getHeapStatistics() {
  const m = memory();
  const limit = heapLimit();
  return {
    total_heap_size: m.heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: m.heapTotal,
    total_available_size: Math.max(0, limit - m.heapUsed),
    used_heap_size: m.heapUsed,
    heap_size_limit: limit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external,
  };
}

function getHeapSpaceStatistics() {
  const m = memory();
  return [{
    space_name: 'heap',
    space_size: m.heapTotal,
    space_used_size: m.heapUsed,
    space_available_size: Math.max(0, m.heapTotal - m.heapUsed),
    physical_space_size: m.heapTotal,
  }];
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

function getCppHeapStatistics(detailLevel = 'detailed') {
  return {
    committed_size_bytes: 0,
    resident_size_bytes: 0,
    used_size_bytes: 0,
    space_statistics: [],
    type_names: [],
    detail_level: detailLevel,
  };
}

function notAvailable(api) {
  return refusedFunction(`v8.${api}`, 'V8', api);
}

function noop() {}
const noopHook = () => noop;

class GCProfiler {
  start() {}

  stop() {
    return undefined;
  }
}

module.exports = {
  cachedDataVersionTag() {
    return 0;
  },
  getHeapSnapshot: notAvailable('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  // Engine flags belong to the host: ignored.
  setFlagsFromString(flags) {
    validateString(flags, 'flags');
  },
  Serializer: refusedClass('v8.Serializer', 'V8', 'Serializer', Object),
  Deserializer: refusedClass('v8.Deserializer', 'V8', 'Deserializer', Object),
  DefaultSerializer: refusedClass('v8.DefaultSerializer', 'V8', 'DefaultSerializer', Object),
  DefaultDeserializer: refusedClass('v8.DefaultDeserializer', 'V8', 'DefaultDeserializer', Object),
  deserialize: notAvailable('deserialize'),
  takeCoverage: noop,
  stopCoverage: noop,
  serialize: notAvailable('serialize'),
  writeHeapSnapshot: notAvailable('writeHeapSnapshot'),
  promiseHooks: {
    createHook() {
      return noop;
    },
    onInit: noopHook,
    onBefore: noopHook,
    onAfter: noopHook,
    onSettled: noopHook,
  },
  queryObjects: notAvailable('queryObjects'),
  startupSnapshot: {
    addDeserializeCallback: noop,
    addSerializeCallback: noop,
    setDeserializeMainFunction() {
      throw accessDenied('v8.startupSnapshot.setDeserializeMainFunction', 'V8');
    },
    isBuildingSnapshot() {
      return false;
    },
  },
  setHeapSnapshotNearHeapLimit: noop,
  GCProfiler,
  isStringOneByteRepresentation(content) {
    validateString(content, 'content');
    return !/[^\x00-\xff]/.test(content);
  },
  startCpuProfile: notAvailable('startCpuProfile'),
};
