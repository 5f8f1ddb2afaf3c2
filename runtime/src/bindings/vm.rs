//! Node's `vm` contexts: more V8 contexts inside the session's own isolate.
//!
//! `vm.createContext(sandbox)` makes a fresh context (its own `Object`, `Array`,
//! `globalThis`... and nothing of Node's) whose global object forwards to the
//! sandbox: reads find the sandbox's properties first, writes and definitions land
//! on the sandbox, so the program sees what its code did — the contract of Node's
//! "contextified" objects. The context stays inside the session: same isolate, same
//! heap limit and CPU watchdog, same permissions (it can reach the host only through
//! what the sandbox hands it). A sandbox remembers its context's global in a private
//! property, so the pair lives exactly as long as the program keeps either.

use super::{arg_string, keep_context_text, kept_source_context, set_code, set_fn, source_context_shifted, state};
use std::time::Duration;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "makeContext", make_context);
    set_fn(scope, target, "isContext", is_context);
    set_fn(scope, target, "compileScript", compile_script);
    set_fn(scope, target, "runScript", run_script);
    set_fn(scope, target, "compileFunction", compile_function);
}

/// The private property of a sandbox that holds its context's global proxy.
fn global_key<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Private> {
    let name = v8::String::new(scope, "corral:vm-global").unwrap();
    v8::Private::for_api(scope, Some(name))
}

/// The context `target` stands for: a contextified sandbox's, a vm context's own
/// global (from `DONT_CONTEXTIFY`), or none (the session's main context).
fn context_of<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    target: v8::Local<'_, v8::Value>,
) -> Option<v8::Local<'s, v8::Context>> {
    let object = v8::Local::<v8::Object>::try_from(target).ok()?;
    let key = global_key(scope);
    let global = object.get_private(scope, key).filter(|value| value.is_object())?;
    v8::Local::<v8::Object>::try_from(global).ok()?.get_creation_context(scope)
}

/// `makeContext(sandbox, allowStrings)`: contextifies `sandbox` and returns it; with
/// `undefined`, makes a plain context and returns its global
/// (`vm.constants.DONT_CONTEXTIFY`). Without `allowStrings`, `eval` and
/// `new Function` throw `EvalError` inside the context.
fn make_context(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let sandbox = v8::Local::<v8::Object>::try_from(args.get(0)).ok();
    let template = v8::ObjectTemplate::new(scope);
    // The interceptors find the sandbox in this one-slot array, filled only once the
    // context exists: while V8 builds the context's own globals they stand aside.
    let slot = v8::Array::new(scope, 0);
    if sandbox.is_some() {
        template.set_named_property_handler(
            v8::NamedPropertyHandlerConfiguration::new()
                .getter(sandbox_get)
                .setter(sandbox_set)
                .query(sandbox_query)
                .deleter(sandbox_delete)
                .enumerator(sandbox_keys)
                .definer(sandbox_define)
                .descriptor(sandbox_descriptor)
                .data(slot.into()),
        );
    }
    let token = scope.get_current_context().get_security_token(scope);
    let context = v8::Context::new(scope, v8::ContextOptions { global_template: Some(template), ..Default::default() });
    context.set_security_token(token);
    if args.get(1).is_false() {
        context.set_allow_generation_from_strings(false);
    }
    if let Some(sandbox) = sandbox {
        slot.set_index(scope, 0, sandbox.into());
    }
    let global = context.global(scope);
    let key = global_key(scope);
    let holder = sandbox.unwrap_or(global);
    holder.set_private(scope, key, global.into());
    rv.set(holder.into());
}

/// `isContext(object)`: whether `object` was contextified.
fn is_context(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let found = context_of(scope, args.get(0)).is_some();
    rv.set_bool(found);
}

/// Where a piece of `vm` code says it sits: its file name and the line and column
/// its first character counts as (arguments 1 to 3 of every compiling binding).
struct Location {
    filename: String,
    line_offset: i32,
    column_offset: i32,
}

impl Location {
    /// Reads `(filename, lineOffset, columnOffset)` from `args[1..=3]`.
    fn from_args(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments) -> Location {
        Location {
            filename: arg_string(scope, args, 1),
            line_offset: args.get(2).int32_value(scope).unwrap_or(0),
            column_offset: args.get(3).int32_value(scope).unwrap_or(0),
        }
    }
}

