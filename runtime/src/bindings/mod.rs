//! The bridge operations: the native functions JavaScript reaches as `internals`.
//!
//! Every builtin module receives the same `internals` object. Its functions are the
//! only way JavaScript touches the host; each one checks the session's permissions
//! before doing anything. One submodule per concern.

mod async_context;
mod crypto;
mod clone;
mod encoding;
mod errors;
mod fs;
mod fs_watch;
mod io;
mod loader;
mod modules;
mod perf;
mod process;
mod tasks;
mod timers;
mod types;
mod url;
mod util;
mod vm;
mod zlib;

use crate::permissions::{absolutize, resolve_on_host};
use crate::state::SharedState;
use std::path::{Path, PathBuf};

/// Builds the `internals` object for the current context.
pub fn create_internals<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Object> {
    let internals = v8::Object::new(scope);
    async_context::register(scope, internals);
    clone::register(scope, internals);
    errors::register(scope, internals);
    fs_watch::register(scope, internals);
    io::register(scope, internals);
    loader::register(scope, internals);
    perf::register(scope, internals);
    process::register(scope, internals);
    tasks::register(scope, internals);
    timers::register(scope, internals);
    let types = v8::Object::new(scope);
    types::register(scope, types);
    set_value(scope, internals, "types", types.into());
    let encoding = v8::Object::new(scope);
    encoding::register(scope, encoding);
    set_value(scope, internals, "encoding", encoding.into());
    let fs = v8::Object::new(scope);
    fs::register(scope, fs);
    set_value(scope, internals, "fs", fs.into());
    let url = v8::Object::new(scope);
    url::register(scope, url);
    set_value(scope, internals, "url", url.into());
    let crypto = v8::Object::new(scope);
    crypto::register(scope, crypto);
    set_value(scope, internals, "crypto", crypto.into());
    let modules = v8::Object::new(scope);
    modules::register(scope, modules);
    set_value(scope, internals, "modules", modules.into());
    let util = v8::Object::new(scope);
    util::register(scope, util);
    set_value(scope, internals, "util", util.into());
    let vm = v8::Object::new(scope);
    vm::register(scope, vm);
    set_value(scope, internals, "vm", vm.into());
    zlib::register(scope, internals);
    internals
}

/// Attaches native function `f` to `target` as `name`.
pub(crate) fn set_fn(
    scope: &mut v8::PinScope<'_, '_>,
    target: v8::Local<v8::Object>,
    name: &str,
    f: impl v8::MapFnTo<v8::FunctionCallback>,
) {
    let function = v8::Function::builder(f)
        .build(scope)
        .expect("creating a native function cannot fail outside termination");
    let key = v8::String::new(scope, name).unwrap();
    function.set_name(key);
    target.set(scope, key.into(), function.into());
}

/// Sets `target[name] = value`.
pub(crate) fn set_value(
    scope: &mut v8::PinScope<'_, '_>,
    target: v8::Local<v8::Object>,
    name: &str,
    value: v8::Local<v8::Value>,
) {
    let key = v8::String::new(scope, name).unwrap();
    target.set(scope, key.into(), value);
}

/// The session state stored in the isolate.
pub(crate) fn state(scope: &mut v8::PinScope<'_, '_>) -> SharedState {
    scope.get_slot::<SharedState>().expect("session state is installed before any JavaScript runs").clone()
}

/// Throws `new TypeError(message)` with `code` set.
pub(crate) fn throw_type_error(scope: &mut v8::PinScope<'_, '_>, code: &str, message: &str) {
    let text = v8::String::new(scope, message).unwrap();
    let error = v8::Exception::type_error(scope, text);
    set_code(scope, error, code);
    scope.throw_exception(error);
}

/// Sets `error.code` (when the error is an object).
pub(crate) fn set_code(scope: &mut v8::PinScope<'_, '_>, error: v8::Local<v8::Value>, code: &str) {
    if let Ok(object) = v8::Local::<v8::Object>::try_from(error) {
        let code = v8::String::new(scope, code).unwrap();
        set_value(scope, object, "code", code.into());
    }
}

/// An operating-system error in Node's shape: `EACCES: permission denied, open '/x'`
/// with `errno`, `code`, `syscall` and `path` properties.
pub(crate) struct SystemError<'a> {
    /// The error code, e.g. `"ENOENT"`.
    pub code: &'static str,
    /// The (positive) errno value.
    pub errno: i32,
    /// The operation, e.g. `"open"`.
    pub syscall: &'a str,
    /// The path concerned.
    pub path: Option<&'a str>,
}

