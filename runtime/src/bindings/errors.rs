//! Source context for error reports: the `file:line`, source line and carets Node
//! prints above an uncaught error.

use super::set_fn;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "errorSourceContext", error_source_context);
}

/// `errorSourceContext(error)`: the context of the place an error was created (used
/// for rejections, which have no throw site); empty when there is none.
fn error_source_context(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let error = args.get(0);
    let text = if error.is_native_error() {
        let message = v8::Exception::create_message(scope, error);
        source_context(scope, message)
    } else {
        String::new()
    };
    rv.set(v8::String::new(scope, &text).unwrap().into());
}

/// `file:line`, the source line, and carets under the part of it that threw.
pub(crate) fn source_context(scope: &mut v8::PinScope<'_, '_>, message: v8::Local<v8::Message>) -> String {
    let resource = message.get_script_resource_name(scope).map(|n| n.to_rust_string_lossy(scope));
    let Some(resource) = resource.filter(|r| !r.is_empty() && r != "undefined") else { return String::new() };
    let line_number = message.get_line_number(scope).unwrap_or(0);
    let source_line = message.get_source_line(scope).map(|l| l.to_rust_string_lossy(scope)).unwrap_or_default();
    let start = message.get_start_column();
    let end = message.get_end_column().max(start + 1);
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
