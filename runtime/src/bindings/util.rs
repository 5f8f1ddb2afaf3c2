//! Engine introspection `util.inspect` needs: promise state, proxy internals, the
//! entries of iterators and weak collections, and filtered own keys.

use super::set_fn;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "getPromiseDetails", get_promise_details);
    set_fn(scope, target, "getProxyDetails", get_proxy_details);
    set_fn(scope, target, "previewEntries", preview_entries);
    set_fn(scope, target, "getOwnNonIndexProperties", get_own_non_index_properties);
    set_fn(scope, target, "getConstructorName", get_constructor_name);
}

/// `getPromiseDetails(p)`: `[state]` or `[state, result]` (0 pending, 1 fulfilled,
/// 2 rejected).
fn get_promise_details(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(promise) = v8::Local::<v8::Promise>::try_from(args.get(0)) else { return };
    let state = match promise.state() {
        v8::PromiseState::Pending => 0,
        v8::PromiseState::Fulfilled => 1,
        v8::PromiseState::Rejected => 2,
    };
    let state_value = v8::Integer::new(scope, state).into();
    let details = if state == 0 {
        vec![state_value]
    } else {
        vec![state_value, promise.result(scope)]
    };
    rv.set(v8::Array::new_with_elements(scope, &details).into());
}

/// `getProxyDetails(value, showProxy = true)`: undefined for a non-proxy, else
/// `[target, handler]`, or only the target when `showProxy` is false.
fn get_proxy_details(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(proxy) = v8::Local::<v8::Proxy>::try_from(args.get(0)) else { return };
    let target = proxy.get_target(scope);
    if args.length() > 1 && !args.get(1).boolean_value(scope) {
        rv.set(target);
        return;
    }
    let handler = proxy.get_handler(scope);
    rv.set(v8::Array::new_with_elements(scope, &[target, handler]).into());
}

/// `previewEntries(obj, isIterator)`: the entries of a Map/Set iterator or weak
/// collection; with `isIterator`, `[entries, isKeyValue]`.
fn preview_entries(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else { return };
    let (entries, is_key_value) = object.preview_entries(scope);
    let Some(entries) = entries else { return };
    if args.length() > 1 && args.get(1).is_true() {
        let flag = v8::Boolean::new(scope, is_key_value).into();
        rv.set(v8::Array::new_with_elements(scope, &[entries.into(), flag]).into());
    } else {
        rv.set(entries.into());
    }
}

/// `getOwnNonIndexProperties(obj, filter)`: own keys that are not array indices,
/// filtered with V8's property-filter bits.
fn get_own_non_index_properties(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else { return };
    let bits = args.get(1).uint32_value(scope).unwrap_or(0);
    let mut filter = v8::PropertyFilter::ALL_PROPERTIES;
    for (bit, flag) in [
        (1, v8::PropertyFilter::ONLY_WRITABLE),
        (2, v8::PropertyFilter::ONLY_ENUMERABLE),
        (4, v8::PropertyFilter::ONLY_CONFIGURABLE),
        (8, v8::PropertyFilter::SKIP_STRINGS),
        (16, v8::PropertyFilter::SKIP_SYMBOLS),
    ] {
        if bits & bit != 0 {
            filter = filter | flag;
        }
    }
    let names = object.get_property_names(
        scope,
        v8::GetPropertyNamesArgs {
            mode: v8::KeyCollectionMode::OwnOnly,
            property_filter: filter,
            index_filter: v8::IndexFilter::SkipIndices,
            key_conversion: v8::KeyConversionMode::ConvertToString,
        },
    );
    if let Some(names) = names {
        rv.set(names.into());
    }
}

/// `getConstructorName(obj)`: V8's idea of the object's constructor name.
fn get_constructor_name(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else { return };
    rv.set(object.get_constructor_name().into());
    let _ = scope;
}
