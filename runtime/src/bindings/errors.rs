//! Source context for error reports: the `file:line`, source line and carets Node
//! prints above an uncaught error.

use super::set_fn;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "errorSourceContext", error_source_context);
    set_fn(scope, target, "keepSourceContext", keep_source_context);
    set_fn(scope, target, "errorSourceLine", error_source_line);
    set_fn(scope, target, "setPrepareStackTrace", set_prepare_stack_trace);
}

thread_local! {
    static PREPARE: std::cell::RefCell<Option<v8::Global<v8::Function>>> = const { std::cell::RefCell::new(None) };
}

/// Drops the stack formatter (before the isolate goes away).
pub(crate) fn clear_prepare_stack_trace() {
    PREPARE.with(|p| p.borrow_mut().take());
}

/// `setPrepareStackTrace(fn)`: `fn(error, callSites)` formats `error.stack` when it is
/// first read — so, as in Node, the header shows the message as it is then, and a
/// program's own `Error.prepareStackTrace` is honoured.
fn set_prepare_stack_trace(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    if let Ok(function) = v8::Local::<v8::Function>::try_from(args.get(0)) {
        let global = v8::Global::new(scope, function);
        PREPARE.with(|p| *p.borrow_mut() = Some(global));
        scope.set_prepare_stack_trace_callback(prepare_stack_trace);
    }
}

fn prepare_stack_trace<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    error: v8::Local<v8::Value>,
    sites: v8::Local<v8::Array>,
) -> v8::Local<'s, v8::Value> {
    let undefined: v8::Local<v8::Value> = v8::undefined(scope).into();
    let Some(formatter) = PREPARE.with(|p| p.borrow().clone()) else { return undefined };
    let formatter = v8::Local::new(scope, formatter);
    formatter.call(scope, undefined, &[error, sites.into()]).unwrap_or(undefined)
}

/// The private property an error's source context is kept in once it has been caught
/// and is about to be rethrown (Node's "arrow message").
fn arrow_key<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Private> {
    let name = v8::String::new(scope, "corral:arrow").unwrap();
    v8::Private::for_api(scope, Some(name))
}

/// The source context kept on `error`, if any.
pub(crate) fn kept_source_context(scope: &mut v8::PinScope<'_, '_>, error: v8::Local<v8::Value>) -> Option<String> {
    let object = v8::Local::<v8::Object>::try_from(error).ok()?;
    let key = arrow_key(scope);
    let value = object.get_private(scope, key)?;
    value.is_string().then(|| value.to_rust_string_lossy(scope))
}

/// The context of the place an error was created (a syntax error's location, for
/// one), or "".
fn created_context(scope: &mut v8::PinScope<'_, '_>, error: v8::Local<v8::Value>) -> String {
    if let Some(kept) = kept_source_context(scope, error) {
        return kept;
    }
    if !error.is_native_error() {
        return String::new();
    }
    let message = v8::Exception::create_message(scope, error);
    source_context(scope, message)
}

/// `errorSourceContext(error)`: the context of the place an error was created (used
/// for rejections, which have no throw site); empty when there is none.
fn error_source_context(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let text = created_context(scope, args.get(0));
    rv.set(v8::String::new(scope, &text).unwrap().into());
}

/// `errorSourceLine(error)`: `[sourceLine, column]` of the place a native error was
/// created, also in code without a file name (eval, `new Function`), for
/// `assert.ok`'s message quoting the failing call; undefined when there is none.
fn error_source_line(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let error = args.get(0);
    if !error.is_native_error() {
        return;
    }
    let message = v8::Exception::create_message(scope, error);
    let Some(line) = message.get_source_line(scope) else { return };
    let column = v8::Integer::new(scope, message.get_start_column() as i32);
    let pair = [line.into(), column.into()];
    rv.set(v8::Array::new_with_elements(scope, &pair).into());
}

/// Keeps `text` on `error` as the source context its report shows (what Node calls
/// the "arrow message").
pub(crate) fn keep_context_text(scope: &mut v8::PinScope<'_, '_>, error: v8::Local<v8::Value>, text: &str) {
    if let Ok(object) = v8::Local::<v8::Object>::try_from(error) {
        let key = arrow_key(scope);
        let value = v8::String::new(scope, text).unwrap();
        object.set_private(scope, key, value.into());
    }
}

/// `keepSourceContext(error)`: before JavaScript rethrows a caught error, keeps its
/// original source context on it, so the report shows where it really came from.
fn keep_source_context(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let error = args.get(0);
    let text = created_context(scope, error);
    keep_context_text(scope, error, &text);
}

/// `file:line`, the source line, and carets under the part of it that threw.
pub(crate) fn source_context(scope: &mut v8::PinScope<'_, '_>, message: v8::Local<v8::Message>) -> String {
    source_context_shifted(scope, message, 0)
}

/// [`source_context`] for a message whose columns count `column_shift` characters
/// that are not on the source line (a script compiled with a column offset, on its
/// first line).
pub(crate) fn source_context_shifted(
    scope: &mut v8::PinScope<'_, '_>,
    message: v8::Local<v8::Message>,
    column_shift: usize,
) -> String {
    let resource = message.get_script_resource_name(scope).map(|n| n.to_rust_string_lossy(scope));
    let Some(resource) = resource.filter(|r| !r.is_empty() && r != "undefined") else { return String::new() };
    let line_number = message.get_line_number(scope).unwrap_or(0);
    let source_line = message.get_source_line(scope).map(|l| l.to_rust_string_lossy(scope)).unwrap_or_default();
    let start = message.get_start_column().saturating_sub(column_shift);
    let end = message.get_end_column().saturating_sub(column_shift).max(start + 1);
    let mut underline = String::new();
    for ch in source_line.chars().take(start) {
        underline.push(if ch == '\t' { '\t' } else { ' ' });
    }
    let line_length = source_line.chars().count();
    for _ in start..end.min(line_length.max(start + 1)) {
        underline.push('^');
    }
    format!("{resource}:{line_number}\n{source_line}\n{underline}\n")
}