impl SystemError<'_> {
    /// Builds the error from an `io::Error`.
    pub fn from_io<'a>(error: &std::io::Error, syscall: &'a str, path: Option<&'a str>) -> SystemError<'a> {
        let errno = error.raw_os_error().unwrap_or(libc::EIO);
        SystemError { code: errno_name(errno), errno, syscall, path }
    }

    /// A permission refusal of corral's own (the path is outside the session's roots).
    pub fn access_denied<'a>(syscall: &'a str, path: &'a str) -> SystemError<'a> {
        SystemError { code: "EACCES", errno: libc::EACCES, syscall, path: Some(path) }
    }

    /// Throws this error into JavaScript, worded as Node words file-system errors:
    /// `ENOENT: no such file or directory, open '/x'`.
    pub fn throw(&self, scope: &mut v8::PinScope<'_, '_>) {
        let description = errno_description(self.errno);
        let message = match self.path {
            Some(path) => format!("{}: {}, {} '{}'", self.code, description, self.syscall, path),
            None => format!("{}: {}, {}", self.code, description, self.syscall),
        };
        self.throw_with_message(scope, &message);
    }

    /// Throws this error worded as Node words stream errors: `write EPIPE`.
    pub fn throw_for_stream(&self, scope: &mut v8::PinScope<'_, '_>) {
        let message = format!("{} {}", self.syscall, self.code);
        self.throw_with_message(scope, &message);
    }

    fn throw_with_message(&self, scope: &mut v8::PinScope<'_, '_>, message: &str) {
        let text = v8::String::new(scope, message).unwrap();
        let error = v8::Exception::error(scope, text);
        let object = v8::Local::<v8::Object>::try_from(error).unwrap();
        let errno = v8::Integer::new(scope, -self.errno);
        let errno_key = v8::String::new(scope, "errno").unwrap();
        if object.set(scope, errno_key.into(), errno.into()).is_none() {
            // A setter on Object.prototype threw: that exception propagates, as in Node.
            return;
        }
        set_code(scope, error, self.code);
        let syscall = v8::String::new(scope, self.syscall).unwrap();
        set_value(scope, object, "syscall", syscall.into());
        if let Some(path) = self.path {
            let path = v8::String::new(scope, path).unwrap();
            set_value(scope, object, "path", path.into());
        }
        scope.throw_exception(error);
    }
}

/// The symbolic name of an errno value.
pub(crate) fn errno_name(errno: i32) -> &'static str {
    match errno {
        libc::EPERM => "EPERM",
        libc::ENOENT => "ENOENT",
        libc::EIO => "EIO",
        libc::EBADF => "EBADF",
        libc::EAGAIN => "EAGAIN",
        libc::EACCES => "EACCES",
        libc::EEXIST => "EEXIST",
        libc::EXDEV => "EXDEV",
        libc::ENOTDIR => "ENOTDIR",
        libc::EISDIR => "EISDIR",
        libc::EINVAL => "EINVAL",
        libc::EMFILE => "EMFILE",
        libc::ENOSPC => "ENOSPC",
        libc::EPIPE => "EPIPE",
        libc::ENAMETOOLONG => "ENAMETOOLONG",
        libc::ENOTEMPTY => "ENOTEMPTY",
        libc::ELOOP => "ELOOP",
        libc::ESRCH => "ESRCH",
        _ => "EIO",
    }
}

/// Node's (libuv's) description of an errno value.
fn errno_description(errno: i32) -> &'static str {
    match errno {
        libc::EPERM => "operation not permitted",
        libc::ENOENT => "no such file or directory",
        libc::EBADF => "bad file descriptor",
        libc::EAGAIN => "resource temporarily unavailable",
        libc::EACCES => "permission denied",
        libc::EEXIST => "file already exists",
        libc::EXDEV => "cross-device link not permitted",
        libc::ENOTDIR => "not a directory",
        libc::EISDIR => "illegal operation on a directory",
        libc::EINVAL => "invalid argument",
        libc::EMFILE => "too many open files",
        libc::ENOSPC => "no space left on device",
        libc::EPIPE => "broken pipe",
        libc::ENAMETOOLONG => "name too long",
        libc::ENOTEMPTY => "directory not empty",
        libc::ELOOP => "too many symbolic links encountered",
        libc::ESRCH => "no such process",
        _ => "i/o error",
    }
}

// ---- Paths of arguments ----

/// The absolute, lexically normalized form of a path argument (against the cwd).
pub(crate) fn absolute(scope: &mut v8::PinScope<'_, '_>, given: &str) -> PathBuf {
    let cwd = state(scope).borrow().cwd.clone();
    absolutize(&cwd, Path::new(given))
}

/// The path as the host would reach it, every symlink followed (a dangling one too):
/// what every permission check judges.
pub(crate) fn resolve(scope: &mut v8::PinScope<'_, '_>, given: &str) -> PathBuf {
    follow_dangling(resolve_on_host(&absolute(scope, given)))
}

/// Most symlinks a path may pass through, as on Linux.
const MAX_LINKS: usize = 40;

/// Follows a dangling symlink at the end of a resolved path to where it points (a
/// file created through it would appear there, so that is what permissions judge).
fn follow_dangling(mut path: PathBuf) -> PathBuf {
    for _ in 0..MAX_LINKS {
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|meta| meta.file_type().is_symlink());
        if !is_link {
            return path;
        }
        let (Ok(target), Some(parent)) = (std::fs::read_link(&path), path.parent()) else { return path };
        path = resolve_on_host(&absolutize(parent, &target));
    }
    path
}

/// Reads argument `index` as a Rust string (empty when absent).
pub(crate) fn arg_string(
    scope: &mut v8::PinScope<'_, '_>,
    args: &v8::FunctionCallbackArguments,
    index: i32,
) -> String {
    args.get(index).to_rust_string_lossy(scope)
}

pub(crate) use errors::{keep_context_text, kept_source_context, source_context, source_context_shifted};
pub(crate) use loader::compile_as_function;

/// Releases everything the bindings keep per thread (before the isolate goes away).
pub(crate) fn clear_thread_state() {
    tasks::clear_promise_reject_handler();
    errors::clear_prepare_stack_trace();
    modules::clear();
}