/// The script origin of code at `location`.
fn origin<'s>(scope: &mut v8::PinScope<'s, '_>, location: &Location) -> v8::ScriptOrigin<'s> {
    let name = v8::String::new(scope, &location.filename).unwrap();
    // The host-defined options mark the script as `vm` code for `import()` (which
    // needs an `importModuleDynamically` callback corral does not take).
    let marker = v8::PrimitiveArray::new(scope, 1);
    let tag = v8::String::new(scope, "corral:vm").unwrap();
    marker.set(scope, 0, tag.into());
    v8::ScriptOrigin::new(
        scope,
        name.into(),
        location.line_offset,
        location.column_offset,
        false,
        0,
        None,
        false,
        false,
        false,
        Some(marker.into()),
    )
}

/// Whether a script's host-defined options mark it as `vm` code.
pub(crate) fn is_vm_script(host_defined_options: v8::Local<v8::Data>) -> bool {
    if !host_defined_options.is_fixed_array() {
        return false;
    }
    // SAFETY: checked to be a FixedArray just above.
    let options = unsafe { v8::Local::<v8::FixedArray>::cast_unchecked(host_defined_options) };
    options.length() == 1
}

/// Compiles `code` as a classic script, unbound to any context; a syntax error is
/// thrown in the calling context, as Node's `new vm.Script` does.
fn compile_unbound<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    code: v8::Local<'_, v8::Value>,
    location: &Location,
) -> Option<v8::Local<'s, v8::UnboundScript>> {
    let code = code.to_string(scope)?;
    let origin = origin(scope, location);
    let mut source = v8::script_compiler::Source::new(code, Some(&origin));
    v8::tc_scope!(let tc, scope);
    let compiled = v8::script_compiler::compile_unbound_script(
        tc,
        &mut source,
        v8::script_compiler::CompileOptions::NoCompileOptions,
        v8::script_compiler::NoCacheReason::NoReason,
    );
    if compiled.is_none() {
        keep_throw_site(tc, location);
    }
    compiled
}

/// Keeps the source context of the exception `tc` caught on it (the place it was
/// thrown, for `vm`'s decorated stacks and for the report if it goes uncaught) and
/// lets it go on to the caller. `location` is where the script's code sits.
fn keep_throw_site(tc: &mut v8::PinnedRef<'_, v8::TryCatch<'_, '_, v8::HandleScope<'_>>>, location: &Location) {
    if let (Some(exception), Some(message)) = (tc.exception(), tc.message()) {
        if kept_source_context(tc, exception).is_none() {
            let on_first_line = message.get_line_number(tc) == Some(location.line_offset as usize + 1);
            let shift = if on_first_line { location.column_offset.max(0) as usize } else { 0 };
            let text = source_context_shifted(tc, message, shift);
            keep_context_text(tc, exception, &text);
        }
    }
    if tc.can_continue() {
        tc.rethrow();
    }
}

/// `compileScript(code, filename, lineOffset, columnOffset)`: checks that `code`
/// compiles (throwing its SyntaxError otherwise).
fn compile_script(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let location = Location::from_args(scope, &args);
    compile_unbound(scope, args.get(0), &location);
}

/// `runScript(code, filename, lineOffset, columnOffset, target, timeoutMs)`: compiles
/// `code` and runs it in `target`'s context (the calling context when `target` is
/// not a context), returning its completion value. Exceptions propagate to the
/// caller; with a positive `timeoutMs`, a run still going after that long is
/// stopped and throws `ERR_SCRIPT_EXECUTION_TIMEOUT`.
fn run_script(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let location = Location::from_args(scope, &args);
    let Some(unbound) = compile_unbound(scope, args.get(0), &location) else { return };
    let context = context_of(scope, args.get(4)).unwrap_or_else(|| scope.get_current_context());
    let timeout_ms = args.get(5).integer_value(scope).filter(|ms| *ms > 0);
    let deadline = timeout_ms.map(|ms| Deadline::start(scope, Duration::from_millis(ms as u64)));
    let result = {
        let scope = &mut v8::ContextScope::new(scope, context);
        v8::tc_scope!(let tc, scope);
        let script = unbound.bind_to_current_context(tc);
        let result = script.run(tc);
        if result.is_none() && tc.has_caught() {
            keep_throw_site(tc, &location);
        }
        result
    };
    let timed_out = deadline.is_some_and(Deadline::finish);
    // Only a termination of our own making is undone: an exit or a host limit stands.
    if timed_out && state(scope).borrow().exit.is_none() {
        scope.cancel_terminate_execution();
        let ms = timeout_ms.unwrap_or_default();
        let message = v8::String::new(scope, &format!("Script execution timed out after {ms}ms")).unwrap();
        let error = v8::Exception::error(scope, message);
        set_code(scope, error, "ERR_SCRIPT_EXECUTION_TIMEOUT");
        scope.throw_exception(error);
        return;
    }
    if let Some(result) = result {
        rv.set(result);
    }
}

