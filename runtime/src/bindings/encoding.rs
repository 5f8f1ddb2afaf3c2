//! Text encodings for `Buffer`, `TextEncoder`/`TextDecoder` and `string_decoder`:
//! UTF-8, Latin-1, UTF-16LE, ASCII, base64 and hex conversions, and WHATWG decoders
//! for every other encoding (encoding_rs).

use super::{arg_string, set_fn};
use base64::Engine as _;
use std::cell::RefCell;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "encodeUtf8", encode_utf8);
    set_fn(scope, target, "encodeUtf8Into", encode_utf8_into);
    set_fn(scope, target, "utf8ByteLength", utf8_byte_length);
    set_fn(scope, target, "decodeUtf8", decode_utf8);
    set_fn(scope, target, "decodeLatin1", decode_latin1);
    set_fn(scope, target, "decodeUtf16le", decode_utf16le);
    set_fn(scope, target, "decodeAscii", decode_ascii);
    set_fn(scope, target, "encodeLatin1Into", encode_latin1_into);
    set_fn(scope, target, "encodeUtf16leInto", encode_utf16le_into);
    set_fn(scope, target, "base64Encode", base64_encode);
    set_fn(scope, target, "base64Decode", base64_decode);
    set_fn(scope, target, "hexEncode", hex_encode);
    set_fn(scope, target, "decoderCreate", decoder_create);
    set_fn(scope, target, "decoderDecode", decoder_decode);
    set_fn(scope, target, "decoderFree", decoder_free);
    set_fn(scope, target, "normalizeEncodingLabel", normalize_encoding_label);
}

/// The bytes `view[start..end]` of an `(view, start, end)` argument triple, copied
/// out of the range only (never the whole buffer).
fn view_bytes(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32) -> Vec<u8> {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(index)) else { return Vec::new() };
    let len = view.byte_length();
    let start = arg_index(scope, args, index + 1, 0).min(len);
    let end = arg_index(scope, args, index + 2, len).clamp(start, len);
    view_range(scope, view, start, end)
}

/// All the bytes of an `ArrayBufferView` argument.
fn whole_view(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32) -> Vec<u8> {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(index)) else { return Vec::new() };
    let len = view.byte_length();
    view_range(scope, view, 0, len)
}

fn view_range(scope: &mut v8::PinScope<'_, '_>, view: v8::Local<v8::ArrayBufferView>, start: usize, end: usize) -> Vec<u8> {
    if start == end {
        return Vec::new();
    }
    let Some(buffer) = view.buffer(scope) else { return Vec::new() };
    let Some(data) = buffer.data() else { return Vec::new() };
    // SAFETY: [start, end) lies inside the view, which lies inside its buffer; no
    // JavaScript runs while the slice is read.
    unsafe {
        let base = (data.as_ptr() as *const u8).add(view.byte_offset());
        std::slice::from_raw_parts(base.add(start), end - start).to_vec()
    }
}

fn arg_index(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32, default: usize) -> usize {
    let value = args.get(index);
    if value.is_undefined() {
        return default;
    }
    value.integer_value(scope).unwrap_or(0).max(0) as usize
}

/// How many bytes fit in the `(target, offset, maxBytes)` arguments starting at
/// `index`.
fn target_room(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32) -> usize {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(index)) else { return 0 };
    let offset = arg_index(scope, args, index + 1, 0);
    let room = view.byte_length().saturating_sub(offset);
    arg_index(scope, args, index + 2, room).min(room)
}

/// Writes `bytes` into the `(target, offset, maxBytes)` arguments starting at `index`,
/// as much as fits.
fn write_into(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32, bytes: &[u8]) -> usize {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(index)) else { return 0 };
    let offset = arg_index(scope, args, index + 1, 0);
    let count = bytes.len().min(target_room(scope, args, index));
    let Some(buffer) = view.buffer(scope) else { return 0 };
    let Some(data) = buffer.data() else { return 0 };
    // SAFETY: the range lies inside the view, which lies inside its buffer.
    unsafe {
        let dest = (data.as_ptr() as *mut u8).add(view.byte_offset() + offset);
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), dest, count);
    }
    count
}

fn uint8_array<'s>(scope: &mut v8::PinScope<'s, '_>, bytes: Vec<u8>) -> v8::Local<'s, v8::Value> {
    let len = bytes.len();
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    v8::Uint8Array::new(scope, buffer, 0, len).unwrap().into()
}

fn set_string(scope: &mut v8::PinScope<'_, '_>, rv: &mut v8::ReturnValue, text: Option<v8::Local<v8::String>>) {
    match text {
        Some(text) => rv.set(text.into()),
        None => {
            let message = v8::String::new(scope, "Cannot create a string longer than 0x1fffffe8 characters").unwrap();
            let error = v8::Exception::error(scope, message);
            super::set_code(scope, error, "ERR_STRING_TOO_LONG");
            scope.throw_exception(error);
        }
    }
}

