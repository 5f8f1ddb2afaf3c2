//! The structured clone algorithm: V8's own serializer writes a value and reads it
//! back at once, so every type the HTML algorithm supports (and V8 implements) is
//! copied faithfully — cycles, Maps, Sets, Dates, RegExps, typed arrays, errors.
//!
//! A session is one isolate, so a "message" never leaves it: `postMessage` and
//! `structuredClone(value, { transfer })` clone immediately, with
//! - transferred ArrayBuffers moved to the copy (the originals are detached),
//! - SharedArrayBuffers and WebAssembly modules shared, not copied,
//! - objects JavaScript marked (see `setCloneMarks`): MessagePorts travel only in the
//!   transfer list (each one is replaced by the new port JavaScript made for it), and
//!   objects marked uncloneable make the clone fail.
//!
//! Errors are thrown with code `ERR_DATA_CLONE`; JavaScript turns them into a
//! `DOMException` named `DataCloneError`.

use super::set_fn;
use std::cell::RefCell;
use std::rc::Rc;
use v8::{ValueDeserializerHelper, ValueSerializerHelper};

/// Bits of an object's clone marks (kept in a V8 private property).
const MARK_MESSAGE_PORT: u32 = 1;
const MARK_UNCLONEABLE: u32 = 2;

const MISSING_TRANSFER: &str = "Object that needs transfer was found in message but not listed in transferList";
const UNSUPPORTED_CLONE: &str = "Cannot clone object of unsupported type.";
const UNSUPPORTED_TRANSFER: &str = "Cannot transfer object of unsupported type.";

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "structuredClone", structured_clone);
    set_fn(scope, target, "setCloneMarks", set_clone_marks);
    set_fn(scope, target, "getCloneMarks", get_clone_marks);
}

fn marks_key<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Private> {
    let name = v8::String::new(scope, "corral::cloneMarks").unwrap();
    v8::Private::for_api(scope, Some(name))
}

fn marks_of(scope: &mut v8::PinScope<'_, '_>, object: v8::Local<v8::Object>) -> u32 {
    let key = marks_key(scope);
    object.get_private(scope, key).and_then(|value| value.uint32_value(scope)).unwrap_or(0)
}

/// `setCloneMarks(object, bits)`: adds `bits` to the object's marks (not inherited).
fn set_clone_marks(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let Ok(object) = v8::Local::<v8::Object>::try_from(args.get(0)) else { return };
    let bits = args.get(1).uint32_value(scope).unwrap_or(0) | marks_of(scope, object);
    let key = marks_key(scope);
    let value = v8::Integer::new_from_unsigned(scope, bits);
    object.set_private(scope, key, value.into());
}

/// `getCloneMarks(value)` → the marks of an object (0 for anything else).
fn get_clone_marks(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let bits = match v8::Local::<v8::Object>::try_from(args.get(0)) {
        Ok(object) => marks_of(scope, object),
        Err(_) => 0,
    };
    rv.set_uint32(bits);
}

fn throw_clone_error(scope: &mut v8::PinScope<'_, '_>, message: &str) {
    let message = v8::String::new(scope, message).unwrap();
    let error = v8::Exception::error(scope, message);
    super::set_code(scope, error, "ERR_DATA_CLONE");
    scope.throw_exception(error);
}

/// What the serializer shares with the deserializer: objects that are handed over
/// by identity instead of being copied.
#[derive(Default)]
struct Shared {
    shared_array_buffers: Vec<v8::Global<v8::SharedArrayBuffer>>,
    wasm_modules: Vec<v8::Global<v8::WasmModuleObject>>,
}

struct Serializer {
    shared: Rc<RefCell<Shared>>,
    /// The MessagePorts of the transfer list; a port is written as its index.
    ports: Vec<v8::Global<v8::Object>>,
}

impl v8::ValueSerializerImpl for Serializer {
    fn throw_data_clone_error<'s>(&self, scope: &mut v8::PinScope<'s, '_>, message: v8::Local<'s, v8::String>) {
        let error = v8::Exception::error(scope, message);
        super::set_code(scope, error, "ERR_DATA_CLONE");
        scope.throw_exception(error);
    }

    fn has_custom_host_object(&self, _isolate: &v8::Isolate) -> bool {
        true
    }

    fn is_host_object<'s>(&self, scope: &mut v8::PinScope<'s, '_>, object: v8::Local<'s, v8::Object>) -> Option<bool> {
        Some(marks_of(scope, object) & (MARK_MESSAGE_PORT | MARK_UNCLONEABLE) != 0)
    }

    fn write_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        object: v8::Local<'s, v8::Object>,
        serializer: &dyn ValueSerializerHelper,
    ) -> Option<bool> {
        if marks_of(scope, object) & MARK_UNCLONEABLE != 0 {
            throw_clone_error(scope, UNSUPPORTED_CLONE);
            return None;
        }
        let index = self.ports.iter().position(|port| v8::Local::new(scope, port) == object);
        match index {
            Some(index) => {
                serializer.write_uint32(index as u32);
                Some(true)
            }
            None => {
                throw_clone_error(scope, MISSING_TRANSFER);
                None
            }
        }
    }

    fn get_shared_array_buffer_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        buffer: v8::Local<'s, v8::SharedArrayBuffer>,
    ) -> Option<u32> {
        let mut shared = self.shared.borrow_mut();
        shared.shared_array_buffers.push(v8::Global::new(scope, buffer));
        Some(shared.shared_array_buffers.len() as u32 - 1)
    }

    fn get_wasm_module_transfer_id(
        &self,
        scope: &mut v8::PinScope<'_, '_>,
        module: v8::Local<v8::WasmModuleObject>,
    ) -> Option<u32> {
        let mut shared = self.shared.borrow_mut();
        shared.wasm_modules.push(v8::Global::new(scope, module));
        Some(shared.wasm_modules.len() as u32 - 1)
    }
}

