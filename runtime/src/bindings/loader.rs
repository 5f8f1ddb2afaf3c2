//! Compiling code and reading the files modules come from, within the session's roots.

use super::{arg_string, resolve, set_fn, state, SystemError};
use crate::builtins;
use crate::code_cache::CodeCache;
use std::path::Path;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "compileBuiltin", compile_builtin);
    set_fn(scope, target, "compileFunction", compile_function);
    set_fn(scope, target, "readFileUtf8", read_file_utf8);
    set_fn(scope, target, "statKind", stat_kind);
    set_fn(scope, target, "realpath", realpath);
    set_fn(scope, target, "builtinNames", builtin_names);
}

/// Compiles `source` as the body of a function with `params`, named `name` in stack
/// traces, through the session's code cache. A syntax error is thrown with its
/// location.
pub(crate) fn compile_as_function<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    name: &str,
    source: &str,
    params: &[&str],
) -> Option<v8::Local<'s, v8::Function>> {
    let cache = state(scope).borrow().code_cache.clone();
    let key = cache.as_ref().map(|_| CodeCache::key("function", &params.join(","), source));
    let cached = cache.as_ref().zip(key.as_ref()).and_then(|(cache, key)| cache.load(key));
    let source_text = v8::String::new(scope, source)?;
    let resource_name = v8::String::new(scope, name)?;
    let origin = v8::ScriptOrigin::new(scope, resource_name.into(), 0, 0, false, 0, None, false, false, false, None);
    let (mut compiled, options) = match &cached {
        Some(bytes) => (
            v8::script_compiler::Source::new_with_cached_data(source_text, Some(&origin), v8::CachedData::new(bytes)),
            v8::script_compiler::CompileOptions::ConsumeCodeCache,
        ),
        None => (v8::script_compiler::Source::new(source_text, Some(&origin)), v8::script_compiler::CompileOptions::NoCompileOptions),
    };
    let params: Vec<v8::Local<v8::String>> = params.iter().map(|p| v8::String::new(scope, p).unwrap()).collect();
    let function = v8::script_compiler::compile_function(
        scope,
        &mut compiled,
        &params,
        &[],
        options,
        v8::script_compiler::NoCacheReason::NoReason,
    )?;
    let accepted = cached.is_some() && compiled.get_cached_data().is_some_and(|data| !data.rejected());
    if let (Some(cache), Some(key), false) = (cache, key, accepted) {
        if let Some(data) = function.create_code_cache() {
            cache.store(&key, &data);
        }
    }
    Some(function)
}

/// `compileBuiltin(name)`: the function wrapping builtin module `name`.
fn compile_builtin(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let name = arg_string(scope, &args, 0);
    let Some(source) = builtins::source(&name) else {
        super::throw_type_error(scope, "ERR_UNKNOWN_BUILTIN_MODULE", &format!("No such built-in module: {name}"));
        return;
    };
    if let Some(function) =
        compile_as_function(scope, &format!("node:{name}"), source, &builtins::BUILTIN_PARAMS)
    {
        rv.set(function.into());
    }
}

/// `compileFunction(source, filename, params)`: compiles user code (a CommonJS module
/// body) as a function.
fn compile_function(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let source = arg_string(scope, &args, 0);
    let filename = arg_string(scope, &args, 1);
    let mut params = Vec::new();
    if let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(2)) {
        for i in 0..list.length() {
            let item = list.get_index(scope, i).unwrap();
            params.push(item.to_rust_string_lossy(scope));
        }
    }
    let params: Vec<&str> = params.iter().map(String::as_str).collect();
    if let Some(function) = compile_as_function(scope, &filename, &source, &params) {
        rv.set(function.into());
    }
}

/// Whether the session may read `path`; throws `EACCES` if not.
fn check_read(scope: &mut v8::PinScope<'_, '_>, syscall: &str, given: &str, resolved: &Path) -> bool {
    let shared = state(scope);
    if shared.borrow().permissions.can_read(resolved) {
        return true;
    }
    SystemError::access_denied(syscall, given).throw(scope);
    false
}

/// `readFileUtf8(path)`: the file's text; throws a system error (ENOENT, EACCES…).
fn read_file_utf8(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let resolved = resolve(scope, &given);
    if !check_read(scope, "open", &given, &resolved) {
        return;
    }
    match std::fs::read(&resolved) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            if let Some(value) = v8::String::new(scope, text) {
                rv.set(value.into());
            }
        }
        Err(error) => SystemError::from_io(&error, "open", Some(&given)).throw(scope),
    }
}

/// `statKind(path)`: 0 for a file, 1 for a directory, -1 when missing or unreadable,
/// -2 when outside the session's readable roots (whether or not it exists there: the
/// sandbox does not reveal that). Module resolution probes with it.
fn stat_kind(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let resolved = resolve(scope, &given);
    let shared = state(scope);
    let kind = if !shared.borrow().permissions.can_read(&resolved) {
        -2
    } else {
        match std::fs::metadata(&resolved) {
            Ok(meta) if meta.is_dir() => 1,
            Ok(_) => 0,
            Err(_) => -1,
        }
    };
    rv.set_int32(kind);
}

/// `realpath(path)`: the path with every symlink resolved.
fn realpath(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let resolved = resolve(scope, &given);
    if !check_read(scope, "realpath", &given, &resolved) {
        return;
    }
    match std::fs::canonicalize(&resolved) {
        Ok(real) => {
            let text = v8::String::new(scope, &real.to_string_lossy()).unwrap();
            rv.set(text.into());
        }
        Err(error) => SystemError::from_io(&error, "realpath", Some(&given)).throw(scope),
    }
}

/// `builtinNames()`: every builtin module name (internal ones included).
fn builtin_names(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let names: Vec<v8::Local<v8::Value>> =
        builtins::names().map(|n| v8::String::new(scope, n).unwrap().into()).collect();
    let array = v8::Array::new_with_elements(scope, &names);
    rv.set(array.into());
}