fn encode_utf8(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let text = arg_string(scope, &args, 0);
    rv.set(uint8_array(scope, text.into_bytes()));
}

/// `encodeUtf8Into(string, target, offset, maxBytes)` → `[charsRead, bytesWritten]`,
/// never writing part of a character.
fn encode_utf8_into(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let text = arg_string(scope, &args, 0);
    let room = target_room(scope, &args, 1);
    let mut bytes = 0;
    let mut units = 0;
    for ch in text.chars() {
        if bytes + ch.len_utf8() > room {
            break;
        }
        bytes += ch.len_utf8();
        units += ch.len_utf16();
    }
    let written = write_into(scope, &args, 1, &text.as_bytes()[..bytes]);
    let read = v8::Number::new(scope, units as f64).into();
    let written = v8::Number::new(scope, written as f64).into();
    rv.set(v8::Array::new_with_elements(scope, &[read, written]).into());
}

fn utf8_byte_length(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let length = match v8::Local::<v8::String>::try_from(args.get(0)) {
        Ok(text) => text.to_rust_string_lossy(scope).len(),
        Err(_) => 0,
    };
    rv.set_double(length as f64);
}

fn decode_utf8(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let bytes = view_bytes(scope, &args, 0);
    let text = String::from_utf8_lossy(&bytes);
    let value = v8::String::new(scope, &text);
    set_string(scope, &mut rv, value);
}

fn decode_latin1(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let bytes = view_bytes(scope, &args, 0);
    let value = v8::String::new_from_one_byte(scope, &bytes, v8::NewStringType::Normal);
    set_string(scope, &mut rv, value);
}

fn decode_ascii(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let bytes: Vec<u8> = view_bytes(scope, &args, 0).into_iter().map(|b| b & 0x7f).collect();
    let value = v8::String::new_from_one_byte(scope, &bytes, v8::NewStringType::Normal);
    set_string(scope, &mut rv, value);
}

fn decode_utf16le(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let bytes = view_bytes(scope, &args, 0);
    let units: Vec<u16> = bytes.chunks_exact(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect();
    let value = v8::String::new_from_two_byte(scope, &units, v8::NewStringType::Normal);
    set_string(scope, &mut rv, value);
}

/// The UTF-16 code units of a string argument.
fn utf16_units(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32) -> Vec<u16> {
    let Ok(text) = v8::Local::<v8::String>::try_from(args.get(index)) else {
        return arg_string(scope, args, index).encode_utf16().collect();
    };
    let mut units = vec![0u16; text.length()];
    text.write_v2(scope, 0, &mut units, v8::WriteFlags::empty());
    units
}

fn encode_latin1_into(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let bytes: Vec<u8> = utf16_units(scope, &args, 0).into_iter().map(|u| u as u8).collect();
    let written = write_into(scope, &args, 1, &bytes);
    rv.set_double(written as f64);
}

fn encode_utf16le_into(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let bytes: Vec<u8> = utf16_units(scope, &args, 0).into_iter().flat_map(u16::to_le_bytes).collect();
    // Only whole code units are written.
    let room = target_room(scope, &args, 1);
    let whole = bytes.len().min(room) & !1;
    let written = write_into(scope, &args, 1, &bytes[..whole]);
    rv.set_double(written as f64);
}

fn base64_encode(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let bytes = view_bytes(scope, &args, 0);
    let text = if args.get(3).is_true() {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    } else {
        base64::engine::general_purpose::STANDARD.encode(bytes)
    };
    let value = v8::String::new(scope, &text);
    set_string(scope, &mut rv, value);
}

/// Node's lenient base64: both alphabets, other characters skipped, stops at `=`.
fn base64_decode(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let text = arg_string(scope, &args, 0);
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut accumulator: u32 = 0;
    let mut bits = 0;
    for byte in text.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        accumulator = (accumulator << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((accumulator >> bits) as u8);
            accumulator &= (1 << bits) - 1;
        }
    }
    rv.set(uint8_array(scope, out));
}

fn hex_encode(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let bytes = view_bytes(scope, &args, 0);
    let mut text = Vec::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(DIGITS[(byte >> 4) as usize]);
        text.push(DIGITS[(byte & 15) as usize]);
    }
    let value = v8::String::new_from_one_byte(scope, &text, v8::NewStringType::Normal);
    set_string(scope, &mut rv, value);
}

