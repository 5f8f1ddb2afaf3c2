'use strict';
// How a test fails: Node's ERR_TEST_FAILURE error (the original error, or a
// message, as its `cause`) and the failure types the runner tells apart.

const { E, codes, kIsNodeError } = require('internal/errors');

const failureTypes = {
  testCode: 'testCodeFailure',
  hook: 'hookFailed',
  timeout: 'testTimeoutFailure',
  cancelledByParent: 'cancelledByParent',
  subtestsFailed: 'subtestsFailed',
  parentAlreadyFinished: 'parentAlreadyFinished',
  callbackAndPromise: 'callbackAndPromisePresent',
  multipleCallbacks: 'multipleCallbackInvocations',
  aborted: 'testAborted',
};

if (codes.ERR_TEST_FAILURE === undefined) {
  E('ERR_TEST_FAILURE', function testFailureMessage(error, failureType) {
    let message = error?.message ?? error;
    if (typeof message !== 'string') message = require('internal/inspect').inspect(message);
    this.failureType = failureType;
    this.cause = error;
    return message;
  }, Error);
}

// A failure of type `failureType`, caused by `error` (an error or a message).
function testFailure(error, failureType) {
  return new codes.ERR_TEST_FAILURE(error, failureType);
}

function isTestFailure(error) {
  return error?.code === 'ERR_TEST_FAILURE' && kIsNodeError in error;
}

module.exports = { failureTypes, testFailure, isTestFailure };
