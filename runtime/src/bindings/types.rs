//! `util.types`: brand checks that only the engine can answer truthfully.

use super::set_fn;

macro_rules! type_checks {
    ($($js:literal => $method:ident),* $(,)?) => {
        pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
            $(
                set_fn(scope, target, $js,
                    |_scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue| {
                        rv.set_bool(args.get(0).$method());
                    });
            )*
            set_fn(scope, target, "isAnyArrayBuffer", is_any_array_buffer);
            set_fn(scope, target, "isBoxedPrimitive", is_boxed_primitive);
        }
    };
}

type_checks! {
    "isExternal" => is_external,
    "isDate" => is_date,
    "isArgumentsObject" => is_arguments_object,
    "isBigIntObject" => is_big_int_object,
    "isBooleanObject" => is_boolean_object,
    "isNumberObject" => is_number_object,
    "isStringObject" => is_string_object,
    "isSymbolObject" => is_symbol_object,
    "isNativeError" => is_native_error,
    "isRegExp" => is_reg_exp,
    "isAsyncFunction" => is_async_function,
    "isGeneratorFunction" => is_generator_function,
    "isGeneratorObject" => is_generator_object,
    "isPromise" => is_promise,
    "isMap" => is_map,
    "isSet" => is_set,
    "isMapIterator" => is_map_iterator,
    "isSetIterator" => is_set_iterator,
    "isWeakMap" => is_weak_map,
    "isWeakSet" => is_weak_set,
    "isArrayBuffer" => is_array_buffer,
    "isDataView" => is_data_view,
    "isSharedArrayBuffer" => is_shared_array_buffer,
    "isProxy" => is_proxy,
    "isModuleNamespaceObject" => is_module_namespace_object,
    "isArrayBufferView" => is_array_buffer_view,
    "isTypedArray" => is_typed_array,
    "isUint8Array" => is_uint8_array,
    "isUint8ClampedArray" => is_uint8_clamped_array,
    "isUint16Array" => is_uint16_array,
    "isUint32Array" => is_uint32_array,
    "isInt8Array" => is_int8_array,
    "isInt16Array" => is_int16_array,
    "isInt32Array" => is_int32_array,
    "isFloat16Array" => is_float16_array,
    "isFloat32Array" => is_float32_array,
    "isFloat64Array" => is_float64_array,
    "isBigInt64Array" => is_big_int64_array,
    "isBigUint64Array" => is_big_uint64_array,
}

fn is_any_array_buffer(_scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let value = args.get(0);
    rv.set_bool(value.is_array_buffer() || value.is_shared_array_buffer());
}

fn is_boxed_primitive(_scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let v = args.get(0);
    rv.set_bool(
        v.is_number_object()
            || v.is_string_object()
            || v.is_boolean_object()
            || v.is_big_int_object()
            || v.is_symbol_object(),
    );
}
