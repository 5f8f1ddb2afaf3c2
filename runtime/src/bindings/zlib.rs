//! Compression engines for `zlib` and the Compression Streams API: deflate, inflate,
//! gzip, gunzip, raw deflate/inflate and unzip over `libz-rs-sys` (zlib's own C
//! interface, implemented in Rust), Brotli over the `brotli` crate, Zstandard over
//! `zstd-sys` (the reference C library, the version Node 24 bundles), and CRC-32.
//!
//! An engine lives in a per-thread slab; JavaScript holds its index and drives it as
//! Node's native zlib handle is driven: `write` runs one step of the codec from an
//! input range into an output range and reports how much of each is left, leaving
//! the loop (more output space, the next chunk) to JavaScript. `zlib.js`'s
//! FinalizationRegistry calls `close` for engines dropped without being closed.

use super::set_fn;
use brotli::enc::encode::{BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct};
use brotli::enc::StandardAlloc;
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use libz_rs_sys as z;
use std::cell::RefCell;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, internals: v8::Local<v8::Object>) {
    let target = v8::Object::new(scope);
    set_fn(scope, target, "createZlib", create_zlib);
    set_fn(scope, target, "createBrotli", create_brotli);
    set_fn(scope, target, "createZstd", create_zstd);
    set_fn(scope, target, "write", write);
    set_fn(scope, target, "params", params);
    set_fn(scope, target, "reset", reset);
    set_fn(scope, target, "close", close);
    set_fn(scope, target, "crc32", crc32);
    super::set_value(scope, internals, "zlib", target.into());
}

// Node's mode numbers (`zlib.constants.DEFLATE` …).
const DEFLATE: i32 = 1;
const INFLATE: i32 = 2;
const GZIP: i32 = 3;
const GUNZIP: i32 = 4;
const DEFLATERAW: i32 = 5;
const INFLATERAW: i32 = 6;
const UNZIP: i32 = 7;
const BROTLI_DECODE: i32 = 8;
const ZSTD_COMPRESS: i32 = 10;

// zlib's return codes and flush values.
const Z_OK: i32 = 0;
const Z_STREAM_END: i32 = 1;
const Z_NEED_DICT: i32 = 2;
const Z_DATA_ERROR: i32 = -3;
const Z_BUF_ERROR: i32 = -5;
const Z_FINISH: i32 = 4;
const Z_DEFLATED: i32 = 8;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Why a step failed, in the shape of Node's zlib errors.
struct Failure {
    message: String,
    errno: i32,
    code: String,
}

/// One step's result: output space and input left, and the error if any.
struct Step {
    avail_out: usize,
    avail_in: usize,
    failure: Option<Failure>,
}

/// A zlib stream (deflate or inflate in any of their wrappings).
struct ZlibEngine {
    stream: Box<z::z_stream>,
    /// The current mode; `UNZIP` becomes `GUNZIP` or `INFLATE` once the first bytes
    /// are seen.
    mode: i32,
    dictionary: Vec<u8>,
    /// How many bytes of the gzip magic number `UNZIP` has seen.
    gzip_magic_seen: usize,
    /// The last return code of the codec.
    err: i32,
    /// Whether gunzip takes input after a member as the next member (Node's
    /// streams) or leaves it unread (a web DecompressionStream, which rejects it).
    multi_member: bool,
}

impl ZlibEngine {
    fn is_deflate(&self) -> bool {
        matches!(self.mode, DEFLATE | GZIP | DEFLATERAW)
    }