/// WHATWG label trimming: ASCII whitespace only (a no-break space is not trimmed).
fn trim_ascii_whitespace(label: &str) -> &str {
    label.trim_matches(|c| matches!(c, '\t' | '\n' | '\x0c' | '\r' | ' '))
}

/// A streaming WHATWG decoder held for a `TextDecoder`.
struct StreamDecoder {
    encoding: &'static encoding_rs::Encoding,
    decoder: encoding_rs::Decoder,
    fatal: bool,
    ignore_bom: bool,
}

impl StreamDecoder {
    fn fresh(&mut self) {
        self.decoder = new_decoder(self.encoding, self.ignore_bom);
    }
}

fn new_decoder(encoding: &'static encoding_rs::Encoding, ignore_bom: bool) -> encoding_rs::Decoder {
    if ignore_bom {
        encoding.new_decoder_without_bom_handling()
    } else {
        encoding.new_decoder_with_bom_removal()
    }
}

thread_local! {
    static DECODERS: RefCell<slab::Slab<StreamDecoder>> = const { RefCell::new(slab::Slab::new()) };
}

/// `decoderCreate(label, fatal, ignoreBOM)` → a handle (a number); a RangeError for
/// an unknown label.
fn decoder_create(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let label = arg_string(scope, &args, 0);
    let Some(encoding) = encoding_rs::Encoding::for_label(trim_ascii_whitespace(&label).as_bytes()) else {
        let message = v8::String::new(scope, &format!("The \"{label}\" encoding is not supported")).unwrap();
        let error = v8::Exception::range_error(scope, message);
        super::set_code(scope, error, "ERR_ENCODING_NOT_SUPPORTED");
        scope.throw_exception(error);
        return;
    };
    let fatal = args.get(1).is_true();
    let ignore_bom = args.get(2).is_true();
    let id = DECODERS.with(|d| {
        d.borrow_mut().insert(StreamDecoder { encoding, decoder: new_decoder(encoding, ignore_bom), fatal, ignore_bom })
    });
    rv.set_double(id as f64);
}

/// `decoderDecode(handle, view, stream)` → the decoded text. Without `stream` the
/// decoder is flushed and reset, as `TextDecoder.decode()` requires.
fn decoder_decode(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let id = args.get(0).integer_value(scope).unwrap_or(-1);
    let bytes = whole_view(scope, &args, 1);
    let last = !args.get(2).is_true();
    let result = DECODERS.with(|d| {
        let mut decoders = d.borrow_mut();
        let decoder = usize::try_from(id).ok().and_then(|id| decoders.get_mut(id))?;
        let capacity = decoder.decoder.max_utf8_buffer_length(bytes.len()).unwrap_or(bytes.len() * 3 + 16);
        let mut out = String::with_capacity(capacity);
        let outcome = if decoder.fatal {
            let (result, _read) = decoder.decoder.decode_to_string_without_replacement(&bytes, &mut out, last);
            match result {
                encoding_rs::DecoderResult::Malformed(_, _) => Err(()),
                _ => Ok(out),
            }
        } else {
            let (_result, _read, _replaced) = decoder.decoder.decode_to_string(&bytes, &mut out, last);
            Ok(out)
        };
        if last || outcome.is_err() {
            decoder.fresh();
        }
        Some(outcome)
    });
    match result {
        None => super::throw_type_error(scope, "ERR_INVALID_THIS", "Value of \"this\" must be of type TextDecoder"),
        Some(Ok(text)) => {
            let value = v8::String::new(scope, &text);
            set_string(scope, &mut rv, value);
        }
        Some(Err(())) => {
            let encoding = DECODERS.with(|d| d.borrow().get(id as usize).map(|s| s.encoding.name().to_lowercase()));
            super::throw_type_error(
                scope,
                "ERR_ENCODING_INVALID_ENCODED_DATA",
                &format!("The encoded data was not valid for encoding {}", encoding.unwrap_or_default()),
            );
        }
    }
}

/// `decoderFree(handle)`: releases a decoder (called when its TextDecoder is collected).
fn decoder_free(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let id = args.get(0).integer_value(scope).unwrap_or(-1);
    if let Ok(id) = usize::try_from(id) {
        DECODERS.with(|d| {
            let mut decoders = d.borrow_mut();
            if decoders.contains(id) {
                decoders.remove(id);
            }
        });
    }
}

/// `normalizeEncodingLabel(label)` → the WHATWG name in lower case (`'utf-8'`), or
/// undefined.
fn normalize_encoding_label(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let label = arg_string(scope, &args, 0);
    if let Some(encoding) = encoding_rs::Encoding::for_label(trim_ascii_whitespace(&label).as_bytes()) {
        let name = encoding.name().to_lowercase();
        rv.set(v8::String::new(scope, &name).unwrap().into());
    }
}