struct Deserializer {
    shared: Rc<RefCell<Shared>>,
    /// The ports that replace the transferred ones, by index.
    new_ports: Vec<v8::Global<v8::Object>>,
}

impl v8::ValueDeserializerImpl for Deserializer {
    fn read_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        deserializer: &dyn ValueDeserializerHelper,
    ) -> Option<v8::Local<'s, v8::Object>> {
        let mut index = 0;
        if !deserializer.read_uint32(&mut index) {
            return None;
        }
        self.new_ports.get(index as usize).map(|port| v8::Local::new(scope, port))
    }

    fn get_shared_array_buffer_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        id: u32,
    ) -> Option<v8::Local<'s, v8::SharedArrayBuffer>> {
        let shared = self.shared.borrow();
        shared.shared_array_buffers.get(id as usize).map(|buffer| v8::Local::new(scope, buffer))
    }

    fn get_wasm_module_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        id: u32,
    ) -> Option<v8::Local<'s, v8::WasmModuleObject>> {
        let shared = self.shared.borrow();
        shared.wasm_modules.get(id as usize).map(|module| v8::Local::new(scope, module))
    }
}

/// The objects of a JavaScript array argument (`undefined` is an empty list).
fn objects_of<'s>(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'_, v8::Value>) -> Vec<v8::Local<'s, v8::Object>> {
    let Ok(array) = v8::Local::<v8::Array>::try_from(value) else { return Vec::new() };
    (0..array.length())
        .filter_map(|i| array.get_index(scope, i))
        .filter_map(|item| v8::Local::<v8::Object>::try_from(item).ok())
        .collect()
}

/// `structuredClone(value, arrayBuffers?, ports?, newPorts?)` → a deep copy of
/// `value`. `arrayBuffers` are transferred (detached here, their memory moves to the
/// copy); each of `ports` (objects marked as MessagePorts) is replaced in the copy
/// by the object at the same index of `newPorts`. JavaScript has validated the
/// transfer list (duplicates, marks, detached ports).
fn structured_clone(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let context = scope.get_current_context();
    let mut buffers = Vec::new();
    for object in objects_of(scope, args.get(1)) {
        match v8::Local::<v8::ArrayBuffer>::try_from(v8::Local::<v8::Value>::from(object)) {
            Ok(buffer) if buffer.is_detachable() && !buffer.was_detached() => buffers.push(buffer),
            _ => return throw_clone_error(scope, UNSUPPORTED_TRANSFER),
        }
    }
    let ports: Vec<_> = objects_of(scope, args.get(2)).into_iter().map(|port| v8::Global::new(scope, port)).collect();
    let new_ports: Vec<_> =
        objects_of(scope, args.get(3)).into_iter().map(|port| v8::Global::new(scope, port)).collect();
    let shared = Rc::new(RefCell::new(Shared::default()));

    let serializer = v8::ValueSerializer::new(scope, Box::new(Serializer { shared: shared.clone(), ports }));
    for (id, buffer) in buffers.iter().enumerate() {
        serializer.transfer_array_buffer(id as u32, *buffer);
    }
    serializer.write_header();
    if serializer.write_value(context, args.get(0)) != Some(true) {
        return;
    }
    let bytes = serializer.release();

    // The clone succeeded: move the transferred buffers' memory to new ArrayBuffers.
    let mut moved = Vec::with_capacity(buffers.len());
    for buffer in &buffers {
        let store = buffer.get_backing_store();
        if buffer.detach(None) != Some(true) {
            return;
        }
        moved.push(v8::ArrayBuffer::with_backing_store(scope, &store));
    }

    let deserializer = v8::ValueDeserializer::new(scope, Box::new(Deserializer { shared, new_ports }), &bytes);
    for (id, buffer) in moved.into_iter().enumerate() {
        deserializer.transfer_array_buffer(id as u32, buffer);
    }
    if deserializer.read_header(context) != Some(true) {
        return;
    }
    if let Some(value) = deserializer.read_value(context) {
        rv.set(value);
    }
}
