//! ES modules on V8's native module system.
//!
//! The module map lives here, per session thread: each compiled or synthetic module
//! gets an id. Resolution and loading policy live in JavaScript
//! (`runtime/js/internal/modules/esm.js`): it compiles a module, resolves each of its
//! requests, and tells this side which module answers which request
//! (`setResolved`) before linking. V8's host callbacks — resolving during
//! instantiation, `import.meta`, dynamic `import()`, and synthetic-module evaluation —
//! are answered from that map and from hooks JavaScript registers with `setHooks`.

use super::{arg_string, set_fn};
use crate::code_cache::CodeCache;
use std::cell::RefCell;
use std::collections::HashMap;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "compileModule", compile_module);
    set_fn(scope, target, "createSyntheticModule", create_synthetic_module);
    set_fn(scope, target, "setResolved", set_resolved);
    set_fn(scope, target, "instantiate", instantiate);
    set_fn(scope, target, "evaluate", evaluate);
    set_fn(scope, target, "namespace", namespace);
    set_fn(scope, target, "status", status);
    set_fn(scope, target, "isGraphAsync", is_graph_async);
    set_fn(scope, target, "setHooks", set_hooks);
    set_fn(scope, target, "stalledAwait", stalled_await);
}

struct Record {
    module: v8::Global<v8::Module>,
    url: String,
    /// For each module request, in order: (specifier, type attribute, resolved id).
    requests: Vec<(String, String, Option<usize>)>,
}

#[derive(Default)]
struct ModuleMap {
    records: Vec<Record>,
    by_hash: HashMap<i32, Vec<usize>>,
}

struct Hooks {
    synthetic_evaluate: v8::Global<v8::Function>,
    import_meta: v8::Global<v8::Function>,
    dynamic_import: v8::Global<v8::Function>,
}

thread_local! {
    static MAP: RefCell<ModuleMap> = RefCell::new(ModuleMap::default());
    static HOOKS: RefCell<Option<Hooks>> = const { RefCell::new(None) };
}

/// Forgets every module (before the isolate goes away).
pub(crate) fn clear() {
    MAP.with(|m| *m.borrow_mut() = ModuleMap::default());
    HOOKS.with(|h| h.borrow_mut().take());
}

fn insert(scope: &mut v8::PinScope<'_, '_>, module: v8::Local<v8::Module>, url: String, requests: Vec<(String, String)>) -> usize {
    let hash = module.get_identity_hash().get();
    let global = v8::Global::new(scope, module);
    MAP.with(|m| {
        let mut map = m.borrow_mut();
        let id = map.records.len();
        map.records.push(Record { module: global, url, requests: requests.into_iter().map(|(s, t)| (s, t, None)).collect() });
        map.by_hash.entry(hash).or_default().push(id);
        id
    })
}

/// The id of a module V8 hands back in a callback.
fn id_of(scope: &mut v8::PinScope<'_, '_>, module: v8::Local<v8::Module>) -> Option<usize> {
    let hash = module.get_identity_hash().get();
    let candidates = MAP.with(|m| m.borrow().by_hash.get(&hash).cloned())?;
    candidates.into_iter().find(|&id| {
        MAP.with(|m| {
            let map = m.borrow();
            v8::Local::new(scope, &map.records[id].module) == module
        })
    })
}

fn module_of<'s>(scope: &mut v8::PinScope<'s, '_>, id: usize) -> Option<v8::Local<'s, v8::Module>> {
    MAP.with(|m| m.borrow().records.get(id).map(|r| v8::Local::new(scope, &r.module)))
}

fn arg_id(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32) -> Option<usize> {
    let id = args.get(index).integer_value(scope)?;
    let known = MAP.with(|m| (id as usize) < m.borrow().records.len());
    (id >= 0 && known).then_some(id as usize)
}