    /// Initializes the stream as Node does: the mode decides the wrapping through
    /// the sign and offset of `window_bits`. None when zlib refuses the parameters.
    fn new(
        mode: i32,
        window_bits: i32,
        level: i32,
        mem_level: i32,
        strategy: i32,
        dictionary: Vec<u8>,
        multi_member: bool,
    ) -> Option<ZlibEngine> {
        let window_bits = match mode {
            GZIP | GUNZIP => window_bits + 16,
            UNZIP => window_bits + 32,
            // zlib takes no raw window of 8 bits; 9 bits is what it means for zlib.
            DEFLATERAW | INFLATERAW => -window_bits.max(9),
            _ => window_bits,
        };
        let mut engine = ZlibEngine { stream: Box::default(), mode, dictionary, gzip_magic_seen: 0, err: Z_OK, multi_member };
        let size = std::mem::size_of::<z::z_stream>() as i32;
        // SAFETY: the stream is boxed (it never moves) and freshly zeroed.
        let err = unsafe {
            if engine.is_deflate() {
                z::deflateInit2_(&mut *engine.stream, level, Z_DEFLATED, window_bits, mem_level, strategy, z::zlibVersion(), size)
            } else {
                z::inflateInit2_(&mut *engine.stream, window_bits, z::zlibVersion(), size)
            }
        };
        if err != Z_OK {
            return None;
        }
        // SAFETY: the stream is initialized; the dictionary outlives the call.
        let err = unsafe {
            let (data, len) = (engine.dictionary.as_ptr(), engine.dictionary.len() as u32);
            match mode {
                _ if engine.dictionary.is_empty() => Z_OK,
                DEFLATE | DEFLATERAW => z::deflateSetDictionary(&mut *engine.stream, data, len),
                INFLATERAW => z::inflateSetDictionary(&mut *engine.stream, data, len),
                _ => Z_OK,
            }
        };
        (err == Z_OK).then_some(engine)
    }

    fn step(&mut self, flush: i32, input: &[u8], output: &mut [u8]) -> Step {
        let stream = &mut *self.stream;
        stream.next_in = input.as_ptr();
        stream.avail_in = input.len() as u32;
        stream.next_out = output.as_mut_ptr();
        stream.avail_out = output.len() as u32;
        // SAFETY: next_in/next_out point into slices that outlive the calls below,
        // with the lengths given; the stream was initialized in `new`.
        unsafe { self.run(flush, input) };
        let stream = &mut *self.stream;
        let step = Step { avail_out: stream.avail_out as usize, avail_in: stream.avail_in as usize, failure: self.failure(flush) };
        let stream = &mut *self.stream;
        stream.next_in = std::ptr::null();
        stream.next_out = std::ptr::null_mut();
        step
    }

    unsafe fn run(&mut self, flush: i32, input: &[u8]) {
        if self.is_deflate() {
            self.err = unsafe { z::deflate(&mut *self.stream, flush) };
            return;
        }
        if self.mode == UNZIP {
            // Peek at the magic number (without consuming it) to choose gunzip or inflate.
            let mut position = 0;
            while self.mode == UNZIP && position < input.len() {
                if input[position] == GZIP_MAGIC[self.gzip_magic_seen] {
                    self.gzip_magic_seen += 1;
                    position += 1;
                    if self.gzip_magic_seen == GZIP_MAGIC.len() {
                        self.mode = GUNZIP;
                    }
                } else {
                    self.mode = INFLATE;
                }
            }
            // Undecided (one byte seen so far) or not, inflate (initialized to detect
            // the header itself) takes what there is.
        }
        self.err = unsafe { z::inflate(&mut *self.stream, flush) };
        if self.mode != INFLATERAW && self.err == Z_NEED_DICT && !self.dictionary.is_empty() {
            let (data, len) = (self.dictionary.as_ptr(), self.dictionary.len() as u32);
            self.err = unsafe { z::inflateSetDictionary(&mut *self.stream, data, len) };
            if self.err == Z_OK {
                self.err = unsafe { z::inflate(&mut *self.stream, flush) };
            } else if self.err == Z_DATA_ERROR {
                // The dictionary's checksum differs from the one the stream asks for.
                self.err = Z_NEED_DICT;
            }
        }
        // Input left after a gzip member: another member follows, unless what
        // follows is zero padding or garbage (which a new member would reject).
        while self.multi_member && self.mode == GUNZIP && self.err == Z_STREAM_END && self.stream.avail_in > 0 && unsafe { *self.stream.next_in } != 0 {
            self.err = unsafe { z::inflateReset(&mut *self.stream) };
            if self.err != Z_OK {
                break;
            }
            self.err = unsafe { z::inflate(&mut *self.stream, flush) };
        }
    }

    /// Node's judgement of the last return code.
    fn failure(&self, flush: i32) -> Option<Failure> {
        let message = match self.err {
            Z_OK | Z_BUF_ERROR if self.stream.avail_out != 0 && flush == Z_FINISH => "unexpected end of file",
            Z_OK | Z_BUF_ERROR | Z_STREAM_END => return None,
            Z_NEED_DICT if self.dictionary.is_empty() => "Missing dictionary",
            Z_NEED_DICT => "Bad dictionary",
            _ => "Zlib error",
        };
        Some(self.failure_with(message))
    }

