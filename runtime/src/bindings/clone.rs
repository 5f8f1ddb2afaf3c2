//! `structuredClone`: V8's own serializer writes a value and reads it back, so every
//! type the HTML structured clone algorithm supports (and V8 implements) is copied
//! faithfully — cycles, Maps, Sets, Dates, RegExps, typed arrays, errors.

use super::set_fn;
use v8::{ValueDeserializerHelper, ValueSerializerHelper};

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "structuredClone", structured_clone);
}

struct Cloner;

impl v8::ValueSerializerImpl for Cloner {
    fn throw_data_clone_error<'s>(&self, scope: &mut v8::PinScope<'s, '_>, message: v8::Local<'s, v8::String>) {
        let error = v8::Exception::error(scope, message);
        super::set_code(scope, error, "ERR_DATA_CLONE");
        scope.throw_exception(error);
    }
}

impl v8::ValueDeserializerImpl for Cloner {}

/// `structuredClone(value)` → a deep copy; throws an error with code
/// `ERR_DATA_CLONE` for what cannot be cloned (functions, symbols, …).
fn structured_clone(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let context = scope.get_current_context();
    let serializer = v8::ValueSerializer::new(scope, Box::new(Cloner));
    serializer.write_header();
    if serializer.write_value(context, args.get(0)) != Some(true) {
        return;
    }
    let bytes = serializer.release();
    let deserializer = v8::ValueDeserializer::new(scope, Box::new(Cloner), &bytes);
    if deserializer.read_header(context) != Some(true) {
        return;
    }
    if let Some(value) = deserializer.read_value(context) {
        rv.set(value);
    }
}