/// The `type` import attribute among V8's flat (key, value, location) triples.
fn type_attribute(scope: &mut v8::PinScope<'_, '_>, attributes: v8::Local<v8::FixedArray>, entry_size: usize) -> String {
    let mut i = 0;
    while i + 1 < attributes.length() {
        let key = attributes.get(scope, i).and_then(|d| v8::Local::<v8::Value>::try_from(d).ok());
        let value = attributes.get(scope, i + 1).and_then(|d| v8::Local::<v8::Value>::try_from(d).ok());
        if let (Some(key), Some(value)) = (key, value) {
            if key.to_rust_string_lossy(scope) == "type" {
                return value.to_rust_string_lossy(scope);
            }
        }
        i += entry_size;
    }
    String::new()
}

/// `compileModule(source, url)` → `[id, [[specifier, type], ...]]`; throws a
/// SyntaxError (with its location) for bad source.
fn compile_module(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let source = arg_string(scope, &args, 0);
    let url = arg_string(scope, &args, 1);
    let cache = super::state(scope).borrow().code_cache.clone();
    let key = cache.as_ref().map(|_| CodeCache::key("module", "", &source));
    let cached = cache.as_ref().zip(key.as_ref()).and_then(|(cache, key)| cache.load(key));
    let Some(source_text) = v8::String::new(scope, &source) else { return };
    let name = v8::String::new(scope, &url).unwrap();
    let origin = v8::ScriptOrigin::new(scope, name.into(), 0, 0, false, 0, None, false, false, true, None);
    let (mut compiled, options) = match &cached {
        Some(bytes) => (
            v8::script_compiler::Source::new_with_cached_data(source_text, Some(&origin), v8::CachedData::new(bytes)),
            v8::script_compiler::CompileOptions::ConsumeCodeCache,
        ),
        None => (v8::script_compiler::Source::new(source_text, Some(&origin)), v8::script_compiler::CompileOptions::NoCompileOptions),
    };
    let Some(module) = v8::script_compiler::compile_module2(
        scope,
        &mut compiled,
        options,
        v8::script_compiler::NoCacheReason::NoReason,
    ) else {
        return;
    };
    let accepted = cached.is_some() && compiled.get_cached_data().is_some_and(|data| !data.rejected());
    if let (Some(cache), Some(key), false) = (cache, key, accepted) {
        if let Some(data) = module.get_unbound_module_script(scope).create_code_cache() {
            cache.store(&key, &data);
        }
    }
    let module_requests = module.get_module_requests();
    let mut requests = Vec::new();
    for i in 0..module_requests.length() {
        let Some(request) = module_requests.get(scope, i) else { continue };
        let Ok(request) = v8::Local::<v8::ModuleRequest>::try_from(request) else { continue };
        let specifier = request.get_specifier().to_rust_string_lossy(scope);
        // Static imports list attributes as (key, value, source offset) triples.
        let kind = type_attribute(scope, request.get_import_attributes(), 3);
        requests.push((specifier, kind));
    }
    let listed: Vec<v8::Local<v8::Value>> = requests
        .iter()
        .map(|(specifier, kind)| {
            let specifier = v8::String::new(scope, specifier).unwrap().into();
            let kind = v8::String::new(scope, kind).unwrap().into();
            v8::Array::new_with_elements(scope, &[specifier, kind]).into()
        })
        .collect();
    let id = insert(scope, module, url, requests);
    let id_value = v8::Number::new(scope, id as f64).into();
    let list = v8::Array::new_with_elements(scope, &listed).into();
    rv.set(v8::Array::new_with_elements(scope, &[id_value, list]).into());
}

/// `createSyntheticModule(url, exportNames)` → id. Its exports are filled, when it
/// is evaluated, from the object the `syntheticEvaluate(id)` hook returns.
fn create_synthetic_module(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let url = arg_string(scope, &args, 0);
    let mut names = Vec::new();
    if let Ok(list) = v8::Local::<v8::Array>::try_from(args.get(1)) {
        for i in 0..list.length() {
            if let Some(name) = list.get_index(scope, i).and_then(|n| n.to_string(scope)) {
                names.push(name);
            }
        }
    }
    let module_name = v8::String::new(scope, &url).unwrap();
    let module = v8::Module::create_synthetic_module(scope, module_name, &names, synthetic_evaluation_steps);
    let id = insert(scope, module, url, Vec::new());
    rv.set_double(id as f64);
}

