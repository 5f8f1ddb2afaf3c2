//! Hashes, HMACs and random bytes for `crypto` (RustCrypto's `md-5`, `sha1`, `sha2`,
//! `sha3`, `hmac`, and `getrandom` for the operating system's generator).
//!
//! A hash or HMAC in progress lives in a per-thread slab; JavaScript holds its index.
//! `hashDigest` frees the entry, and `internal`'s FinalizationRegistry calls
//! `hashFree` for objects dropped before their digest.

use super::{arg_string, set_fn};
use hmac::{Hmac, Mac};
use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update as XofUpdate};
use std::cell::RefCell;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "hashCreate", hash_create);
    set_fn(scope, target, "hmacCreate", hmac_create);
    set_fn(scope, target, "hashUpdate", hash_update);
    set_fn(scope, target, "hashDigest", hash_digest);
    set_fn(scope, target, "hashCopy", hash_copy);
    set_fn(scope, target, "hashFree", hash_free);
    set_fn(scope, target, "normalizeDigest", normalize_digest);
    set_fn(scope, target, "randomFill", random_fill);
    set_fn(scope, target, "timingSafeEqual", timing_safe_equal);
}

macro_rules! engines {
    (
        fixed { $($name:literal: $plain:ident / $keyed:ident => $ty:ty),* $(,)? }
        xof { $($xof_name:literal: $xof:ident => $xof_ty:ty, default $default_len:literal),* $(,)? }
    ) => {
        /// A hash or HMAC computation in progress. An extendable-output function (XOF)
        /// carries the number of bytes its digest produces.
        #[derive(Clone)]
        enum Engine {
            $($plain($ty), $keyed(Hmac<$ty>),)*
            $($xof($xof_ty, usize),)*
        }

        impl Engine {
            /// A hash of canonical algorithm `name`.
            fn hash(name: &str) -> Option<Engine> {
                match name {
                    $($name => Some(Engine::$plain(<$ty as Digest>::new())),)*
                    $($xof_name => Some(Engine::$xof(<$xof_ty>::default(), $default_len)),)*
                    _ => None,
                }
            }

            /// Sets the digest length of an XOF; false for a fixed-length hash.
            fn set_output_length(&mut self, length: usize) -> bool {
                match self {
                    $(Engine::$xof(_, output_length) => {
                        *output_length = length;
                        true
                    })*
                    _ => false,
                }
            }

            /// An HMAC of canonical algorithm `name` keyed with `key`.
            fn hmac(name: &str, key: &[u8]) -> Option<Engine> {
                match name {
                    $($name => Some(Engine::$keyed(<Hmac<$ty> as Mac>::new_from_slice(key).ok()?)),)*
                    _ => None,
                }
            }

            fn update(&mut self, data: &[u8]) {
                match self {
                    $(
                        Engine::$plain(state) => Digest::update(state, data),
                        Engine::$keyed(state) => Mac::update(state, data),
                    )*
                    $(Engine::$xof(state, _) => XofUpdate::update(state, data),)*
                }
            }

            fn finish(self) -> Vec<u8> {
                match self {
                    $(
                        Engine::$plain(state) => state.finalize().to_vec(),
                        Engine::$keyed(state) => state.finalize().into_bytes().to_vec(),
                    )*
                    $(Engine::$xof(state, length) => {
                        let mut output = vec![0; length];
                        state.finalize_xof_into(&mut output);
                        output
                    })*
                }
            }
        }
    };
}