    /// A failure worded by zlib's own message when it has one, else `message`.
    fn failure_with(&self, message: &str) -> Failure {
        let message = if self.stream.msg.is_null() {
            message.to_string()
        } else {
            // SAFETY: zlib's messages are static NUL-terminated strings.
            unsafe { std::ffi::CStr::from_ptr(self.stream.msg) }.to_string_lossy().into_owned()
        };
        Failure { message, errno: self.err, code: zlib_code(self.err).to_string() }
    }

    fn reset(&mut self) -> Option<Failure> {
        // SAFETY: the stream was initialized in `new`.
        self.err = unsafe {
            match self.mode {
                DEFLATE | DEFLATERAW | GZIP => z::deflateReset(&mut *self.stream),
                INFLATE | INFLATERAW | GUNZIP => z::inflateReset(&mut *self.stream),
                _ => Z_OK,
            }
        };
        (self.err != Z_OK).then(|| self.failure_with("Failed to reset stream"))
    }

    fn params(&mut self, level: i32, strategy: i32) -> Option<Failure> {
        if !self.is_deflate() {
            return None;
        }
        // deflateParams flushes the current block first: after the sync flush that
        // `params()` does, nothing is pending, but zlib wants somewhere to write.
        let mut scratch = [0u8; 64];
        self.stream.next_out = scratch.as_mut_ptr();
        self.stream.avail_out = scratch.len() as u32;
        // SAFETY: the stream was initialized in `new`; next_out points to `scratch`,
        // which outlives the call.
        self.err = unsafe { z::deflateParams(&mut *self.stream, level, strategy) };
        self.stream.next_out = std::ptr::null_mut();
        self.stream.avail_out = 0;
        (self.err != Z_OK && self.err != Z_BUF_ERROR).then(|| self.failure_with("Failed to set parameters"))
    }
}

impl Drop for ZlibEngine {
    fn drop(&mut self) {
        // SAFETY: the stream was initialized in `new` and is ended once.
        unsafe {
            if self.is_deflate() {
                z::deflateEnd(&mut *self.stream);
            } else {
                z::inflateEnd(&mut *self.stream);
            }
        }
    }
}

/// The name of a zlib return code, as `zlib.codes` has it.
fn zlib_code(err: i32) -> &'static str {
    match err {
        0 => "Z_OK",
        1 => "Z_STREAM_END",
        2 => "Z_NEED_DICT",
        -1 => "Z_ERRNO",
        -2 => "Z_STREAM_ERROR",
        -3 => "Z_DATA_ERROR",
        -4 => "Z_MEM_ERROR",
        -5 => "Z_BUF_ERROR",
        -6 => "Z_VERSION_ERROR",
        _ => "Z_UNKNOWN_ERROR",
    }
}

type BrotliDecoderState = BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>;

/// A compressor or decompressor of any kind.
enum Engine {
    Zlib(ZlibEngine),
    BrotliEncoder(Box<BrotliEncoderStateStruct<StandardAlloc>>),
    BrotliDecoder(Box<BrotliDecoderState>),
    Zstd(ZstdEngine),
}

const BROTLI_OPERATION_FINISH: i32 = 2;

impl Engine {
    fn step(&mut self, flush: i32, input: &[u8], output: &mut [u8]) -> Step {
        match self {
            Engine::Zlib(engine) => engine.step(flush, input, output),
            Engine::BrotliEncoder(state) => {
                let operation = match flush {
                    1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
                    2 => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
                    3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
                    _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
                };
                let (mut avail_in, mut in_offset) = (input.len(), 0);
                let (mut avail_out, mut out_offset) = (output.len(), 0);
                let ok = state.compress_stream(
                    operation,
                    &mut avail_in,
                    input,
                    &mut in_offset,
                    &mut avail_out,
                    output,
                    &mut out_offset,
                    &mut None,
                    &mut |_, _, _, _| (),
                );
                let failure = (!ok).then(|| Failure {
                    message: "Compression failed".into(),
                    errno: -1,
                    code: "ERR_BROTLI_COMPRESSION_FAILED".into(),
                });
                Step { avail_out, avail_in, failure }
            }
            Engine::BrotliDecoder(state) => {
                let (mut avail_in, mut in_offset) = (input.len(), 0);
                let (mut avail_out, mut out_offset, mut total_out) = (output.len(), 0, 0);
                let result = BrotliDecompressStream(
                    &mut avail_in,
                    &mut in_offset,
                    input,
                    &mut avail_out,
                    &mut out_offset,
                    output,
                    &mut total_out,
                    state,
                );
                let failure = match result {
                    BrotliResult::ResultFailure => {
                        // `BROTLI_DECODER_ERROR_FORMAT_PADDING_1` → `ERR__ERROR_FORMAT_PADDING_1`.
                        let name = format!("{:?}", state.error_code);
                        let name = name.strip_prefix("BROTLI_DECODER").unwrap_or(&name);
                        Some(Failure {
                            message: "Decompression failed".into(),
                            errno: state.error_code as i32,
                            code: format!("ERR_{name}"),
                        })
                    }
                    BrotliResult::NeedsMoreInput if flush == BROTLI_OPERATION_FINISH => Some(Failure {
                        message: "unexpected end of file".into(),
                        errno: Z_BUF_ERROR,
                        code: "Z_BUF_ERROR".into(),
                    }),
                    _ => None,
                };
                Step { avail_out, avail_in, failure }
            }
            Engine::Zstd(engine) => engine.step(flush, input, output),
        }
    }
}