fn synthetic_evaluation_steps<'s>(
    context: v8::Local<'s, v8::Context>,
    module: v8::Local<'s, v8::Module>,
) -> Option<v8::Local<'s, v8::Value>> {
    v8::callback_scope!(unsafe scope, context);
    let id = id_of(scope, module)?;
    let hook = HOOKS.with(|h| h.borrow().as_ref().map(|h| h.synthetic_evaluate.clone()))?;
    let hook = v8::Local::new(scope, hook);
    let receiver = v8::undefined(scope).into();
    let id_value = v8::Number::new(scope, id as f64).into();
    let exports = hook.call(scope, receiver, &[id_value])?;
    let exports = v8::Local::<v8::Object>::try_from(exports).ok()?;
    let names = exports.get_own_property_names(scope, Default::default())?;
    for i in 0..names.length() {
        let name = names.get_index(scope, i)?;
        let value = exports.get(scope, name)?;
        let name = name.to_string(scope)?;
        module.set_synthetic_module_export(scope, name, value)?;
    }
    let undefined: v8::Local<v8::Value> = v8::undefined(scope).into();
    // Returning a resolved promise marks evaluation complete.
    let resolver = v8::PromiseResolver::new(scope)?;
    resolver.resolve(scope, undefined);
    Some(resolver.get_promise(scope).into())
}

/// `setResolved(id, requestIndex, dependencyId)`.
fn set_resolved(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let (Some(id), Some(dependency)) = (arg_id(scope, &args, 0), arg_id(scope, &args, 2)) else { return };
    let index = args.get(1).integer_value(scope).unwrap_or(-1);
    MAP.with(|m| {
        if let Some(request) = m.borrow_mut().records[id].requests.get_mut(index as usize) {
            request.2 = Some(dependency);
        }
    });
}

/// `instantiate(id)`: links the module graph; throws what linking throws (a missing
/// export, say).
fn instantiate(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = arg_id(scope, &args, 0).and_then(|id| module_of(scope, id)) else { return };
    if module.instantiate_module(scope, resolve_callback).is_some() {
        rv.set_bool(true);
    }
}

fn resolve_callback<'s>(
    context: v8::Local<'s, v8::Context>,
    specifier: v8::Local<'s, v8::String>,
    attributes: v8::Local<'s, v8::FixedArray>,
    referrer: v8::Local<'s, v8::Module>,
) -> Option<v8::Local<'s, v8::Module>> {
    v8::callback_scope!(unsafe scope, context);
    let specifier = specifier.to_rust_string_lossy(scope);
    let kind = type_attribute(scope, attributes, 3);
    let referrer_id = id_of(scope, referrer)?;
    let dependency = MAP.with(|m| {
        let map = m.borrow();
        map.records[referrer_id].requests.iter().find(|(s, t, _)| *s == specifier && *t == kind).and_then(|r| r.2)
    });
    match dependency {
        Some(dependency) => module_of(scope, dependency),
        None => {
            let url = MAP.with(|m| m.borrow().records[referrer_id].url.clone());
            let message = v8::String::new(scope, &format!("Cannot resolve '{specifier}' from {url}")).unwrap();
            let error = v8::Exception::error(scope, message);
            scope.throw_exception(error);
            None
        }
    }
}

/// `evaluate(id)` → the evaluation promise.
fn evaluate(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = arg_id(scope, &args, 0).and_then(|id| module_of(scope, id)) else { return };
    if let Some(result) = module.evaluate(scope) {
        rv.set(result);
    }
}

