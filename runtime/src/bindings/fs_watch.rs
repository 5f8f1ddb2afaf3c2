//! `fs.watch`'s native side: starting and stopping host watches.
//!
//! A watch is checked here (the session must be allowed to read the path, and the
//! path must exist) and then requested from the host, which sends
//! `LoopEvent::FsEvent`s for it until it is stopped. JavaScript
//! (`runtime/js/internal/fs/watchers.js`) gives each watch its id and turns the events
//! into `'change'` events of an `FSWatcher`.

use super::{arg_string, resolve, set_fn, state, SystemError};
use crate::mailbox::HostRequest;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "watchStart", watch_start);
    set_fn(scope, target, "watchStop", watch_stop);
}

/// The name libuv reports for events on the watched entry itself: what follows the
/// path's last slash.
fn reported_name(given: &str) -> Vec<u8> {
    let name = given.rsplit('/').next().unwrap_or(given);
    name.as_bytes().to_vec()
}

/// `watchStart(id, path)`: starts watching `path` under `id`. Throws `EACCES` when the
/// session may not read it and the host's error (`ENOENT`, ...) when it cannot be
/// looked at, both with syscall `watch`, as Node words them.
fn watch_start(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let watch = args.get(0).number_value(scope).unwrap_or(0.0) as u64;
    let given = arg_string(scope, &args, 1);
    if given.is_empty() {
        return SystemError { code: "ENOENT", errno: libc::ENOENT, syscall: "watch", path: Some(&given) }.throw(scope);
    }
    let resolved = resolve(scope, &given);
    let shared = state(scope);
    if !shared.borrow().permissions.can_read(&resolved) {
        return SystemError::access_denied("watch", &given).throw(scope);
    }
    if let Err(error) = std::fs::metadata(&resolved) {
        return SystemError::from_io(&error, "watch", Some(&given)).throw(scope);
    }
    shared.borrow().request(HostRequest::Watch { watch, path: resolved, name: reported_name(&given) });
}

/// `watchStop(id)`: stops the watch `id`; no event for it arrives afterwards.
fn watch_stop(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let watch = args.get(0).number_value(scope).unwrap_or(0.0) as u64;
    state(scope).borrow().request(HostRequest::Unwatch { watch });
}