/// A Zstandard compression or decompression context.
enum ZstdEngine {
    Compress(*mut zstd_sys::ZSTD_CCtx),
    Decompress(*mut zstd_sys::ZSTD_DCtx),
}

impl ZstdEngine {
    /// A context with the parameters of `settings` (number, value), the pledged
    /// size of the input and a dictionary; Err with Node's message when zstd
    /// refuses one.
    fn new(
        compress: bool,
        settings: impl Iterator<Item = (usize, u32)>,
        pledged_size: Option<u64>,
        dictionary: &[u8],
    ) -> Result<ZstdEngine, &'static str> {
        use zstd_sys::*;
        // SAFETY: plain calls of the zstd API on a context this engine owns (and
        // frees on drop, including when a later step fails).
        unsafe {
            let engine = if compress {
                let context = ZSTD_createCCtx();
                if context.is_null() {
                    return Err("Could not initialize zstd instance");
                }
                ZstdEngine::Compress(context)
            } else {
                let context = ZSTD_createDCtx();
                if context.is_null() {
                    return Err("Could not initialize zstd instance");
                }
                ZstdEngine::Decompress(context)
            };
            match engine {
                ZstdEngine::Compress(context) => {
                    if let Some(size) = pledged_size {
                        if ZSTD_isError(ZSTD_CCtx_setPledgedSrcSize(context, size)) != 0 {
                            return Err("Could not set pledged src size");
                        }
                    }
                    if !dictionary.is_empty()
                        && ZSTD_isError(ZSTD_CCtx_loadDictionary(context, dictionary.as_ptr().cast(), dictionary.len())) != 0
                    {
                        return Err("Could not load zstd dictionary");
                    }
                    for (key, value) in settings {
                        let parameter = zstd_compress_parameter(key).ok_or("Setting parameter failed")?;
                        if ZSTD_isError(ZSTD_CCtx_setParameter(context, parameter, value as i32)) != 0 {
                            return Err("Setting parameter failed");
                        }
                    }
                }
                ZstdEngine::Decompress(context) => {
                    if !dictionary.is_empty()
                        && ZSTD_isError(ZSTD_DCtx_loadDictionary(context, dictionary.as_ptr().cast(), dictionary.len())) != 0
                    {
                        return Err("Could not load zstd dictionary");
                    }
                    for (key, value) in settings {
                        if key != ZSTD_dParameter::ZSTD_d_windowLogMax as usize {
                            return Err("Setting parameter failed");
                        }
                        let parameter = ZSTD_dParameter::ZSTD_d_windowLogMax;
                        if ZSTD_isError(ZSTD_DCtx_setParameter(context, parameter, value as i32)) != 0 {
                            return Err("Setting parameter failed");
                        }
                    }
                }
            }
            Ok(engine)
        }
    }

    fn step(&mut self, flush: i32, input: &[u8], output: &mut [u8]) -> Step {
        use zstd_sys::*;
        let mut in_buffer = ZSTD_inBuffer { src: input.as_ptr().cast(), size: input.len(), pos: 0 };
        let mut out_buffer = ZSTD_outBuffer { dst: output.as_mut_ptr().cast(), size: output.len(), pos: 0 };
        let directive = match flush {
            1 => ZSTD_EndDirective::ZSTD_e_flush,
            2 => ZSTD_EndDirective::ZSTD_e_end,
            _ => ZSTD_EndDirective::ZSTD_e_continue,
        };
        // SAFETY: the buffers describe `input` and `output`, which outlive the call.
        let result = unsafe {
            match *self {
                ZstdEngine::Compress(context) => ZSTD_compressStream2(context, &mut out_buffer, &mut in_buffer, directive),
                ZstdEngine::Decompress(context) => ZSTD_decompressStream(context, &mut out_buffer, &mut in_buffer),
            }
        };
        // SAFETY: zstd's error strings are static NUL-terminated strings.
        let failure = (unsafe { ZSTD_isError(result) } != 0).then(|| unsafe {
            let code = ZSTD_getErrorCode(result);
            let message = std::ffi::CStr::from_ptr(ZSTD_getErrorString(code)).to_string_lossy().into_owned();
            Failure { message, errno: code as i32, code: format!("{code:?}") }
        });
        Step { avail_out: output.len() - out_buffer.pos, avail_in: input.len() - in_buffer.pos, failure }
    }

    fn reset(&mut self) {
        // SAFETY: the context is live; resetting the session never fails.
        unsafe {
            match *self {
                ZstdEngine::Compress(context) => {
                    zstd_sys::ZSTD_CCtx_reset(context, zstd_sys::ZSTD_ResetDirective::ZSTD_reset_session_only);
                }
                ZstdEngine::Decompress(context) => {
                    zstd_sys::ZSTD_DCtx_reset(context, zstd_sys::ZSTD_ResetDirective::ZSTD_reset_session_only);
                }
            }
        }
    }
}

