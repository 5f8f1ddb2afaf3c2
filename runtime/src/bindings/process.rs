//! Process-level operations: exit, clocks, the working directory and signals.

use super::{arg_string, set_fn, state, throw_type_error, SystemError};
use crate::mailbox::HostRequest;
use crate::outcome::EndReason;
use crate::signal::Signal;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "exit", exit);
    set_fn(scope, target, "cwd", cwd);
    set_fn(scope, target, "chdir", chdir);
    set_fn(scope, target, "hrtimeNs", hrtime_ns);
    set_fn(scope, target, "listenSignal", listen_signal);
    set_fn(scope, target, "kill", kill);
    set_fn(scope, target, "cpuUsageUs", cpu_usage_us);
    set_fn(scope, target, "memoryUsage", memory_usage);
    set_fn(scope, target, "hostUmask", host_umask);
}

/// `exit(code, uncaught)`: ends the session now. JavaScript has already run the
/// `'exit'` listeners; execution is terminated so no further JavaScript runs.
fn exit(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let code = args.get(0).int32_value(scope).unwrap_or(0);
    let reason = if args.get(1).is_true() { EndReason::Uncaught } else { EndReason::Exit };
    state(scope).borrow_mut().request_exit(code, reason);
    scope.terminate_execution();
}

/// `cwd()`: the session's current directory.
fn cwd(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let cwd = state(scope).borrow().cwd.to_string_lossy().into_owned();
    rv.set(v8::String::new(scope, &cwd).unwrap().into());
}

/// `chdir(path)`: changes the session's current directory, which must be a readable
/// directory.
fn chdir(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let shared = state(scope);
    let target = super::resolve(scope, &given);
    if !shared.borrow().permissions.can_read(&target) {
        SystemError::access_denied("chdir", &given).throw(scope);
        return;
    }
    match std::fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => shared.borrow_mut().cwd = target,
        Ok(_) => SystemError { code: "ENOTDIR", errno: libc::ENOTDIR, syscall: "chdir", path: Some(&given) }.throw(scope),
        Err(error) => SystemError::from_io(&error, "chdir", Some(&given)).throw(scope),
    }
}

/// `hrtimeNs()`: nanoseconds since the session started, as a BigInt.
fn hrtime_ns(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let elapsed = state(scope).borrow().origin.elapsed().as_nanos() as u64;
    rv.set(v8::BigInt::new_from_u64(scope, elapsed).into());
}

/// `listenSignal(name, listening)`: tells the signal actor whether the session
/// has listeners for `name`.
fn listen_signal(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let name = arg_string(scope, &args, 0);
    let listening = args.get(1).is_true();
    if let Some(signal) = Signal::from_name(&name) {
        state(scope).borrow().request(HostRequest::ListenSignal { signal, listening });
    }
}

/// `kill(name)`: delivers signal `name` to this session through the signal actor.
fn kill(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let name = arg_string(scope, &args, 0);
    match Signal::from_name(&name) {
        Some(signal) => state(scope).borrow().request(HostRequest::Kill(signal)),
        None => throw_type_error(scope, "ERR_UNKNOWN_SIGNAL", &format!("Unknown signal: {name}")),
    }
}

/// `cpuUsageUs()`: `[user, system]` CPU time of the session's thread in microseconds.
fn cpu_usage_us(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_THREAD, &mut usage) };
    let micros = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
    let user = v8::Number::new(scope, micros(usage.ru_utime));
    let system = v8::Number::new(scope, micros(usage.ru_stime));
    rv.set(v8::Array::new_with_elements(scope, &[user.into(), system.into()]).into());
}

/// `memoryUsage()`: `[heapTotal, heapUsed, external, arrayBuffers]` in bytes.
fn memory_usage(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let stats = scope.get_heap_statistics();
    let values = [
        stats.total_heap_size() as f64,
        stats.used_heap_size() as f64,
        stats.external_memory() as f64,
        stats.external_memory() as f64,
    ];
    let values: Vec<v8::Local<v8::Value>> =
        values.iter().map(|v| v8::Number::new(scope, *v).into()).collect();
    rv.set(v8::Array::new_with_elements(scope, &values).into());
}

/// `hostUmask()`: the host process's file mode creation mask, read from
/// `/proc/self/status` (calling umask(2) would have to change it to read it, and the
/// mask is shared by every session). 0o022 when it cannot be read.
fn host_umask(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let mask = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("Umask:"))
                .and_then(|value| u32::from_str_radix(value.trim(), 8).ok())
        })
        .unwrap_or(0o022);
    rv.set(v8::Integer::new_from_unsigned(scope, mask).into());
}