engines! {
    fixed {
    "md5": Md5 / HmacMd5 => md5::Md5,
    "sha1": Sha1 / HmacSha1 => sha1::Sha1,
    "sha224": Sha224 / HmacSha224 => sha2::Sha224,
    "sha256": Sha256 / HmacSha256 => sha2::Sha256,
    "sha384": Sha384 / HmacSha384 => sha2::Sha384,
    "sha512": Sha512 / HmacSha512 => sha2::Sha512,
    "sha512-224": Sha512_224 / HmacSha512_224 => sha2::Sha512_224,
    "sha512-256": Sha512_256 / HmacSha512_256 => sha2::Sha512_256,
    "sha3-224": Sha3_224 / HmacSha3_224 => sha3::Sha3_224,
    "sha3-256": Sha3_256 / HmacSha3_256 => sha3::Sha3_256,
    "sha3-384": Sha3_384 / HmacSha3_384 => sha3::Sha3_384,
    "sha3-512": Sha3_512 / HmacSha3_512 => sha3::Sha3_512,
    }
    xof {
    "shake128": Shake128 => sha3::Shake128, default 16,
    "shake256": Shake256 => sha3::Shake256, default 32,
    }
}

/// The canonical name of a digest as OpenSSL's lookup accepts it (case-insensitive,
/// with its aliases), or None for one corral does not implement.
fn canonical(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let name = lower.strip_prefix("rsa-").unwrap_or(&lower);
    Some(match name {
        "md5" | "ssl3-md5" | "md5withrsaencryption" => "md5",
        "sha1" | "sha-1" | "ssl3-sha1" | "sha1withrsaencryption" => "sha1",
        "sha224" | "sha-224" | "sha2-224" | "sha224withrsaencryption" => "sha224",
        "sha256" | "sha-256" | "sha2-256" | "sha256withrsaencryption" => "sha256",
        "sha384" | "sha-384" | "sha2-384" | "sha384withrsaencryption" => "sha384",
        "sha512" | "sha-512" | "sha2-512" | "sha512withrsaencryption" => "sha512",
        "sha512-224" | "sha512/224" | "sha-512/224" | "sha2-512/224" | "sha512-224withrsaencryption" => "sha512-224",
        "sha512-256" | "sha512/256" | "sha-512/256" | "sha2-512/256" | "sha512-256withrsaencryption" => "sha512-256",
        "sha3-224" | "id-rsassa-pkcs1-v1_5-with-sha3-224" => "sha3-224",
        "sha3-256" | "id-rsassa-pkcs1-v1_5-with-sha3-256" => "sha3-256",
        "sha3-384" | "id-rsassa-pkcs1-v1_5-with-sha3-384" => "sha3-384",
        "sha3-512" | "id-rsassa-pkcs1-v1_5-with-sha3-512" => "sha3-512",
        "shake128" | "shake-128" => "shake128",
        "shake256" | "shake-256" => "shake256",
        _ => return None,
    })
}

thread_local! {
    static ENGINES: RefCell<slab::Slab<Engine>> = const { RefCell::new(slab::Slab::new()) };
}

fn insert(engine: Engine) -> usize {
    ENGINES.with(|engines| engines.borrow_mut().insert(engine))
}

fn handle(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments) -> Option<usize> {
    usize::try_from(args.get(0).integer_value(scope)?).ok()
}

/// Runs `f` on the bytes of an `ArrayBufferView` argument without copying them out
/// of an off-heap buffer. Empty when the value is not a view.
fn with_view<R>(value: v8::Local<v8::Value>, f: impl FnOnce(&[u8]) -> R) -> R {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(value) else { return f(&[]) };
    let mut storage = [0u8; v8::TYPED_ARRAY_MAX_SIZE_IN_HEAP];
    f(view.get_contents(&mut storage))
}

/// `normalizeDigest(name)` → the canonical algorithm name, or undefined.
fn normalize_digest(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let name = arg_string(scope, &args, 0);
    if let Some(name) = canonical(&name) {
        rv.set(v8::String::new(scope, name).unwrap().into());
    }
}

/// The digest length argument `index` asks of an XOF, when it is a number.
fn output_length(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32) -> Option<usize> {
    let value = args.get(index);
    if !value.is_number() {
        return None;
    }
    usize::try_from(value.integer_value(scope)?).ok()
}