impl Drop for ZstdEngine {
    fn drop(&mut self) {
        // SAFETY: the context was created in `new` and is freed once.
        unsafe {
            match *self {
                ZstdEngine::Compress(context) => zstd_sys::ZSTD_freeCCtx(context),
                ZstdEngine::Decompress(context) => zstd_sys::ZSTD_freeDCtx(context),
            };
        }
    }
}

/// The compression parameter numbered `key` (the stable ones, as zstd.h numbers them).
fn zstd_compress_parameter(key: usize) -> Option<zstd_sys::ZSTD_cParameter> {
    use zstd_sys::ZSTD_cParameter::*;
    Some(match key {
        100 => ZSTD_c_compressionLevel,
        101 => ZSTD_c_windowLog,
        102 => ZSTD_c_hashLog,
        103 => ZSTD_c_chainLog,
        104 => ZSTD_c_searchLog,
        105 => ZSTD_c_minMatch,
        106 => ZSTD_c_targetLength,
        107 => ZSTD_c_strategy,
        130 => ZSTD_c_targetCBlockSize,
        160 => ZSTD_c_enableLongDistanceMatching,
        161 => ZSTD_c_ldmHashLog,
        162 => ZSTD_c_ldmMinMatch,
        163 => ZSTD_c_ldmBucketSizeLog,
        164 => ZSTD_c_ldmHashRateLog,
        200 => ZSTD_c_contentSizeFlag,
        201 => ZSTD_c_checksumFlag,
        202 => ZSTD_c_dictIDFlag,
        400 => ZSTD_c_nbWorkers,
        401 => ZSTD_c_jobSize,
        402 => ZSTD_c_overlapLog,
        _ => return None,
    })
}

thread_local! {
    static ENGINES: RefCell<slab::Slab<Engine>> = const { RefCell::new(slab::Slab::new()) };
}

fn insert(engine: Engine) -> f64 {
    ENGINES.with(|engines| engines.borrow_mut().insert(engine)) as f64
}

fn with_engine<R>(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, f: impl FnOnce(&mut Engine) -> R) -> Option<R> {
    let id = usize::try_from(args.get(0).integer_value(scope)?).ok()?;
    ENGINES.with(|engines| engines.borrow_mut().get_mut(id).map(f))
}

fn int_arg(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32) -> i32 {
    args.get(index).int32_value(scope).unwrap_or(0)
}

/// A copy of the bytes of an `ArrayBufferView` (empty for anything else).
fn view_bytes(value: v8::Local<v8::Value>) -> Vec<u8> {
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(value) else { return Vec::new() };
    let mut storage = [0u8; v8::TYPED_ARRAY_MAX_SIZE_IN_HEAP];
    view.get_contents(&mut storage).to_vec()
}