/// A watchdog for one `vm` run with a `timeout`: a thread that terminates the
/// isolate's execution unless the run finishes first.
struct Deadline {
    finished: crossbeam_channel::Sender<()>,
    thread: std::thread::JoinHandle<bool>,
}

impl Deadline {
    fn start(scope: &mut v8::PinScope, timeout: Duration) -> Deadline {
        let isolate = scope.thread_safe_handle();
        let (finished, wait) = crossbeam_channel::bounded::<()>(0);
        let thread = std::thread::Builder::new()
            .name("corral-vm-timeout".into())
            .spawn(move || {
                let expired = matches!(wait.recv_timeout(timeout), Err(crossbeam_channel::RecvTimeoutError::Timeout));
                if expired {
                    isolate.terminate_execution();
                }
                expired
            })
            .expect("spawning a vm timeout thread");
        Deadline { finished, thread }
    }

    /// Stops the watchdog; whether it fired.
    fn finish(self) -> bool {
        drop(self.finished);
        self.thread.join().unwrap_or(false)
    }
}

/// `compileFunction(code, filename, lineOffset, columnOffset, params, extensions,
/// target)`: `code` as the body of a function with `params`, whose scope sees the
/// properties of each `extensions` object, created in `target`'s context.
fn compile_function(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(code) = v8::Local::<v8::String>::try_from(args.get(0)) else { return };
    let location = Location::from_args(scope, &args);
    let params = strings_of(scope, args.get(4));
    let extensions: Vec<v8::Local<v8::Object>> = array_items(scope, args.get(5))
        .into_iter()
        .filter_map(|value| v8::Local::<v8::Object>::try_from(value).ok())
        .collect();
    let context = context_of(scope, args.get(6)).unwrap_or_else(|| scope.get_current_context());
    let scope = &mut v8::ContextScope::new(scope, context);
    let origin = origin(scope, &location);
    let mut source = v8::script_compiler::Source::new(code, Some(&origin));
    if let Some(function) = v8::script_compiler::compile_function(
        scope,
        &mut source,
        &params,
        &extensions,
        v8::script_compiler::CompileOptions::NoCompileOptions,
        v8::script_compiler::NoCacheReason::NoReason,
    ) {
        rv.set(function.into());
    }
}

/// The items of a JavaScript array (none for anything else).
fn array_items<'s>(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'_, v8::Value>) -> Vec<v8::Local<'s, v8::Value>> {
    let Ok(array) = v8::Local::<v8::Array>::try_from(value) else { return Vec::new() };
    (0..array.length()).filter_map(|i| array.get_index(scope, i)).collect()
}

/// The string items of a JavaScript array.
fn strings_of<'s>(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'_, v8::Value>) -> Vec<v8::Local<'s, v8::String>> {
    array_items(scope, value).into_iter().filter_map(|item| item.to_string(scope)).collect()
}

// The interceptors of a contextified global. `args.data()` is the slot array
// holding the sandbox; each interceptor does nothing while the slot is empty.

fn sandbox_of<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::PropertyCallbackArguments<'s>,
) -> Option<v8::Local<'s, v8::Object>> {
    let slot = v8::Local::<v8::Array>::try_from(args.data()).ok()?;
    let sandbox = slot.get_index(scope, 0)?;
    v8::Local::<v8::Object>::try_from(sandbox).ok()
}