/// `hashCreate(algorithm, outputLength?)` → a handle, or -1 for an unsupported
/// algorithm. `outputLength` sets the digest length of an XOF (shake128/256).
fn hash_create(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let name = arg_string(scope, &args, 0);
    let length = output_length(scope, &args, 1);
    let id = canonical(&name).and_then(Engine::hash).map_or(-1.0, |mut engine| {
        if let Some(length) = length {
            engine.set_output_length(length);
        }
        insert(engine) as f64
    });
    rv.set_double(id);
}

/// `hmacCreate(algorithm, keyView)` → a handle, or -1 for an unsupported algorithm.
fn hmac_create(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let name = arg_string(scope, &args, 0);
    let engine = canonical(&name).and_then(|name| with_view(args.get(1), |key| Engine::hmac(name, key)));
    rv.set_double(engine.map_or(-1.0, |engine| insert(engine) as f64));
}

/// `hashUpdate(handle, view)` → false when the handle is gone.
fn hash_update(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(id) = handle(scope, &args) else { return rv.set_bool(false) };
    let updated = ENGINES.with(|engines| {
        let mut engines = engines.borrow_mut();
        let Some(engine) = engines.get_mut(id) else { return false };
        with_view(args.get(1), |data| engine.update(data));
        true
    });
    rv.set_bool(updated);
}

/// `hashDigest(handle)` → the digest as a `Uint8Array`; frees the handle. Undefined
/// when the handle is gone.
fn hash_digest(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(id) = handle(scope, &args) else { return };
    let Some(engine) = ENGINES.with(|engines| engines.borrow_mut().try_remove(id)) else { return };
    let bytes = engine.finish();
    let len = bytes.len();
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    rv.set(v8::Uint8Array::new(scope, buffer, 0, len).unwrap().into());
}

/// `hashCopy(handle, outputLength?)` → a new handle with the same state (and, for an
/// XOF, the given digest length), or -1.
fn hash_copy(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let length = output_length(scope, &args, 1);
    let copy = handle(scope, &args).and_then(|id| ENGINES.with(|engines| engines.borrow().get(id).cloned()));
    rv.set_double(copy.map_or(-1.0, |mut engine| {
        if let Some(length) = length {
            engine.set_output_length(length);
        }
        insert(engine) as f64
    }));
}

/// `hashFree(handle)`: drops a computation nobody will finish.
fn hash_free(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    if let Some(id) = handle(scope, &args) {
        ENGINES.with(|engines| engines.borrow_mut().try_remove(id));
    }
}

/// `randomFill(view, offset, size)`: fills `size` bytes of the view from `offset`
/// (byte positions inside the view; JavaScript checked the range) with
/// cryptographically secure random bytes. False when the generator fails.
fn random_fill(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(0)) else { return rv.set_bool(false) };
    let len = view.byte_length();
    let offset = (args.get(1).integer_value(scope).unwrap_or(0).max(0) as usize).min(len);
    let size = (args.get(2).integer_value(scope).unwrap_or(0).max(0) as usize).min(len - offset);
    if size == 0 {
        return rv.set_bool(true);
    }
    let Some(buffer) = view.buffer(scope) else { return rv.set_bool(false) };
    let Some(data) = buffer.data() else { return rv.set_bool(false) };
    // SAFETY: [offset, offset + size) lies inside the view, which lies inside its
    // buffer; no JavaScript runs while the slice is written.
    let target = unsafe {
        let start = (data.as_ptr() as *mut u8).add(view.byte_offset() + offset);
        std::slice::from_raw_parts_mut(start, size)
    };
    rv.set_bool(getrandom::fill(target).is_ok());
}

/// `timingSafeEqual(a, b)`: compares two views of equal byte length in time that
/// depends only on the length.
fn timing_safe_equal(_scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let first = with_view(args.get(0), <[u8]>::to_vec);
    let equal = with_view(args.get(1), |second| {
        first.len() == second.len() && first.iter().zip(second).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
    });
    rv.set_bool(equal);
}