/// `createZlib(mode, windowBits, level, memLevel, strategy, dictionary?, singleMember)`
/// → a handle, or -1 when zlib refuses the parameters. With `singleMember`, gunzip
/// stops after the first member.
fn create_zlib(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let mode = int_arg(scope, &args, 0);
    let window_bits = int_arg(scope, &args, 1);
    let level = int_arg(scope, &args, 2);
    let mem_level = int_arg(scope, &args, 3);
    let strategy = int_arg(scope, &args, 4);
    let dictionary = view_bytes(args.get(5));
    let multi_member = !args.get(6).is_true();
    let engine = ZlibEngine::new(mode, window_bits, level, mem_level, strategy, dictionary, multi_member);
    rv.set_double(engine.map_or(-1.0, |engine| insert(Engine::Zlib(engine))));
}

/// `createBrotli(mode, params: Uint32Array)` → a handle, or -1 when a parameter is
/// refused. Entries of `params` equal to 0xFFFFFFFF are unset.
fn create_brotli(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let mode = int_arg(scope, &args, 0);
    let raw = view_bytes(args.get(1));
    let settings = parameter_settings(&raw);
    let engine = if mode == BROTLI_DECODE {
        let mut state = Box::new(BrotliDecoderState::new(StandardAlloc::default(), StandardAlloc::default(), StandardAlloc::default()));
        let mut ok = true;
        for (key, value) in settings {
            match key {
                // BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: a memory hint.
                0 => {}
                1 => state.large_window = value != 0,
                _ => ok = false,
            }
        }
        ok.then_some(Engine::BrotliDecoder(state))
    } else {
        let mut state = Box::new(BrotliEncoderStateStruct::new(StandardAlloc::default()));
        let mut ok = true;
        for (key, value) in settings {
            ok &= match key {
                0 => state.set_parameter(BrotliEncoderParameter::BROTLI_PARAM_MODE, value),
                1 => state.set_parameter(BrotliEncoderParameter::BROTLI_PARAM_QUALITY, value),
                2 => state.set_parameter(BrotliEncoderParameter::BROTLI_PARAM_LGWIN, value),
                3 => state.set_parameter(BrotliEncoderParameter::BROTLI_PARAM_LGBLOCK, value),
                4 => state.set_parameter(BrotliEncoderParameter::BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING, value),
                5 => state.set_parameter(BrotliEncoderParameter::BROTLI_PARAM_SIZE_HINT, value),
                6 => state.set_parameter(BrotliEncoderParameter::BROTLI_PARAM_LARGE_WINDOW, value),
                // BROTLI_PARAM_NPOSTFIX and BROTLI_PARAM_NDIRECT: tuning this encoder
                // chooses for itself.
                7 | 8 => true,
                _ => false,
            };
        }
        ok.then_some(Engine::BrotliEncoder(state))
    };
    rv.set_double(engine.map_or(-1.0, insert));
}

/// The parameters set in a Uint32Array of them by number (0xFFFFFFFF: unset).
fn parameter_settings(bytes: &[u8]) -> impl Iterator<Item = (usize, u32)> + '_ {
    bytes
        .chunks_exact(4)
        .map(|bytes| u32::from_ne_bytes(bytes.try_into().unwrap()))
        .enumerate()
        .filter(|&(_, value)| value != u32::MAX)
}

/// `createZstd(mode, params: Uint32Array, pledgedSrcSize?, dictionary?)` → a handle,
/// or Node's message when zstd refuses a parameter.
fn create_zstd(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let mode = int_arg(scope, &args, 0);
    let raw = view_bytes(args.get(1));
    let pledged = args.get(2);
    let pledged_size = if pledged.is_number() { pledged.integer_value(scope).map(|size| size.max(0) as u64) } else { None };
    let dictionary = view_bytes(args.get(3));
    match ZstdEngine::new(mode == ZSTD_COMPRESS, parameter_settings(&raw), pledged_size, &dictionary) {
        Ok(engine) => rv.set_double(insert(Engine::Zstd(engine))),
        Err(message) => rv.set(v8::String::new(scope, message).unwrap().into()),
    }
}