/// Reads find the sandbox's property (own or inherited) before the context's own
/// globals; the sandbox itself reads as the global, so `this`-style self references
/// stay inside the context.
fn sandbox_get<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(scope, &args) else { return v8::Intercepted::kNo };
    let Some(value) = sandbox.get_real_named_property(scope, key) else { return v8::Intercepted::kNo };
    if value.strict_equals(sandbox.into()) {
        rv.set(args.holder().into());
    } else {
        rv.set(value);
    }
    v8::Intercepted::kYes
}

/// Writes go to the sandbox; the global gets them too (so `var` declarations and
/// later reads agree), except where the global or sandbox property is read-only.
/// (An undeclared assignment in strict code reaches the sandbox before V8 throws
/// its ReferenceError: V8 does not tell an interceptor which kind of store it is.)
fn sandbox_set<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    value: v8::Local<'s, v8::Value>,
    args: v8::PropertyCallbackArguments<'s>,
    _rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(scope, &args) else { return v8::Intercepted::kNo };
    let on_sandbox = sandbox.get_real_named_property_attributes(scope, key);
    let on_global = args.holder().get_real_named_property_attributes(scope, key);
    let read_only = |attributes: &Option<v8::PropertyAttribute>| attributes.as_ref().is_some_and(|a| a.is_read_only());
    if read_only(&on_sandbox) || read_only(&on_global) {
        return v8::Intercepted::kNo;
    }
    if on_sandbox.is_none() && on_global.is_none() && key.is_symbol() {
        return v8::Intercepted::kNo;
    }
    sandbox.set(scope, key.into(), value);
    v8::Intercepted::kNo
}

/// Attribute queries (`in`, `hasOwnProperty`) see the sandbox's own properties.
fn sandbox_query<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Integer>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(scope, &args) else { return v8::Intercepted::kNo };
    if !sandbox.has_real_named_property(scope, key).unwrap_or(false) {
        return v8::Intercepted::kNo;
    }
    let attributes = sandbox.get_real_named_property_attributes(scope, key).unwrap_or(v8::PropertyAttribute::NONE);
    rv.set_int32(attributes.as_u32() as i32);
    v8::Intercepted::kYes
}

/// Deletes remove the sandbox's property; if the sandbox refuses, so does the global.
fn sandbox_delete<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(scope, &args) else { return v8::Intercepted::kNo };
    if sandbox.delete(scope, key.into()).unwrap_or(false) {
        return v8::Intercepted::kNo;
    }
    rv.set_bool(false);
    v8::Intercepted::kYes
}

/// Enumeration (`Object.keys(globalThis)`, `for...in`) lists the sandbox's keys.
fn sandbox_keys<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Array>,
) {
    let Some(sandbox) = sandbox_of(scope, &args) else { return };
    let all = v8::GetPropertyNamesArgs {
        mode: v8::KeyCollectionMode::OwnOnly,
        property_filter: v8::PropertyFilter::ALL_PROPERTIES,
        index_filter: v8::IndexFilter::IncludeIndices,
        key_conversion: v8::KeyConversionMode::KeepNumbers,
    };
    if let Some(keys) = sandbox.get_property_names(scope, all) {
        rv.set(keys);
    }
}

/// `Object.defineProperty(globalThis, ...)` defines on the sandbox too.
fn sandbox_define<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    descriptor: &v8::PropertyDescriptor,
    args: v8::PropertyCallbackArguments<'s>,
    _rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(scope, &args) else { return v8::Intercepted::kNo };
    let global = args.holder();
    if let Some(attributes) = global.get_real_named_property_attributes(scope, key) {
        if attributes.is_read_only() && attributes.is_dont_delete() {
            return v8::Intercepted::kNo;
        }
    }
    sandbox.define_property(scope, key, descriptor);
    v8::Intercepted::kNo
}

/// `Object.getOwnPropertyDescriptor(globalThis, key)` reports the sandbox's own
/// property when it has one.
fn sandbox_descriptor<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    let Some(sandbox) = sandbox_of(scope, &args) else { return v8::Intercepted::kNo };
    if !sandbox.has_own_property(scope, key).unwrap_or(false) {
        return v8::Intercepted::kNo;
    }
    match sandbox.get_own_property_descriptor(scope, key) {
        Some(descriptor) if !descriptor.is_undefined() => {
            rv.set(descriptor);
            v8::Intercepted::kYes
        }
        _ => v8::Intercepted::kNo,
    }
}