/// `namespace(id)` → the module namespace object.
fn namespace(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = arg_id(scope, &args, 0).and_then(|id| module_of(scope, id)) else { return };
    rv.set(module.get_module_namespace());
}

/// `status(id)` → 0 uninstantiated … 5 errored (V8's ModuleStatus order).
fn status(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = arg_id(scope, &args, 0).and_then(|id| module_of(scope, id)) else { return };
    rv.set_int32(module.get_status() as i32);
}

/// `isGraphAsync(id)`: whether the linked graph has top-level await anywhere.
fn is_graph_async(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = arg_id(scope, &args, 0).and_then(|id| module_of(scope, id)) else { return };
    rv.set_bool(module.is_graph_async());
}

/// `stalledAwait(id)` → the source context (`url:line`, the line, a caret) of a
/// top-level await in the graph that can no longer settle, or "".
fn stalled_await(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(module) = arg_id(scope, &args, 0).and_then(|id| module_of(scope, id)) else { return };
    let stalled = module.get_stalled_top_level_await_message(scope);
    let text = match stalled.first() {
        Some((_, message)) => super::source_context(scope, *message),
        None => String::new(),
    };
    rv.set(v8::String::new(scope, &text).unwrap().into());
}

/// `setHooks(syntheticEvaluate, importMeta, dynamicImport)`.
fn set_hooks(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let function = |scope: &mut v8::PinScope<'_, '_>, i| {
        v8::Local::<v8::Function>::try_from(args.get(i)).ok().map(|f| v8::Global::new(scope, f))
    };
    let (Some(synthetic_evaluate), Some(import_meta), Some(dynamic_import)) =
        (function(scope, 0), function(scope, 1), function(scope, 2))
    else {
        return;
    };
    HOOKS.with(|h| *h.borrow_mut() = Some(Hooks { synthetic_evaluate, import_meta, dynamic_import }));
    scope.set_host_initialize_import_meta_object_callback(import_meta_callback);
    scope.set_host_import_module_dynamically_callback(dynamic_import_callback);
}

extern "C" fn import_meta_callback(context: v8::Local<v8::Context>, module: v8::Local<v8::Module>, meta: v8::Local<v8::Object>) {
    v8::callback_scope!(unsafe scope, context);
    let Some(id) = id_of(scope, module) else { return };
    let Some(hook) = HOOKS.with(|h| h.borrow().as_ref().map(|h| h.import_meta.clone())) else { return };
    let hook = v8::Local::new(scope, hook);
    let url = MAP.with(|m| m.borrow().records[id].url.clone());
    let url = v8::String::new(scope, &url).unwrap().into();
    let receiver = v8::undefined(scope).into();
    hook.call(scope, receiver, &[meta.into(), url]);
}

fn dynamic_import_callback<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    host_defined_options: v8::Local<'s, v8::Data>,
    resource_name: v8::Local<'s, v8::Value>,
    specifier: v8::Local<'s, v8::String>,
    attributes: v8::Local<'s, v8::FixedArray>,
) -> Option<v8::Local<'s, v8::Promise>> {
    if super::vm::is_vm_script(host_defined_options) {
        let resolver = v8::PromiseResolver::new(scope)?;
        let message = v8::String::new(scope, "A dynamic import callback was not specified.").unwrap();
        let error = v8::Exception::type_error(scope, message);
        super::set_code(scope, error, "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING");
        resolver.reject(scope, error);
        return Some(resolver.get_promise(scope));
    }
    let hook = HOOKS.with(|h| h.borrow().as_ref().map(|h| h.dynamic_import.clone()))?;
    let hook = v8::Local::new(scope, hook);
    // Dynamic imports list attributes as (key, value) pairs.
    let kind = type_attribute(scope, attributes, 2);
    let kind = v8::String::new(scope, &kind).unwrap().into();
    let receiver = v8::undefined(scope).into();
    let result = hook.call(scope, receiver, &[specifier.into(), resource_name, kind])?;
    v8::Local::<v8::Promise>::try_from(result).ok()
}