/// `write(handle, flush, input, inOffset, inLength, output, outOffset, outLength)` →
/// `[availOutAfter, availInAfter]`, or `[availOutAfter, availInAfter, message, errno,
/// code]` when the codec fails. Undefined when the handle is gone.
fn write(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let flush = int_arg(scope, &args, 1);
    let input = {
        let bytes = view_bytes(args.get(2));
        let offset = (args.get(3).integer_value(scope).unwrap_or(0).max(0) as usize).min(bytes.len());
        let len = (args.get(4).integer_value(scope).unwrap_or(0).max(0) as usize).min(bytes.len() - offset);
        bytes[offset..offset + len].to_vec()
    };
    let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(args.get(5)) else { return };
    let view_len = view.byte_length();
    let out_offset = (args.get(6).integer_value(scope).unwrap_or(0).max(0) as usize).min(view_len);
    let out_len = (args.get(7).integer_value(scope).unwrap_or(0).max(0) as usize).min(view_len - out_offset);
    let Some(buffer) = view.buffer(scope) else { return };
    let mut empty = [0u8; 0];
    let output: &mut [u8] = match buffer.data() {
        // SAFETY: [out_offset, out_offset + out_len) lies inside the view, which lies
        // inside its buffer; no JavaScript runs while the slice is written, and the
        // input was copied out, so nothing else aliases it.
        Some(data) if out_len > 0 => unsafe {
            let start = (data.as_ptr() as *mut u8).add(view.byte_offset() + out_offset);
            std::slice::from_raw_parts_mut(start, out_len)
        },
        _ => &mut empty,
    };
    let Some(step) = with_engine(scope, &args, |engine| engine.step(flush, &input, output)) else { return };
    let mut items: Vec<v8::Local<v8::Value>> = vec![
        v8::Number::new(scope, step.avail_out as f64).into(),
        v8::Number::new(scope, step.avail_in as f64).into(),
    ];
    if let Some(failure) = step.failure {
        items.extend(failure_values(scope, &failure));
    }
    rv.set(v8::Array::new_with_elements(scope, &items).into());
}

fn failure_values<'s>(scope: &mut v8::PinScope<'s, '_>, failure: &Failure) -> [v8::Local<'s, v8::Value>; 3] {
    [
        v8::String::new(scope, &failure.message).unwrap().into(),
        v8::Integer::new(scope, failure.errno).into(),
        v8::String::new(scope, &failure.code).unwrap().into(),
    ]
}

/// Sets `rv` to `[message, errno, code]` for a failure.
fn return_failure(scope: &mut v8::PinScope, failure: Option<Failure>, rv: &mut v8::ReturnValue) {
    if let Some(failure) = failure {
        let items = failure_values(scope, &failure);
        rv.set(v8::Array::new_with_elements(scope, &items).into());
    }
}

/// `params(handle, level, strategy)` → `[message, errno, code]` on failure, else
/// undefined.
fn params(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let level = int_arg(scope, &args, 1);
    let strategy = int_arg(scope, &args, 2);
    let failure = with_engine(scope, &args, |engine| match engine {
        Engine::Zlib(engine) => engine.params(level, strategy),
        _ => None,
    });
    return_failure(scope, failure.flatten(), &mut rv);
}

/// `reset(handle)` → `[message, errno, code]` on failure, else undefined. A Brotli
/// engine starts over with its parameters.
fn reset(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let failure = with_engine(scope, &args, |engine| match engine {
        Engine::Zlib(engine) => engine.reset(),
        Engine::BrotliEncoder(state) => {
            let params = state.params.clone();
            let mut fresh = Box::new(BrotliEncoderStateStruct::new(StandardAlloc::default()));
            fresh.params = params;
            *state = fresh;
            None
        }
        Engine::Zstd(engine) => {
            engine.reset();
            None
        }
        Engine::BrotliDecoder(state) => {
            let large_window = state.large_window;
            **state = BrotliDecoderState::new(StandardAlloc::default(), StandardAlloc::default(), StandardAlloc::default());
            state.large_window = large_window;
            None
        }
    });
    return_failure(scope, failure.flatten(), &mut rv);
}

/// `close(handle)`: frees the engine.
fn close(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    if let Some(id) = args.get(0).integer_value(scope).and_then(|id| usize::try_from(id).ok()) {
        ENGINES.with(|engines| engines.borrow_mut().try_remove(id));
    }
}

/// `crc32(view, value)` → the CRC-32 of the bytes continuing from `value`.
fn crc32(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let start = args.get(1).uint32_value(scope).unwrap_or(0);
    let bytes = view_bytes(args.get(0));
    // SAFETY: the pointer and length describe `bytes`.
    let crc = unsafe { z::crc32_z(start.into(), bytes.as_ptr(), bytes.len()) };
    rv.set_uint32(crc as u32);
}
